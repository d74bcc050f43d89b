import browser from 'webextension-polyfill';
import { badgeFor } from '../core/badge';
import type { TabState } from './tab-state';

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const badge = badgeFor({
    lookalike: state?.trust === 'lookalike',
    loginPage: state?.recognition?.isLoginPage ?? false,
    findings: state?.findings.length ?? 0,
  });
  await browser.action.setBadgeText({ tabId, text: badge.text });
  if (badge.text) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
}
