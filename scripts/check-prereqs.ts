/**
 * First step of `npm test`: the system packages the e2e tests need, checked before anything runs, so a missing one
 * reads as the one `apt-get install` line that fixes it instead of a browser-launch stack trace.
 * Chromium runs the Chrome build, Firefox ESR the Firefox build, and the CJK font renders the Chinese the
 * screenshots are checked in. (chromium-l10n is not needed: the tests pin the extension's own language.)
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_PATH } from '../tests/harness/chromium';
import { FIREFOX_PATH } from '../tests/harness/firefox-path';

interface Prerequisite {
  what: string;
  present: () => boolean;
  /** the Debian package that provides it */
  apt: string;
}

function hasFont(family: string): boolean {
  try {
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }).includes(family);
  } catch {
    return false;
  }
}

const PREREQUISITES: Prerequisite[] = [
  { what: `Chromium (${CHROMIUM_PATH})`, present: () => existsSync(CHROMIUM_PATH), apt: 'chromium' },
  {
    what: 'the CJK font WenQuanYi Micro Hei',
    present: () => hasFont('WenQuanYi Micro Hei'),
    apt: 'fonts-wqy-microhei',
  },
  { what: `Firefox ESR (${FIREFOX_PATH})`, present: () => existsSync(FIREFOX_PATH), apt: 'firefox-esr' },
];

const missing = PREREQUISITES.filter((p) => !p.present());
if (missing.length > 0) {
  for (const p of missing) console.error(`missing: ${p.what}`);
  console.error(`\nInstall with:\n  apt-get install -y ${missing.map((p) => p.apt).join(' ')}\n`);
  process.exit(1);
}
console.log(`prerequisites: ${PREREQUISITES.map((p) => p.apt).join(', ')} present`);
