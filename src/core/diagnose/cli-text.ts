import type { Category } from '../categories';
import { diagnoseText } from './engine';
import type { FindingSeverity } from './types';

export interface TextLineFinding {
  category: Category;
  rule: string;
  severity: FindingSeverity;
  /** zh-CN title */
  title: string;
}

/** The CLI's `--text` / `--stdin-text` answer for one line: findings best first, none for a text that is no error. */
export function diagnoseTextLine(text: string): { text: string; findings: TextLineFinding[] } {
  const findings = diagnoseText(String(text ?? '')).map(({ category, rule, severity, title }) => ({
    category,
    rule,
    severity,
    title: title['zh-CN'],
  }));
  return { text, findings };
}
