import type { Category } from '../../../src/core/categories';
import { diagnose } from '../../../src/core/diagnose/engine';
import type { Surface } from '../../../src/core/diagnose/types';

/**
 * The measurement protocol (README "Diagnosis accuracy"): an error message is judged on the surface it was seen on
 * (the item's `surface`, else `dialog`: right after a click, as CA clients and most portals show errors), as the
 * page's answer to the user's attempt (`afterAttempt`: an error is shown in answer to one, and the content script
 * marks what appears right after a click, src/content/attempts.ts); a negative on the surface it stands on (its
 * `surface`, else `inline`: text on the page before any attempt).
 * Right first = the first finding is `expect` or one of `accept`. The figures name no text, so a held-out run can
 * print them without showing its items.
 */
export interface ErrorItem {
  text: string;
  expect: string;
  accept?: readonly string[];
  surface?: Surface;
}
export interface NegativeItem {
  text: string;
  surface?: Surface;
}

export interface Figures {
  errors: number;
  right: number;
  negatives: number;
  flagged: number;
  /** per expected category: how many were missed */
  missesByCategory: Record<string, number>;
  misses: { text: string; want: string; got: Category | undefined }[];
  flaggedTexts: { text: string; rules: string[] }[];
}

export function measure(
  errors: readonly ErrorItem[],
  negatives: readonly NegativeItem[],
  errorSurface: Surface = 'dialog',
  afterAttempt = true,
): Figures {
  const misses: Figures['misses'] = [];
  const missesByCategory: Record<string, number> = {};
  for (const { text, expect: want, accept = [], surface } of errors) {
    const got = diagnose([{ text, surface: surface ?? errorSurface, afterAttempt }])[0]?.category;
    if (got === want || (got && accept.includes(got))) continue;
    misses.push({ text, want, got });
    missesByCategory[want] = (missesByCategory[want] ?? 0) + 1;
  }
  const flaggedTexts = negatives
    .map(({ text, surface }) => ({
      text,
      rules: diagnose([{ text, surface: surface ?? 'inline' }]).map((f) => f.rule),
    }))
    .filter(({ rules }) => rules.length > 0);
  return {
    errors: errors.length,
    right: errors.length - misses.length,
    negatives: negatives.length,
    flagged: flaggedTexts.length,
    missesByCategory,
    misses,
    flaggedTexts,
  };
}

/**
 * A stress figure beside the protocol: how many negatives would raise a finding if the page revealed them inline
 * right after the user's attempt (a standing instruction that only shows once 登录 is pressed). Printed, so the
 * cost of judging such text as an answer is known.
 */
export function flaggedAfterAttempt(negatives: readonly NegativeItem[]): number {
  return negatives.filter(
    ({ text, surface }) =>
      (surface ?? 'inline') === 'inline' && diagnose([{ text, surface: 'inline', afterAttempt: true }]).length > 0,
  ).length;
}

const pct = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`);

/** One line of figures, no texts. */
export function summary(name: string, f: Figures): string {
  const cats = Object.entries(f.missesByCategory)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, count]) => `${category} ${count}`)
    .join(', ');
  return `[${name}] right first: ${f.right}/${f.errors} (${pct(f.right, f.errors)}); negatives with a finding: ${f.flagged}/${f.negatives} (${pct(f.flagged, f.negatives)}); misses by category: ${cats || 'none'}`;
}
