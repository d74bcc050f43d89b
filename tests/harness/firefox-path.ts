import { existsSync } from 'node:fs';

/** Debian's Firefox ESR (FIREFOX_PATH overrides). */
export const FIREFOX_PATH =
  process.env.FIREFOX_PATH ??
  ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'].find((p) => existsSync(p)) ??
  '/usr/bin/firefox-esr';
