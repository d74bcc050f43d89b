/**
 * Runs axe-core in a real page, as rendered: extension pages (popup, options) and portal pages with our hint.
 * axe is evaluated through the DevTools protocol, so an extension page's CSP does not stop it.
 * The hint lives in a CLOSED shadow root that axe (which walks `element.shadowRoot`) cannot see. The test build
 * is the shipped build: instead of an open-mode switch, the DevTools protocol hands the real closed root to the
 * page's world (as tests/harness/hint.ts reads it) and the test sets it as the host's own `shadowRoot` property
 * there, so axe audits the live panel with its real styles, colours and position. Nothing in the page changes.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { shadowRootObject } from './hint';
import { HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe's violations in the page (or only inside `include`), WCAG 2.x A/AA and best practices. */
export async function runAxe(page: Page, include?: string): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const script = `(async () => {
    const result = await axe.run(${include ? JSON.stringify({ include: [include] }) : 'document'}, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  })()`;
  return (await page.evaluate(script)) as AxeFinding[];
}

/** Lets axe (in the page's world) walk into the hint's closed shadow root; see the file comment. */
export async function exposeHintToAxe(page: Page): Promise<void> {
  const found = await shadowRootObject(page);
  if (!found) throw new Error('no hint with a shadow root');
  await found.cdp.send('Runtime.callFunctionOn', {
    objectId: found.objectId,
    functionDeclaration: `function () { Object.defineProperty(this.host, 'shadowRoot', { value: this, configurable: true }); }`,
  });
  await found.cdp.detach();
}

export const serious = (findings: AxeFinding[]) =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

/**
 * axe's own colour-contrast rule leaves the hint "incomplete" (its layout grid finds no element stack for the
 * host, top layer or not), so the hint's text contrast is measured with axe's colour utilities directly: each text
 * element's computed colour against the nearest solid background inside the panel. Run after exposeHintToAxe.
 */
export async function hintContrast(page: Page): Promise<{ text: string; ratio: number; large: boolean }[]> {
  return (await page.evaluate(`(() => {
    const root = document.querySelector(${JSON.stringify(HINT_HOST_SELECTOR)}).shadowRoot;
    const { Color, getContrast } = axe.commons.color;
    const parse = (css) => { const c = new Color(); c.parseString(css); return c; };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (parse(bg).alpha === 1) return parse(bg);
      }
      return null;
    };
    return [...root.querySelectorAll('h2, h3, blockquote, p, li, button, strong')].map((el) => {
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const bg = background(el);
      return { text: (el.getAttribute('aria-label') || el.textContent).trim().slice(0, 16),
        ratio: bg ? Math.round(getContrast(bg, parse(style.color)) * 100) / 100 : 0, large: size >= 24 || (bold && size >= 18.66) };
    });
  })()`)) as { text: string; ratio: number; large: boolean }[];
}

/** WCAG AA: 4.5:1 for text, 3:1 for large text */
export const belowAA = (measured: { ratio: number; large: boolean }[]) =>
  measured.filter((m) => m.ratio < (m.large ? 3 : 4.5));
