/**
 * The checklist's page half in real Chromium: "fill into the page" on tpass, the note under a mistyped credit-code
 * field, the network probe, and the CA-client probe against our fake BJCA service (tests/harness/fake-bjca.ts) in
 * its three states. The 127.0.0.1 permission: refused = dist/chrome as built (nothing granted); granted = a copy
 * whose manifest grants it at install (tests/harness/local-access.ts says why a prompt cannot be answered here).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitForBadge, waitForTabState, type ExtensionSession } from '../harness/extension';
import { FAKE_HOLDER, READ_ONLY_FUNCTIONS, startFakeBjca, type FakeBjca } from '../harness/fake-bjca';
import { extensionWithLocalAccess, type GrantedCopy } from '../harness/local-access';
import { HINT_HOST_ATTRIBUTE } from '../../src/content/hint/attribute';

const TPASS = 'http://tpass.beijing.chinatax.gov.cn/#/login';
const YZT = 'http://yzt.beijing.gov.cn/';
/** valid: 17 characters + their MOD 31 check character (tests/fixtures/examples/ids-sample.json) */
const CODE = '91110000600037341L';
/** the same code with two characters swapped: the check character no longer fits */
const TYPO = '91110000600073341L';
const AGENT_ID = '110105194910010015';

/** What an extension page (the popup) sends; answers come back the way the popup gets them. */
async function fromExtensionPage<T>(
  session: ExtensionSession,
  page: Page,
  message: unknown,
  toTab: boolean,
): Promise<T> {
  const tabId = await session.tabIdOf(page);
  const sender = await session.context.newPage();
  try {
    await sender.goto(
      `chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(page.url())}`,
    );
    // as the popup does (src/popup/actions.ts): to a tab, the background first adds the code that answers (fill.js)
    return await sender.evaluate(
      async ([id, m, tab]) => {
        if (!tab) return chrome.runtime.sendMessage(m);
        await chrome.runtime.sendMessage({ type: 'fill-code', tabId: id });
        return chrome.tabs.sendMessage(id as number, m);
      },
      [tabId, message, toTab] as const,
    );
  } finally {
    await sender.close();
  }
}

/** Our note under a field: its host's category, its text (read through the closed shadow root, as DevTools can) and box. */
async function readNotes(
  page: Page,
): Promise<{ category: string; text: string; top: number; left: number; bottom: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const notes = [];
    const stack: DomNode[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      const at = node.attributes?.indexOf(HINT_HOST_ATTRIBUTE) ?? -1;
      if (at >= 0 && node.shadowRoots?.[0]) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.shadowRoots[0].backendNodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          functionDeclaration:
            'function () { const b = this.host.getBoundingClientRect(); return { text: this.textContent, top: b.top, left: b.left, bottom: b.bottom }; }',
          returnByValue: true,
        });
        notes.push({
          category: node.attributes![at + 1]!,
          ...(result.value as { text: string; top: number; left: number; bottom: number }),
        });
      }
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    }
    return notes;
  } finally {
    await cdp.detach();
  }
}
interface DomNode {
  attributes?: string[];
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function typeAndLeave(page: Page, selector: string, value: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Tab');
}

async function waitForNotes(page: Page, count: number) {
  for (let i = 0; i < 50; i++) {
    const notes = await readNotes(page);
    if (notes.length === count) return notes;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected ${count} note(s), saw ${(await readNotes(page)).length}`);
}

describe('checklist in the page (dist/chrome as built)', () => {
  let session: ExtensionSession;
  let fake: FakeBjca;
  beforeAll(async () => {
    session = await launchExtension();
    fake = await startFakeBjca('key');
  });
  afterAll(async () => {
    await fake?.close();
    await session?.close();
  });

  it('tpass: "fill into the page" puts the code and the agent ID into their fields; the page picks them up; the password stays untouched', async () => {
    const page = await session.open(TPASS);
    await waitForBadge(session, page, '✓');
    expect(
      await fromExtensionPage(session, page, { type: 'fill-field', field: 'credit-code', value: CODE }, true),
    ).toEqual({ ok: true });
    expect(
      await fromExtensionPage(session, page, { type: 'fill-field', field: 'agent-id', value: AGENT_ID }, true),
    ).toEqual({ ok: true });
    expect(await page.inputValue('[name=nsrsbh]')).toBe(CODE);
    expect(await page.inputValue('[name=account]')).toBe(AGENT_ID);
    expect(await page.inputValue('[name=password]')).toBe('');
    // the page's own input listener (v-model-like) heard both
    expect(await page.evaluate(() => (window as unknown as { formModel: object }).formModel)).toEqual({
      nsrsbh: CODE,
      account: AGENT_ID,
    });
    // right values: no note under either field
    await page.waitForTimeout(200);
    expect(await readNotes(page)).toEqual([]);
    await session.screenshot(page, 'checklist-page-fill-tpass');
    // a page without such a field says so instead of writing anywhere else
    const sms = await session.open('http://tpass.beijing.chinatax.gov.cn/#/login/sms');
    await waitForBadge(session, sms, '✓');
    expect(
      await fromExtensionPage(session, sms, { type: 'fill-field', field: 'credit-code', value: CODE }, true),
    ).toEqual({ ok: false, reason: 'no-field' });
    expect(await sms.inputValue('[name=smsCode]')).toBe('');
    await page.close();
    await sms.close();
  });

  it('tpass: a note under the credit-code field when the typed code cannot be right, none once it is right; the value is never kept', async () => {
    const page = await session.open(TPASS);
    await waitForBadge(session, page, '✓');
    await typeAndLeave(page, '[name=nsrsbh]', TYPO);
    const [note] = await waitForNotes(page, 1);
    expect(note!.category).toBe('credit-code-wrong');
    expect(note!.text).toContain('登录助手');
    expect(note!.text).toContain('校验码');
    expect(note!.text).not.toContain(TYPO);
    const field = (await page.locator('[name=nsrsbh]').boundingBox())!;
    expect(note!.top).toBeGreaterThanOrEqual(field.y + field.height - 1);
    expect(note!.top).toBeLessThan(field.y + field.height + 12);
    expect(Math.abs(note!.left - field.x)).toBeLessThan(2);
    // it pushes the next field down rather than covering it
    const next = (await page.locator('[name=account]').boundingBox())!;
    expect(next.y).toBeGreaterThanOrEqual(note!.bottom);
    await session.screenshot(page, 'checklist-page-note-typo');
    // never stored: neither the typed value nor the note's text is in what the background keeps for the tab
    const state = await waitForTabState(session, page, (s) => s);
    expect(JSON.stringify(state)).not.toContain(TYPO);
    // and our own note is not mistaken for an error of the page
    expect(state.findings).toEqual([]);

    await typeAndLeave(page, '[name=nsrsbh]', CODE);
    await waitForNotes(page, 0);
    await session.screenshot(page, 'checklist-page-note-fixed');
    // a 17-digit ID in the account field, which also takes phone numbers and user names: not judged
    await typeAndLeave(page, '[name=account]', AGENT_ID.slice(0, 17));
    await page.waitForTimeout(300);
    expect(await readNotes(page)).toEqual([]);
    await page.close();
  });

  it('network probe: a timed HEAD to the portal itself', async () => {
    const page = await session.open(TPASS);
    await waitForBadge(session, page, '✓');
    const answer = await fromExtensionPage<{ state: string; ms: number }>(
      session,
      page,
      { type: 'probe-network' },
      true,
    );
    expect(answer.state).toBe('fast');
    expect(answer.ms).toBeGreaterThanOrEqual(0);
    expect(answer.ms).toBeLessThan(1500);
    await page.close();
  });

  it('CA probe without the 127.0.0.1 grant: "no-permission", and not one request reaches the local service', async () => {
    const page = await session.open(YZT);
    await waitForBadge(session, page, '✓');
    fake.calls.length = 0;
    expect(await fromExtensionPage(session, page, { type: 'probe-ca', vendor: 'bjca' }, false)).toEqual({
      state: 'no-permission',
    });
    expect(fake.calls).toEqual([]);
    await page.close();
  });
});

describe('CA-client probe with the 127.0.0.1 grant', () => {
  let copy: GrantedCopy;
  let session: ExtensionSession;
  let fake: FakeBjca;
  beforeAll(async () => {
    copy = extensionWithLocalAccess();
    session = await launchExtension({ extensionDir: copy.dir });
    fake = await startFakeBjca('down');
  });
  afterAll(async () => {
    await fake?.close();
    await session?.close();
    copy?.remove();
  });

  it('yzt.beijing.gov.cn (BJCA): client down → not-running, no key → no-key, key → the holder', async () => {
    const page = await session.open(YZT);
    await waitForBadge(session, page, '✓');
    const probe = () => fromExtensionPage(session, page, { type: 'probe-ca', vendor: 'bjca' }, false);
    await fake.setState('down');
    expect(await probe()).toEqual({ state: 'not-running' });
    await fake.setState('no-key');
    expect(await probe()).toEqual({ state: 'no-key' });
    await fake.setState('key');
    expect(await probe()).toEqual({ state: 'key', certs: [{ holder: FAKE_HOLDER }] });
    // read-only calls only, never a PIN: the page's PIN field stayed empty and unread
    expect(fake.calls.length).toBe(2);
    for (const call of fake.calls) expect(READ_ONLY_FUNCTIONS).toContain((call.body as { func: string }).func);
    expect(JSON.stringify(fake.calls)).not.toMatch(/pin|password|sign/i);
    await session.screenshot(page, 'checklist-page-yzt-cert-login');
    await page.close();
  });

  it("through the popup: the ca-client item's button probes, and its status follows the service", async () => {
    const page = await session.open(YZT);
    await waitForBadge(session, page, '✓');
    const popup = await session.openPopup(page);
    const item = popup.locator('[data-check="ca-client"]');
    expect(await item.getAttribute('data-status')).toBe('unknown');
    const verdicts: Record<string, { status: string | null; reason: string }> = {};
    let shown = await item.locator('.reason').innerText();
    for (const state of ['down', 'no-key', 'key'] as const) {
      await fake.setState(state);
      await item.locator('[data-action="probe-ca"]').click();
      // each state gives its own reason: the item changes once the background answered
      await expect.poll(() => item.locator('.reason').innerText(), { timeout: 10_000 }).not.toBe(shown);
      shown = await item.locator('.reason').innerText();
      verdicts[state] = { status: await item.getAttribute('data-status'), reason: shown };
      await session.screenshot(popup, `checklist-page-popup-ca-${state}`);
    }
    expect(verdicts['down']!.status).toBe('fail');
    expect(verdicts['down']!.reason).toContain('没有连上');
    expect(verdicts['no-key']!.status).toBe('fail');
    expect(verdicts['no-key']!.reason).toContain('没有读到证书');
    expect(verdicts['key']!.status).toBe('pass');
    expect(verdicts['key']!.reason).toContain(FAKE_HOLDER);
    await popup.close();
    await page.close();
  });
});
