import { existsSync } from 'node:fs';

/**
 * Debian's Chromium. /usr/bin/chromium is a wrapper shell script; the real binary is used directly
 * (CHROMIUM_PATH overrides both).
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ??
  ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p)) ??
  'chromium';

/** Flags for a closed network: no background traffic to Google's services, which this machine cannot reach. */
export const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];
