/**
 * `npm run bench`: what the extension costs, measured in real Chromium (headless), printed as one table against
 * the budgets the README keeps. A benchmark, not a test: CI does not run it, and numbers vary with the machine.
 *  - content scripts' size (gzip), the snapshot's CPU beside one innerText read and one querySelectorAll('*') walk
 *    on generated portal pages of 150, 1,000, 10,000 and 50,000 elements (scripts/bench/in-page-cost.ts),
 *    error-to-hint latency for a toast, an inline error and a native alert on 150- and 10,000-element pages beside
 *    the page's own paint (scripts/bench/error-to-hint.ts), long tasks and CPU during a burst and churn with and
 *    without the extension (scripts/bench/long-tasks.ts; rows in scripts/bench/page-rows.ts), the popup's first render (scripts/bench-popup.ts when present, else
 *    scripts/bench/popup-render.ts), the JS heap under a minute of churn (scripts/bench/heap.ts); then the diagnosis
 *    engine's cost per message (scripts/bench-engine.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../tests/harness/chromium';
import { launchExtension } from '../tests/harness/extension';
import { extensionRows, heapRow, pageBaseline, snapshotRows } from './bench/page-rows';
import { popupFirstRender } from './bench/popup-render';

const root = resolve(import.meta.dirname, '..');
const rows: string[][] = [];
const row = (measure: string, value: string, budget: string, met: boolean | null) =>
  rows.push([measure, value, budget, met === null ? '—' : met ? 'yes' : 'NO']);

// 1. size
const gz = (file: string) => gzipSync(readFileSync(resolve(root, 'dist/chrome', file))).length / 1024;
const contentKb = gz('content.js') + gz('native-dialogs.js');
row('content scripts, gzip (content.js + native-dialogs.js)', `${contentKb.toFixed(1)} KB`, '≤ 12 KB', contentKb <= 12);

// 2–4. in the page (scripts/bench/page-rows.ts): snapshot vs its floors without the extension, then error → hint,
// long tasks and CPU with it, against the baseline measured without it
const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS });
for (const r of await snapshotRows(plain, root)) row(...r);
const burst = await pageBaseline(plain);

// the plain browser stays open: the churn windows alternate between the two browsers
const session = await launchExtension();
try {
  for (const r of await extensionRows(session, plain, burst)) row(...r);
  // 5. popup first render
  const ready = await popupFirstRender(session);
  row(
    'popup ready (first checklist item), median of 9; first-run / no-script page in turns',
    ready.medians,
    '≤ 100 ms',
    ready.median <= 100,
  );
  // 6. memory under a minute of churn, last: its two minutes of churn would slow the popup's pages after it
  row(...(await heapRow(session, plain)));
} finally {
  await session.close().catch(() => undefined);
  await plain.close().catch(() => undefined);
}

const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...[['measure', 'value', 'budget', 'met'], ...rows].map((r) => r[i]!.length)),
);
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['measure', 'value', 'budget', 'met']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
// timings scale with how busy the machine is: say so beside them
console.log(
  `\n${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min) at the end of the run`,
);

// 7. the diagnosis engine alone, per message over the tuning corpus (node, no browser)
console.log('\nDiagnosis engine (scripts/bench-engine.ts):');
spawnSync('npx', ['tsx', 'scripts/bench-engine.ts'], { cwd: root, stdio: 'inherit' });
