/** The diagnose core: page messages → findings, the knowledge behind each category, and the lockout guard. */
export { diagnose, diagnoseText } from './engine';
export type { DiagnoseContext } from './engine';
export { explain } from './explain';
export type { ExplainContext } from './explain';
export { KNOWLEDGE, HOTLINES } from './knowledge';
export { lockoutWarning, countsAsFailedAttempt } from './lockout';
export type { LockoutInput } from './lockout';
export { RULES } from './rules/index';
export type { Rule } from './rule';
export { diagnoseTextLine } from './cli-text';
export type * from './types';
