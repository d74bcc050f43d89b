/** The certificate vendors a company's USB key can come from, for the profile form (src/core/ca-clients). */
import { CA_VENDORS } from '../core/ca-clients';
import type { Vendor } from './ProfileForm';

export const VENDORS: Vendor[] = CA_VENDORS.map((vendor) => ({ id: vendor.id, name: vendor.name }));
