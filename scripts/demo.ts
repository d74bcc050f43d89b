/**
 * `npm run demo`: the extension's main job on bundled demo portal pages, no portal account needed. Also writes the
 * store listing screenshots (store/screenshots, 1280×800, see scripts/store-screenshot.ts).
 * Serves the fixture sites at their real host names, launches Chromium with the built extension (headless when
 * there is no display), and writes screenshots of a recognised login page, the popup, an inline hint after a
 * failed login, and the look-alike warning to demo-output/. With a display, the browser stays open to try.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtension, waitForBadge } from '../tests/harness/extension';
import { storeScreenshot } from './store-screenshot';
import { HINT_HOST_SELECTOR } from '../src/content/hint/attribute';

const OUT = resolve(import.meta.dirname, '../demo-output');
const STORE = resolve(import.meta.dirname, '../store/screenshots');
const headless = !process.env.DISPLAY;
mkdirSync(OUT, { recursive: true });
mkdirSync(STORE, { recursive: true });

const session = await launchExtension({ headless });
const shots: string[] = [];
const shoot = async (page: Parameters<typeof session.screenshot>[0], name: string) => {
  shots.push(await session.screenshot(page, name, OUT));
};

console.log('1/4 e-tax login page (tpass.beijing.chinatax.gov.cn)…');
const login = await session.open('http://tpass.beijing.chinatax.gov.cn:8443/#/login');
await waitForBadge(session, login, '✓');
await shoot(login, '1-login-page');
const loginPopup = await session.openPopup(login);
await shoot(loginPopup, '2-popup-login-page');
await storeScreenshot(login, loginPopup, resolve(STORE, '1-checklist.png'));

console.log('2/4 a failed login on the e-tax login page (tpass.shanghai.chinatax.gov.cn)…');
const failing = await session.open('http://tpass.shanghai.chinatax.gov.cn:8443/#/login');
await waitForBadge(session, failing, '✓');
await failing.getByRole('button', { name: '登录' }).click();
await failing.locator(HINT_HOST_SELECTOR).waitFor();
await shoot(failing, '3-inline-hint');
await storeScreenshot(failing, null, resolve(STORE, '2-hint.png'));
const failingPopup = await session.openPopup(failing);
await shoot(failingPopup, '4-popup-findings');
await storeScreenshot(failing, failingPopup, resolve(STORE, '3-findings.png'));

console.log('3/4 a look-alike of the e-tax portal…');
const fake = await session.open('http://etax-chinatax.gov.cn.login-tax.top/');
const fakePopup = await session.openPopup(fake);
await shoot(fakePopup, '5-popup-lookalike');
await storeScreenshot(fake, fakePopup, resolve(STORE, '4-lookalike.png'));

console.log('4/4 done. Screenshots:');
for (const shot of shots) console.log(`  ${shot}`);
console.log(`Store listing screenshots (1280×800): ${STORE}`);
if (headless) {
  await session.close();
} else {
  console.log('The browser stays open to try the pages; press Ctrl+C to quit.');
  process.on('SIGINT', () => void session.close().then(() => process.exit(0)));
}
