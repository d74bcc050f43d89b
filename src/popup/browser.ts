/**
 * The browser the popup runs in: what `navigator` says (user-agent client hints where the browser has them),
 * judged by the core's browserFacts.
 */
import { browserFacts } from '../core/checklist/browser-facts';
import type { BrowserFacts } from '../core/checklist/types';

interface ClientHints {
  brands?: { brand: string; version: string }[];
  platform?: string;
}

export function readBrowser(): BrowserFacts {
  const hints = (navigator as Navigator & { userAgentData?: ClientHints }).userAgentData;
  return browserFacts({
    ...(hints?.brands ? { brands: hints.brands } : {}),
    ...(hints?.platform ? { platform: hints.platform } : {}),
    userAgent: navigator.userAgent,
    cookiesEnabled: navigator.cookieEnabled,
    online: navigator.onLine,
  });
}
