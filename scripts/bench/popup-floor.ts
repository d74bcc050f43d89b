/**
 * `npx tsx scripts/bench/popup-floor.ts`: what an extension page costs on this machine before it can show one
 * element, by what it does first, so the popup's ready time (popup-render.ts) has measured floors beside it. A copy
 * of dist/chrome (run `npm run build` first) gets a few probe pages of its own; each shows one `[data-probe]`
 * element, and each is opened in turns with the others and the popup, as the popup bench does:
 *   - manifest.json: an extension resource with no script (reaching an extension page's DOM at all)
 *   - static: an HTML page whose element is in its markup
 *   - classic / module: one line of script (a classic script at the end of <body>, or a module) adds the element
 *   - session / local: the same line after one `chrome.storage.session.get` / `storage.local.get`
 *   - tabs+session: `tabs.query` for the active tab and `storage.session.get` side by side (what a toolbar popup
 *     reading a prepared view needs)
 *   - message: the same line after one `runtime.sendMessage` answered by the background (`get-tab-state`)
 *   - popup: popup.html on the tpass page, to its first `[data-check]` (the bench's own measure)
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, DIST, waitForBadge } from '../../tests/harness/extension';
import { median, POPUP_PAGE, watch } from './popup-render';

const N = Number(process.env.BENCH_N ?? 9);

const show =
  "document.body.append(Object.assign(document.createElement('p'), { textContent: 'ok' })); document.body.lastElementChild.dataset.probe = '';";

/** name → [html body, script or null] */
const PROBES: Record<string, [string, string | null]> = {
  static: ['<p data-probe>ok</p>', null],
  classic: ['<script src="probe-classic.js"></script>', show],
  module: ['<script type="module" src="probe-module.js"></script>', show],
  session: ['<script src="probe-session.js"></script>', `chrome.storage.session.get('probe').then(() => { ${show} });`],
  local: ['<script src="probe-local.js"></script>', `chrome.storage.local.get('probe').then(() => { ${show} });`],
  'tabs+session': [
    '<script src="probe-tabs+session.js"></script>',
    `Promise.all([chrome.tabs.query({ active: true, lastFocusedWindow: true }), chrome.storage.session.get('probe')]).then(() => { ${show} });`,
  ],
  'tabs→session': [
    '<script src="probe-tabs-then-session.js"></script>',
    `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => chrome.storage.session.get('probe' + tab?.id)).then(() => { ${show} });`,
  ],
  message: [
    '<script src="probe-message.js"></script>',
    `chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: Number(location.search.slice(1)) || 0 }).then(() => { ${show} });`,
  ],
};

const fileOf = (name: string) => `probe-${name.replace(/[^a-z]/g, '-')}.html`;

function probeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'popup-floor-'));
  cpSync(DIST, dir, { recursive: true });
  for (const [name, [body, script]] of Object.entries(PROBES)) {
    writeFileSync(
      join(dir, fileOf(name)),
      `<!doctype html><html><head><meta charset="utf-8"><title>p</title></head><body>${body}</body></html>`,
    );
    if (script) writeFileSync(join(dir, /src="([^"]+)"/.exec(body)![1]!), script);
  }
  return dir;
}

const dir = probeCopy();
const session = await launchExtension({ extensionDir: dir });
try {
  const portal = await session.open(POPUP_PAGE);
  await waitForBadge(session, portal, '✓');
  const tabId = await session.tabIdOf(portal);
  const page = (path: string) => `chrome-extension://${session.extensionId}/${path}`;
  const targets: [string, string, string][] = [
    ['popup', page(`popup.html?tab=${tabId}&url=${encodeURIComponent(portal.url())}`), '[data-check]'],
    ['manifest.json', page('manifest.json'), 'pre, body > *'],
    ...Object.keys(PROBES).map((name): [string, string, string] => [
      name,
      page(`${fileOf(name)}?${tabId}`),
      '[data-probe]',
    ]),
  ];
  const samples = new Map(targets.map(([name]) => [name, [] as number[]]));
  const loads: number[] = [loadavg()[0]!];
  for (let i = 0; i < N; i++) {
    for (const [name, url, selector] of targets) {
      const tab = await session.context.newPage();
      await tab.addInitScript(watch(selector));
      await tab.goto(url);
      await tab.waitForFunction(() => (window as unknown as { __first?: number }).__first);
      samples.get(name)!.push(await tab.evaluate(() => (window as unknown as { __first: number }).__first));
      await tab.close();
    }
    loads.push(loadavg()[0]!);
  }
  console.log(
    `first element, ms from navigation start, median of ${N} (min–max), in turns; load ${loads.map((l) => l.toFixed(1)).join(' ')}`,
  );
  for (const [name, xs] of samples) {
    const sorted = [...xs].sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(14)} ${median(xs).toFixed(1).padStart(6)}  (${sorted[0]!.toFixed(0)}–${sorted.at(-1)!.toFixed(0)})`,
    );
  }
} finally {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
}
