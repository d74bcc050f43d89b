/**
 * The in-page rows of `npm run bench` (issue 13's table and issue 9's latency target), from one run: the snapshot
 * against its floors, long tasks and CPU with and without the extension, error-to-hint against the page's paint.
 */
import type { Browser } from 'playwright-core';
import type { ExtensionSession } from '../../tests/harness/extension';
import { errorToHint } from './error-to-hint';
import { inPageCost } from './in-page-cost';
import { longTasks, type LongTasks, type Work } from './long-tasks';

export type Row = [measure: string, value: string, budget: string, met: boolean | null];

const ms = (x: number) => `${x.toFixed(2)} ms`;

export async function snapshotRows(plain: Browser, root: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of await inPageCost(plain, root, [150, 1000, 10_000, 50_000])) {
    const ratio = c.snapshotMs / c.innerTextMs;
    const budget = c.elements < 1000 ? '≤ 1 ms' : '≤ 1.0× innerText';
    const met = c.elements < 1000 ? c.snapshotMs <= 1 : ratio <= 1;
    rows.push([
      `snapshot CPU, ${c.elements} elements${c.loginPage ? '' : ' (NOT seen as login page)'}: snapshot / innerText / qSA('*') walk (recognition)`,
      `${ms(c.snapshotMs)} / ${ms(c.innerTextMs)} / ${ms(c.walkMs)} = ${ratio.toFixed(2)}× (${ms(c.recogniseMs)})`,
      budget,
      met,
    ]);
  }
  return rows;
}

/** long tasks and CPU without the extension, measured first in the plain browser */
export async function pageBaseline(plain: Browser): Promise<Record<Work, LongTasks>> {
  return {
    burst: await longTasks(await plain.newContext(), 'burst'),
    churn: await longTasks(await plain.newContext(), 'churn'),
  };
}

export async function extensionRows(session: ExtensionSession, baseline: Record<Work, LongTasks>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const elements of [150, 10_000]) {
    for (const kind of ['toast', 'inline', 'alert'] as const) {
      const r = await errorToHint(session, kind, elements);
      rows.push([
        `error → hint, ${kind}, ${elements} elements: median (page's own paint; hint painted; runs)`,
        `${r.median.toFixed(1)} ms (paint ${r.paint.toFixed(1)} ms = ${r.ratio.toFixed(2)}×; painted ${r.hintPaint.toFixed(1)} ms; ${r.runs.map((x) => x.toFixed(0)).join(' ')})`,
        '≤ 50 ms and ≤ 1.2× paint',
        r.median <= 50 && r.ratio <= 1.2,
      ]);
    }
  }
  for (const work of ['burst', 'churn'] as const) {
    const withExt = await longTasks(session.context, work);
    const without = baseline[work];
    const what =
      work === 'burst' ? '10,000-element burst on a 50,000-element page' : '5 s churn (50 added + 50 removed / 10 ms)';
    rows.push([
      `long tasks, ${what}: with / without extension`,
      `${withExt.count} (${withExt.totalMs.toFixed(0)} ms) / ${without.count} (${without.totalMs.toFixed(0)} ms)`,
      '0 added',
      withExt.count <= without.count,
    ]);
    if (work === 'churn') {
      const added = withExt.cpuPercent - without.cpuPercent;
      rows.push([
        'main-thread CPU during churn: with / without extension (added)',
        `${withExt.cpuPercent.toFixed(1)}% / ${without.cpuPercent.toFixed(1)}% of a core (${added >= 0 ? '+' : ''}${added.toFixed(1)}%)`,
        '≤ 2% added',
        added <= 2,
      ]);
    }
  }
  return rows;
}
