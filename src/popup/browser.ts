/** The browser the popup runs in, from navigator (user-agent client hints where the browser has them). */
import { UNKNOWN_BROWSER } from '../core/checklist';
import type { BrowserFacts } from '../core/checklist/types';

export function readBrowser(): BrowserFacts {
  return { ...UNKNOWN_BROWSER, cookiesEnabled: navigator.cookieEnabled, online: navigator.onLine };
}
