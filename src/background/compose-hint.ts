/**
 * Turns the findings of a page into the one hint the page shows: the best finding's advice, the lockout guard's
 * warning, and the plain-text diagnostic for "复制诊断信息". Pure (labels are passed in), so it is unit-tested.
 */
import type { Lang } from '../core/categories';
import { explain, lockoutWarning } from '../core/diagnose';
import type { PortalKind } from '../core/portals';
import type { Finding, HintContent, HintLabels } from '../core/diagnose/types';

export interface HintContext {
  lang: Lang;
  labels: HintLabels;
  portal: { id: string; kind: PortalKind; name: string } | null;
  host: string;
  /** consecutive failed attempts on this portal in this session, this one included */
  failures: number;
  now: Date;
}

export function composeHint(findings: Finding[], context: HintContext): HintContent | null {
  const best = findings[0];
  if (!best) return null;
  const advice = explain(best.category, context.lang, {
    portalId: context.portal?.id,
    kind: context.portal?.kind,
    captures: best.captures,
  });
  const warning = lockoutWarning({
    findings,
    failures: context.failures,
    kind: context.portal?.kind,
    portalId: context.portal?.id,
  })?.[context.lang];
  const diagnostic = [
    `${context.lang === 'en' ? 'Portal' : '网站'}: ${context.portal?.name ?? context.host}`,
    `${context.lang === 'en' ? 'Problem' : '问题'}: ${findings.map((f) => f.category).join(', ')}`,
    `${context.lang === 'en' ? 'Message' : '页面提示'}: ${best.message}`,
    `${context.lang === 'en' ? 'Time' : '时间'}: ${context.now.toISOString()}`,
  ].join('\n');
  return {
    categories: findings.map((f) => f.category),
    lang: context.lang,
    title: advice.title,
    explanation: advice.explanation,
    steps: advice.steps,
    ...(warning ? { warning } : {}),
    message: best.message,
    diagnostic,
    labels: context.labels,
  };
}
