/**
 * `npm run bench`: what the extension costs, measured in real Chromium (headless), printed as one table against
 * the budgets the README keeps. A benchmark, not a test: CI does not run it, and numbers vary with the machine.
 *  - content scripts' size (gzip), the in-page judgement beside one innerText read on generated portal pages of
 *    150, 1,000 and 10,000 elements (scripts/bench/in-page-cost.ts), error-to-hint latency for a toast, an inline
 *    error and a native alert (scripts/bench/error-to-hint.ts), long tasks with and without the extension
 *    (scripts/bench/long-tasks.ts), and the popup's first render (scripts/bench-popup.ts when present, else
 *    scripts/bench/popup-render.ts); then the diagnosis engine's cost per message (scripts/bench-engine.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../tests/harness/chromium';
import { launchExtension } from '../tests/harness/extension';
import { inPageCost } from './bench/in-page-cost';
import { errorToHint } from './bench/error-to-hint';
import { longTasks } from './bench/long-tasks';
import { popupFirstRender } from './bench/popup-render';

const root = resolve(import.meta.dirname, '..');
const rows: string[][] = [];
const row = (measure: string, value: string, budget: string, met: boolean | null) =>
  rows.push([measure, value, budget, met === null ? '—' : met ? 'yes' : 'NO']);

// 1. size
const gz = (file: string) => gzipSync(readFileSync(resolve(root, 'dist/chrome', file))).length / 1024;
const contentKb = gz('content.js') + gz('native-dialogs.js');
row('content scripts, gzip (content.js + native-dialogs.js)', `${contentKb.toFixed(1)} KB`, '≤ 12 KB', contentKb <= 12);

// 2. in-page judgement vs innerText, without the extension (the script under test is injected alone)
const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS });
for (const cost of await inPageCost(plain, root, [150, 1000, 10_000])) {
  const ratio = cost.judgeMs / cost.innerTextMs;
  row(
    `snapshot + recognition vs innerText, ${cost.elements} elements${cost.loginPage ? '' : ' (NOT seen as login page)'}`,
    `${cost.judgeMs.toFixed(2)} ms vs ${cost.innerTextMs.toFixed(2)} ms = ${ratio.toFixed(2)}×`,
    '≤ 1.0×',
    ratio <= 1,
  );
}

// 4a. long tasks without the extension (baseline)
const baseline = { burst: await longTasks(await plain.newContext(), 'burst'), churn: await longTasks(await plain.newContext(), 'churn') };
await plain.close();

const session = await launchExtension();
try {
  // 3. error to hint
  for (const kind of ['toast', 'inline', 'alert'] as const) {
    const { median, runs } = await errorToHint(session, kind);
    row(`error-to-hint median, ${kind} (runs: ${runs.map((r) => r.toFixed(0)).join(' ')})`, `${median.toFixed(1)} ms`, '≤ 50 ms', median <= 50);
  }
  // 4b. long tasks with the extension
  for (const work of ['burst', 'churn'] as const) {
    const withExt = await longTasks(session.context, work);
    const extra = withExt.count - baseline[work].count;
    row(
      `long tasks, ${work === 'burst' ? '10,000-element burst' : '5 s churn'}: with / without extension`,
      `${withExt.count} (${withExt.totalMs.toFixed(0)} ms) / ${baseline[work].count} (${baseline[work].totalMs.toFixed(0)} ms)`,
      '0 added',
      extra <= 0,
    );
  }
  // 5. popup first render
  const ready = await popupFirstRender(session);
  row('popup ready (first checklist item), median of 9; first-run / no-script page in turns', ready.medians, '≤ 100 ms', ready.median <= 100);
} finally {
  await session.close().catch(() => undefined);
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...[['measure', 'value', 'budget', 'met'], ...rows].map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['measure', 'value', 'budget', 'met']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
// timings scale with how busy the machine is: say so beside them
console.log(`\n${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) at the end of the run`);

// 6. the diagnosis engine alone, per message over the tuning corpus (node, no browser)
console.log('\nDiagnosis engine (scripts/bench-engine.ts):');
spawnSync('npx', ['tsx', 'scripts/bench-engine.ts'], { cwd: root, stdio: 'inherit' });
