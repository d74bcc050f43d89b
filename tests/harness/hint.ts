/**
 * Reads and clicks our inline hint as a user sees it. The hint lives in a CLOSED shadow root, which page scripts
 * and Playwright's locators cannot enter; the DevTools protocol can (DOM.getDocument with pierce), the way a
 * browser's own tools show it. Clicks are real mouse clicks at the button's position, not synthetic events.
 */
import type { CDPSession, Page } from 'playwright-core';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';

const HOST = HINT_HOST_SELECTOR;

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export async function shadowRootObject(page: Page): Promise<{ cdp: CDPSession; objectId: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const stack: DomNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.attributes?.includes(HINT_HOST_ATTRIBUTE) && node.shadowRoots?.[0]) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.shadowRoots[0].backendNodeId });
      return { cdp, objectId: object.objectId! };
    }
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  await cdp.detach();
  return null;
}

async function inShadow<T>(page: Page, fn: string): Promise<T | null> {
  const found = await shadowRootObject(page);
  if (!found) return null;
  const { result } = await found.cdp.send('Runtime.callFunctionOn', {
    objectId: found.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  });
  await found.cdp.detach();
  return result.value as T;
}

export interface HintView {
  categories: string[];
  title: string;
  message: string;
  warning: string;
  steps: string[];
  text: string;
  buttons: string[];
  /** the panel's box on screen */
  box: { left: number; top: number; right: number; bottom: number };
  lang: string;
  live: string;
  /** the panel's computed background colour (it follows the page's light/dark scheme) */
  background: string;
}

/** Waits for the hint to show (its host carries `data-login-assistant-hint`) and reads what it says. */
export async function readHint(page: Page, timeoutMs = 10_000): Promise<HintView> {
  await page.locator(HOST).waitFor({ state: 'attached', timeout: timeoutMs });
  const categories = ((await page.locator(HOST).getAttribute(HINT_HOST_ATTRIBUTE)) ?? '').split(' ');
  const view = await inShadow<Omit<HintView, 'categories'>>(
    page,
    `function () {
      const panel = this.querySelector('.panel');
      const text = (s) => (this.querySelector(s)?.textContent ?? '').trim();
      const r = panel.getBoundingClientRect();
      return {
        title: text('.title'), message: text('.quote'), warning: text('.warning'),
        steps: [...this.querySelectorAll('.steps li')].map((li) => li.textContent),
        text: panel.textContent,
        buttons: [...this.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || b.textContent),
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        lang: panel.getAttribute('lang'), live: panel.getAttribute('aria-live'),
        background: getComputedStyle(panel).backgroundColor,
      };
    }`,
  );
  if (!view) throw new Error('hint host without a shadow root');
  return { categories, ...view };
}

/**
 * Clicks one of the hint's buttons with the mouse: '.close', '.copy', '.not-helpful', and the two answers
 * "not helpful" then offers: '.mute-kind' (this kind of problem on this site), '.mute-site' (every hint on this site).
 */
export async function clickHintButton(
  page: Page,
  selector: '.close' | '.copy' | '.not-helpful' | '.mute-kind' | '.mute-site',
): Promise<void> {
  const box = await inShadow<{ x: number; y: number }>(
    page,
    `function () { const r = this.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`,
  );
  if (!box) throw new Error('no hint to click');
  await page.mouse.click(box.x, box.y);
}
