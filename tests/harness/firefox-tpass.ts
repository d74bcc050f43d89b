/**
 * The Beijing e-tax (tpass) fixture login as a Firefox test drives it: open, wait for the login page, type values
 * that can be right (a mistyped credit code or ID would rightly get our field note first) and a wrong password,
 * slide the check, click login, and wait for our hint; answers the categories the hint names.
 */
import type { Page } from 'puppeteer-core';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';
import type { FirefoxSession } from './firefox';

export const TPASS = 'http://tpass.beijing.chinatax.gov.cn:8443/#/login';

export async function failTpassLogin(session: FirefoxSession): Promise<{ page: Page; categories: string[] }> {
  const page = await session.open(TPASS);
  await session.waitForTabState(TPASS, (s) => s.recognition?.isLoginPage === true);
  const inputs = await page.$$('#pwdPanel input');
  await inputs[0]!.type('91110105MA01ABCD13');
  await inputs[1]!.type('11010519491231002X');
  await inputs[2]!.type('wrong-password');
  await page.focus('.drag .handler');
  await page.keyboard.press('End');
  await page.click('#loginBtn');
  const host = await page.waitForSelector(HINT_HOST_SELECTOR, { timeout: 10_000 });
  const categories = (await host!.evaluate((el, attr) => el.getAttribute(attr), HINT_HOST_ATTRIBUTE)) ?? '';
  return { page, categories: categories.split(' ') };
}
