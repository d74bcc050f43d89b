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
