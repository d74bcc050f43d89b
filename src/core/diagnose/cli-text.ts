import type { Category } from '../categories';
import { diagnose, judgedSurface, traceMessage } from './engine';
import type { FindingSeverity, PageMessage, Surface } from './types';

export interface TextLineFinding {
  category: Category;
  rule: string;
  severity: FindingSeverity;
  /** zh-CN title */
  title: string;
}

/** What `--explain` adds: how the engine read the text. */
export interface TextLineExplain {
  normalized: string;
  clauses: string[];
  /** concept pairs: "<category>.<thing>-<state>: thing「words」 × state「words」" */
  concepts: string[];
  /** high-precision rules that matched */
  rules: string[];
  code?: string;
  /** advice on page text (inline/page): not an error before any attempt */
  instruction: boolean;
  /** the surface the text was judged on (inline right after an attempt is judged as a dialog) */
  judgedAs: Surface;
}

/**
 * The CLI's `--text` / `--stdin-text` answer for one line: findings best first, none for a text that is no error.
 * `surface` is where the text was seen (default inline), `afterAttempt` whether it appeared right after the user's
 * attempt; `explain` adds what matched.
 */
export function diagnoseTextLine(
  text: string,
  surface: Surface = 'inline',
  explain = false,
  afterAttempt = false,
): { text: string; findings: TextLineFinding[]; explain?: TextLineExplain } {
  const message: PageMessage = { text: String(text ?? ''), surface, ...(afterAttempt ? { afterAttempt } : {}) };
  const findings = diagnose([message]).map(({ category, rule, severity, title }) => ({
    category,
    rule,
    severity,
    title: title['zh-CN'],
  }));
  if (!explain) return { text, findings };
  const trace = traceMessage(message);
  return {
    text,
    findings,
    explain: {
      normalized: trace.normalized,
      clauses: trace.clauses.map((clause) => `${clause.kind}: ${clause.text}`),
      concepts: trace.concepts,
      rules: trace.rules,
      ...(trace.code ? { code: trace.code } : {}),
      instruction: trace.instruction,
      judgedAs: judgedSurface(message),
    },
  };
}
