import { trust } from '../portals/trust';
import type { Recognition } from '../recognise';
import type { ChecklistFacts } from './types';

/**
 * The facts of a tab at `url` for the items' examples: trust and portal from the registry, and a recognition that
 * says "login page, credentials step" unless `recognition` says otherwise. Pure, like the items.
 */
export function onPage(url: string, recognition: Partial<Recognition> = {}): Partial<ChecklistFacts> {
  const t = trust(url);
  const portal = t.portal;
  return {
    url,
    trust: t,
    portal,
    recognition: {
      portal: portal ? { id: portal.id, kind: portal.kind, region: portal.region, name: portal.name } : null,
      unlistedGovernment: false,
      trust: t.trust,
      isLoginPage: true,
      modes: ['password'],
      activeMode: 'password',
      step: 'credentials',
      loggedIn: false,
      ...recognition,
    },
  };
}

/** The Beijing tpass login page, the most common page of all. */
export const TPASS_BEIJING = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
