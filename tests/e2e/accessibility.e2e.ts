/**
 * Accessibility of everything we show, in real Chromium with the shipped build: axe-core on the popup in each state
 * a user meets (portal login page, findings after a failed try, look-alike, ordinary site), on the options page and
 * on the hint panel inside its closed shadow root (tests/harness/axe.ts says how axe gets in); 0 serious or
 * critical findings. Then keyboard-only walkthroughs: Tab / Shift+Tab / Enter / Escape, asserting where focus lands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, waitForBadge, waitForTabState, type ExtensionSession } from '../harness/extension';
import { readHint, shadowRootObject } from '../harness/hint';
import { belowAA, exposeHintToAxe, hintContrast, runAxe, serious } from '../harness/axe';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';

const TPASS = 'http://tpass.shanghai.chinatax.gov.cn:8443/#/login';
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** A portal page after one failed try, its hint showing. */
async function failedTry(): Promise<Page> {
  const page = await session.open(TPASS);
  await waitForBadge(session, page, '✓');
  await page.getByRole('button', { name: '登录' }).click();
  await readHint(page);
  return page;
}

/** What has focus: in the page, or inside the hint's shadow root (read through the DevTools protocol). */
async function focused(page: Page): Promise<string> {
  const inPage = await page.evaluate((attr) => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.hasAttribute(attr)) return 'hint';
    // a form control is named by its <label> (label[for] or a wrapping one), as screen readers name it
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') || label || el.textContent || '').trim().slice(0, 20)}`;
  }, HINT_HOST_ATTRIBUTE);
  if (inPage !== 'hint') return inPage;
  const found = await shadowRootObject(page);
  const { result } = await found!.cdp.send('Runtime.callFunctionOn', {
    objectId: found!.objectId,
    functionDeclaration: 'function () { return "hint:" + (this.activeElement?.className ?? "none"); }',
    returnByValue: true,
  });
  await found!.cdp.detach();
  return result.value as string;
}

/** Shift+Tab from past the last stop back to the first: the stops met, in the order met. */
async function backwardStops(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Shift+Tab');
    stops.push(await focused(page));
  }
  return stops;
}

/** Every Tab stop from the top of the page until focus leaves it, and each one's accessible name. */
async function tabStops(page: Page, max = 30): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === 'body' || stops.includes(now)) break;
    stops.push(now);
  }
  return stops;
}

describe('axe: no serious or critical findings', () => {
  const states: [string, () => Promise<Page>][] = [
    ['portal login page', () => session.open('http://tpass.beijing.chinatax.gov.cn:8443/#/login')],
    ['findings after a failed try', failedTry],
    ['look-alike', () => session.open('http://etax-chinatax.gov.cn.login-tax.top/')],
    ['ordinary site', () => session.open('http://www.example.com/')],
    ['page already logged in', () => session.open('http://etax.beijing.chinatax.gov.cn/')],
  ];
  for (const [state, open] of states) {
    it(`the popup on a ${state}`, async () => {
      const page = await open();
      if (state === 'portal login page' || state === 'page already logged in')
        await waitForTabState(session, page, (s) => s?.recognition);
      const popup = await session.openPopup(page);
      const findings = await runAxe(popup);
      console.log(`axe popup (${state}):`, JSON.stringify(findings));
      expect(serious(findings)).toEqual([]);
      await session.screenshot(popup, `a11y-popup-${state.replaceAll(' ', '-')}`);
      await popup.close();
      await page.close();
    });
  }

  it('the options page, with a muted hint to restore', async () => {
    await session.worker.evaluate(() =>
      chrome.storage.local.set({ mutes: { 'e-tax/shanghai': { scope: 'kind', categories: ['password-wrong'] } } }),
    );
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('[data-muted="1"]').waitFor();
    const findings = await runAxe(options);
    console.log('axe options:', JSON.stringify(findings));
    expect(serious(findings)).toEqual([]);
    await session.screenshot(options, 'a11y-options');
    await options.close();
    await session.worker.evaluate(() => chrome.storage.local.remove('mutes'));
  });

  it('the hint panel in its closed shadow root', async () => {
    const page = await failedTry();
    await exposeHintToAxe(page);
    const findings = await runAxe(page, HINT_HOST_SELECTOR);
    console.log('axe hint:', JSON.stringify(findings));
    expect(serious(findings)).toEqual([]);
    // the audit really reached inside: axe sees the panel's buttons (a rule that checks them ran on them)
    const checked = (await page.evaluate(`axe.run(${JSON.stringify(HINT_HOST_SELECTOR)}, { runOnly: ['button-name'] })
      .then((r) => r.passes.flatMap((p) => p.nodes).length)`)) as number;
    expect(checked).toBe(3);
    // text contrast, measured on the rendered panel (tests/harness/axe.ts says why not by axe's rule)
    const contrast = await hintContrast(page);
    console.log('hint contrast:', JSON.stringify(contrast));
    expect(contrast.length).toBeGreaterThanOrEqual(6);
    expect(belowAA(contrast)).toEqual([]);
    await page.close();
  });
});

it('dark scheme, in English: the hint on a dark page and the popup', async () => {
  const dark = await launchExtension({ locale: 'en-US', colorScheme: 'dark' });
  try {
    const page = await dark.open('http://wsfw.dark-fixture.gov.cn/');
    await waitForTabState(dark, page, (s) => s?.recognition);
    await page.getByRole('button', { name: '登录' }).click();
    expect((await readHint(page)).lang).toBe('en');
    await exposeHintToAxe(page);
    const hint = await runAxe(page, HINT_HOST_SELECTOR);
    console.log('axe hint (dark, en):', JSON.stringify(hint));
    expect(serious(hint)).toEqual([]);
    const contrast = await hintContrast(page);
    console.log('hint contrast (dark):', JSON.stringify(contrast));
    expect(belowAA(contrast)).toEqual([]);
    const popup = await dark.openPopup(page);
    const findings = await runAxe(popup);
    console.log('axe popup (dark, en):', JSON.stringify(findings));
    expect(serious(findings)).toEqual([]);
    await dark.screenshot(popup, 'a11y-popup-dark-en');
  } finally {
    await dark.close();
  }
});

describe('keyboard only', () => {
  it('the popup: Tab reaches every control in order, Shift+Tab goes back, Enter on 设置 opens the options', async () => {
    const page = await session.open('http://tpass.beijing.chinatax.gov.cn:8443/#/login');
    await waitForTabState(session, page, (s) => s?.recognition);
    const popup = await session.openPopup(page);
    const stops = await tabStops(popup);
    expect(stops[0]).toBe('button:设置');
    expect(stops.length).toBeGreaterThanOrEqual(2);
    expect(await backwardStops(popup, stops.length)).toEqual([...stops].reverse());
    await popup.locator('body').click({ position: { x: 1, y: 1 } });
    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toBe('button:设置');
    const opened = session.context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    expect((await opened).url()).toContain('/options.html');
    await popup.close();
    await page.close();
  });

  it('the options page: each control is a Tab stop with a name, and Enter restores a muted hint', async () => {
    await session.worker.evaluate(() =>
      chrome.storage.local.set({ mutes: { 'e-tax/shanghai': { scope: 'kind', categories: ['password-wrong'] } } }),
    );
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('[data-muted="1"]').waitFor();
    const stops = await tabStops(options);
    const restore = stops.find((s) => s.startsWith('button:恢复'));
    expect(restore, JSON.stringify(stops)).toBeDefined();
    for (const stop of stops) expect(stop.split(':')[1]).not.toBe('');
    expect(await backwardStops(options, stops.length)).toEqual([...stops].reverse());
    await options.locator('body').click({ position: { x: 1, y: 1 } });
    for (let i = 0; i <= stops.indexOf(restore!); i++) await options.keyboard.press('Tab');
    expect(await focused(options)).toBe(restore);
    await options.keyboard.press('Enter');
    await options.locator('[data-muted="0"]').waitFor();
    await options.close();
  });

  it('the hint: Tab from the page reaches its buttons, Shift+Tab goes back, Escape closes it', async () => {
    const page = await failedTry();
    await page.getByRole('button', { name: '登录' }).focus();
    let now = 'start';
    for (let i = 0; i < 10 && !now.startsWith('hint:'); i++) {
      await page.keyboard.press('Tab');
      now = await focused(page);
    }
    expect(now).toBe('hint:close');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('hint:copy');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('hint:not-helpful');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('hint:copy');
    await page.keyboard.press('Escape');
    await page.locator(HINT_HOST_SELECTOR).waitFor({ state: 'detached' });
    // focus is not left on a removed control: the next Tab starts again from the page
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toMatch(/^hint/);
    await page.close();
  });
});
