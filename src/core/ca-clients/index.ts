/** CA vendors as data, and the read-only probe requests the background sends to their local services. */
export type { CaProbeKind, CaProtocol, CaVendor } from './types';
export { CA_VENDORS, caVendorById } from './vendors';
export { BJCA_XTXAPP_CLSID, bjcaUserListRequest, caProbeRequests, parseBjcaUserList, readCaAnswer } from './probe';
export type { CaProbeRequest, CaServiceAnswer } from './probe';
