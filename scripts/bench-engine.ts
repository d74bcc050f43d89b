/**
 * `tsx scripts/bench-engine.ts`: what the diagnosis engine costs per message, measured over the whole tuning
 * corpus (tests/fixtures/corpus/tuning.json, errors and negatives), on the surfaces the accuracy test uses.
 * Prints median and p99 in µs per message as a table; the target is a median under 50 µs (issue 15). A message's
 * time is the median of its runs; the p99 is over messages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diagnose } from '../src/core/diagnose/engine';
import type { PageMessage } from '../src/core/diagnose/types';

const ROUNDS = 20;
const root = resolve(import.meta.dirname, '..');
const corpus = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/corpus/tuning.json'), 'utf8')) as {
  errors: PageMessage[];
  negatives: PageMessage[];
};

const at = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

/**
 * Each message's own time is the median of its ROUNDS runs (so a pause of the shared machine does not land on one
 * message); median and p99 are then taken over the messages.
 */
function timesOf(messages: readonly PageMessage[]): number[] {
  for (const message of messages) diagnose([message]); // warm up the compiled patterns and the JIT
  const runs: number[][] = messages.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    messages.forEach((message, i) => {
      const start = process.hrtime.bigint();
      diagnose([message]);
      runs[i]!.push(Number(process.hrtime.bigint() - start) / 1000);
    });
  }
  return runs
    .map((times) =>
      at(
        [...times].sort((a, b) => a - b),
        0.5,
      ),
    )
    .sort((a, b) => a - b);
}

const sets = {
  errors: corpus.errors.map(({ text, surface }) => ({ text, surface: surface ?? 'dialog' })),
  negatives: corpus.negatives.map(({ text, surface }) => ({ text, surface: surface ?? 'inline' })),
} satisfies Record<string, PageMessage[]>;
const rows = Object.entries({ ...sets, all: [...sets.errors, ...sets.negatives] }).map(([name, messages]) => {
  const times = timesOf(messages);
  return {
    set: name,
    messages: messages.length,
    'median µs': at(times, 0.5).toFixed(1),
    'p99 µs': at(times, 0.99).toFixed(1),
  };
});
console.log(`diagnosis engine, ${ROUNDS} rounds over tests/fixtures/corpus/tuning.json`);
console.table(rows);
