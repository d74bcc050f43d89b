import type { Category } from '../categories';
import { kindOf } from './explain';
import { KNOWLEDGE } from './knowledge';
import { normalize, parseNumber } from './normalize';
import type { CompiledRule } from './rules/index';
import { COMPILED, COUNTER_RES, NOT_ERROR_RES } from './rules/index';
import type { Captures, Finding, PageMessage, PortalKind, Surface } from './types';

export interface DiagnoseContext {
  kind?: PortalKind;
  portalId?: string;
}

/** At most this many messages are looked at per call (a page rarely shows more than a few). */
const MAX_MESSAGES = 50;
/** The message text kept in a finding. */
const MAX_MESSAGE_KEPT = 300;

interface Hit {
  compiled: CompiledRule;
  position: number;
  captures: Captures;
}

function readCaptures(groups: Record<string, string | undefined> | undefined, into: Captures): void {
  if (!groups) return;
  const tries = groups['triesLeft'];
  const minutes = groups['minutes'];
  const hours = groups['hours'];
  const days = groups['days'];
  if (tries !== undefined) into.triesLeft = parseNumber(tries) ?? into.triesLeft;
  let total: number | undefined;
  if (hours !== undefined) total = (parseNumber(hours) ?? 0) * 60;
  if (minutes !== undefined) total = (total ?? 0) + (parseNumber(minutes) ?? 0);
  if (total !== undefined) into.minutes = total;
  if (days !== undefined) into.days = parseNumber(days) ?? into.days;
}

/** Does this rule apply here, and where does it first match? -1 when it does not. */
export function matchRule(compiled: CompiledRule, text: string, surface?: Surface, kind?: PortalKind): number {
  const { rule } = compiled;
  if (rule.surfaces && (!surface || !rule.surfaces.includes(surface))) return -1;
  if (rule.portalKinds && (!kind || !rule.portalKinds.includes(kind))) return -1;
  let position = -1;
  for (const re of compiled.patterns) {
    const at = text.search(re);
    if (at >= 0 && (position < 0 || at < position)) position = at;
  }
  if (position < 0) return -1;
  return compiled.unless.some((re) => re.test(text)) ? -1 : position;
}

/** True when the text is page furniture (a label, a help link) even though it carries error words. */
export function isNotError(text: string): boolean {
  return NOT_ERROR_RES.some((re) => re.test(text));
}

function diagnoseOne(message: PageMessage, kind: PortalKind | undefined): Hit[] {
  const text = normalize(typeof message.text === 'string' ? message.text : '');
  if (text.length < 2 || isNotError(text)) return [];
  let hits: Hit[] = [];
  for (const compiled of COMPILED) {
    const position = matchRule(compiled, text, message.surface, kind);
    if (position >= 0) hits.push({ compiled, position, captures: {} });
  }
  if (hits.some((hit) => !hit.compiled.rule.fallback)) hits = hits.filter((hit) => !hit.compiled.rule.fallback);
  if (hits.length === 0) return hits;
  // numbers the page states are shared by all findings of the message; a rule's own groups win
  const shared: Captures = {};
  for (const re of COUNTER_RES) {
    const found: Captures = {};
    readCaptures(re.exec(text)?.groups, found);
    // "1小时30分钟": the hour and the minute counters add up
    if (found.minutes !== undefined) found.minutes += shared.minutes ?? 0;
    Object.assign(shared, found);
  }
  for (const hit of hits) {
    hit.captures = { ...shared };
    for (const re of hit.compiled.patterns) readCaptures(re.exec(text)?.groups, hit.captures);
  }
  return hits;
}

/**
 * Page messages → findings, best first, one per category. Pure and total: never throws, bounded work.
 * Order: rule priority (specific before generic), then the earlier message, then the earlier match in it.
 */
export function diagnose(messages: readonly PageMessage[], context?: DiagnoseContext): Finding[] {
  try {
    const kind = kindOf(context);
    const best = new Map<Category, { hit: Hit; index: number; message: PageMessage }>();
    const list = Array.isArray(messages) ? messages.slice(0, MAX_MESSAGES) : [];
    list.forEach((message, index) => {
      if (!message) return;
      for (const hit of diagnoseOne(message, kind)) {
        const { category, priority } = hit.compiled.rule;
        const known = best.get(category);
        if (!known || priority > known.hit.compiled.rule.priority) best.set(category, { hit, index, message });
      }
    });
    return [...best.values()]
      .sort(
        (a, b) =>
          b.hit.compiled.rule.priority - a.hit.compiled.rule.priority ||
          a.index - b.index ||
          a.hit.position - b.hit.position,
      )
      .map(({ hit, message }) => {
        const { rule } = hit.compiled;
        return {
          category: rule.category,
          rule: rule.id,
          severity: rule.severity,
          title: { ...KNOWLEDGE[rule.category].title },
          captures: hit.captures,
          message: String(message.text).slice(0, MAX_MESSAGE_KEPT),
          surface: message.surface,
        };
      });
  } catch {
    return [];
  }
}

/** One text, as if shown inline next to the form (the CLI and rule authors use this). */
export function diagnoseText(text: string, surface: Surface = 'inline', context?: DiagnoseContext): Finding[] {
  return diagnose([{ text, surface }], context);
}
