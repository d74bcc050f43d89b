import type { Category } from '../categories';
import { codeHit, composeHits, type ConceptHit } from './compose';
import { kindOf } from './explain';
import { KNOWLEDGE } from './knowledge';
import { normalize, parseNumber } from './normalize';
import type { CompiledRule } from './rules/index';
import { COMPILED, COUNTER_RES, NOT_ERROR_RE } from './rules/index';
import { FAILURE_MARKER, clauseAt, clausesOf, reportedText, withoutMentions, type Clause } from './structure';
import type { Captures, Finding, FindingSeverity, PageMessage, PortalKind, Surface } from './types';

export interface DiagnoseContext {
  kind?: PortalKind;
  portalId?: string;
}

/** At most this many messages are looked at per call (a page rarely shows more than a few). */
const MAX_MESSAGES = 50;
/** The message text kept in a finding. */
const MAX_MESSAGE_KEPT = 300;

/** The concept layer reads this much of a message: real messages are short; a long page is left to the rules. */
const CONCEPT_TEXT = 400;

/** Surfaces where text stands on the page before any attempt: advice alone there is no error. */
const STANDING_SURFACES: readonly Surface[] = ['inline', 'page'];

/**
 * The surface a message is judged on. Inline text that appeared right after the user's attempt is the page's
 * answer to that click, as a dialog would be ("请填写用户名." under the field once 登录 was pressed); the same text
 * standing on the page before any attempt is an instruction. A whole page is judged as a page: after an attempt it
 * is a new document, read at its first look.
 */
export function judgedSurface(message: PageMessage): Surface {
  return message.surface === 'inline' && message.afterAttempt === true ? 'dialog' : message.surface;
}

/** A message that reports a success. */
const SUCCESS = /(?<!无法|不能|未能|没有|未|不)成功|已发送|已退出|已注销/u;
/** A logout the page puts down to idling ("由于长时间未操作，您已退出系统") is a lapsed login, not the user's own logout. */
const IDLE_CAUSE = /(?:长时间|长期|较长时间)(?:未|没有|无)(?:操作|使用|活动)|(?:闲置|空闲)(?:时间)?(?:过长|太长)/u;

/** Categories that are a warning rather than an error when the concept layer raises them. */
const WARNINGS: ReadonlySet<Category> = new Set([
  'input-missing',
  'cert-expiring',
  'maintenance',
  'network',
  'session-expired',
]);

/** One reason to raise a category for one message, from a rule (high-precision layer) or the concept layer. */
export interface Hit {
  category: Category;
  rule: string;
  severity: FindingSeverity;
  priority: number;
  tier: 1 | 2;
  position: number;
  fallback: boolean;
  captures: Captures;
  evidence: string;
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
  const position = text.search(compiled.any);
  if (position < 0) return -1;
  return compiled.unlessAny?.test(text) ? -1 : position;
}

/** True when the text is page furniture (a label, a help link) even though it carries error words. */
export function isNotError(text: string): boolean {
  return NOT_ERROR_RE.test(text);
}

function ruleHits(text: string, clauses: readonly Clause[], surface: Surface, kind: PortalKind | undefined): Hit[] {
  const hits: Hit[] = [];
  for (const compiled of COMPILED) {
    const position = matchRule(compiled, text, surface, kind);
    if (position < 0) continue;
    const { rule } = compiled;
    const clause = clauses[clauseAt(clauses, position)];
    const captures: Captures = {};
    for (const re of compiled.patterns) readCaptures(re.exec(text)?.groups, captures);
    hits.push({
      category: rule.category,
      rule: rule.id,
      severity: rule.severity,
      priority: rule.priority,
      tier: clause?.kind === 'fact' ? 2 : 1,
      position,
      fallback: rule.fallback === true,
      captures,
      evidence: `rule ${rule.id}`,
    });
  }
  return hits;
}

function fromConcept(hit: ConceptHit): Hit {
  return {
    category: hit.category,
    rule: hit.rule,
    priority: hit.priority,
    tier: hit.tier,
    position: hit.position,
    evidence: hit.evidence,
    severity: WARNINGS.has(hit.category) ? 'warning' : 'error',
    // "请重新登录" after a reason is advice about the reason, like the catch-all
    fallback: hit.category === 'login-failed' || hit.rule.endsWith('reauth'),
    captures: {},
  };
}

/** Numbers the page states are shared by every finding of the message; a rule's own groups win. */
function sharedCaptures(text: string): Captures {
  const shared: Captures = {};
  for (const re of COUNTER_RES) {
    const found: Captures = {};
    readCaptures(re.exec(text)?.groups, found);
    // "1小时30分钟": the hour and the minute counters add up
    if (found.minutes !== undefined) found.minutes += shared.minutes ?? 0;
    Object.assign(shared, found);
  }
  return shared;
}

/**
 * Which hits of one message stand, after the structure of the message is taken into account:
 * - catch-alls ("登录失败") go when the message says more;
 * - "用户名不存在或密码错误" is deliberately vague: the password answer helps, not "not registered";
 * - "A或B" in one clause names alternatives: they rank by the order the page names them.
 */
function settle(hits: Hit[], text: string, clauses: readonly Clause[]): Hit[] {
  // a catch-all goes only before a reason said as strongly ("上海CA接口错误:登录错误": the label does not count), or
  // before advice to check a named thing, which names the reason ("登录失败,请检查用户名和密码")
  const advisesCheck = (hit: Hit) => hit.rule.endsWith('-check');
  const outranks = (other: Hit, hit: Hit) => !other.fallback && (other.tier >= hit.tier || advisesCheck(other));
  // advice to check the password says who is to blame for a failure; with no failure reported it is only advice
  const failed = hits.some((hit) => hit.tier === 2);
  let kept = hits.filter(
    (hit) =>
      (!hit.fallback || !hits.some((other) => outranks(other, hit))) &&
      (failed || !(hit.category === 'password-wrong' && advisesCheck(hit))),
  );
  // "登录失败,请重新登录", "未知错误,请重新登录": after a failure said first, logging in again is advice about it;
  // after a refusal ("未授权,请重新登录") it is the answer: the login is gone
  const failure = kept.find(
    (hit) =>
      hit.category === 'login-failed' && hit.tier === 2 && !/[.-](?:denied|unassigned|not-linked)$/u.test(hit.rule),
  );
  if (failure) kept = kept.filter((hit) => !(hit.rule.endsWith('reauth') && hit.position > failure.position));
  if (kept.some((hit) => hit.category === 'password-wrong'))
    kept = kept.filter((hit) => hit.category !== 'account-not-registered');
  for (const clause of clauses) {
    const body = text.slice(clause.start, clause.end);
    if (!/或/u.test(body)) continue;
    const inside = kept.filter((hit) => hit.position >= clause.start && hit.position < clause.end && hit.tier === 2);
    if (new Set(inside.map((hit) => hit.category)).size < 2) continue;
    const top = Math.max(...inside.map((hit) => hit.priority));
    for (const hit of inside) hit.priority = top;
  }
  return kept;
}

export interface MessageTrace {
  normalized: string;
  clauses: { text: string; kind: Clause['kind'] }[];
  concepts: string[];
  rules: string[];
  code?: string;
  /** advice on a surface where advice stands before any attempt: no finding */
  instruction: boolean;
  hits: Hit[];
}

/** All standing hits of one message, with what led to them (`explain`: the words too, for --explain). */
export function traceMessage(message: PageMessage, kind?: PortalKind, explain = true): MessageTrace {
  const text = withoutMentions(normalize(typeof message?.text === 'string' ? message.text : ''));
  const empty: MessageTrace = { normalized: text, clauses: [], concepts: [], rules: [], instruction: false, hits: [] };
  if (text.length < 2 || isNotError(text)) return empty;
  const clauses = clausesOf(text);
  const surface = judgedSurface(message);
  // what is true of a login page before any attempt ("您尚未登录") reports nothing while it stands there
  const concepts = composeHits(text.slice(0, CONCEPT_TEXT), clauses)
    .filter((hit) => !(hit.answerOnly && STANDING_SURFACES.includes(surface)))
    .map(fromConcept);
  const rules = ruleHits(text, clauses, surface, kind);
  const code = codeHit(text);
  // a vendor code is the vendor's own diagnosis, never a catch-all, even when it only says "login failed"
  let hits = settle(
    [...rules, ...concepts, ...(code ? [{ ...fromConcept(code), fallback: false }] : [])],
    text,
    clauses,
  );
  const adviceOnly = hits.length > 0 && hits.every((hit) => hit.tier === 1);
  // advice standing on the page, or advice after a success ("您已成功退出登录,请关闭浏览器", "密码修改成功,请重新登录"),
  // reports no failure
  const afterSuccess =
    SUCCESS.test(text) && !IDLE_CAUSE.test(text) && hits.every((hit) => hit.tier === 1 || hit.fallback);
  const instruction =
    (adviceOnly &&
      STANDING_SURFACES.includes(surface) &&
      !FAILURE_MARKER.test(reportedText(text, clauses, surface === 'inline'))) ||
    afterSuccess;
  if (instruction) hits = [];
  const shared = sharedCaptures(text);
  for (const hit of hits) hit.captures = { ...shared, ...hit.captures };
  if (!explain) return { ...empty, instruction, hits };
  return {
    normalized: text,
    clauses: clauses.map((c) => ({ text: text.slice(c.start, c.end), kind: c.kind })),
    concepts: concepts.map((hit) => `${hit.rule}: ${hit.evidence}`),
    rules: rules.map((hit) => hit.rule),
    ...(code ? { code: code.evidence } : {}),
    instruction,
    hits,
  };
}

/** The order findings are shown in: a fact before advice, then the priority scale. */
const rank = (hit: Hit) => hit.tier * 100 + hit.priority;

/**
 * Page messages → findings, best first, one per category. Pure and total: never throws, bounded work.
 * Order: facts before advice, rule/category priority (specific before generic), then the earlier message, then the
 * earlier match in it.
 */
export function diagnose(messages: readonly PageMessage[], context?: DiagnoseContext): Finding[] {
  try {
    const kind = kindOf(context);
    const best = new Map<Category, { hit: Hit; index: number; message: PageMessage }>();
    const list = Array.isArray(messages) ? messages.slice(0, MAX_MESSAGES) : [];
    list.forEach((message, index) => {
      if (!message) return;
      for (const hit of traceMessage(message, kind, false).hits) {
        const known = best.get(hit.category);
        if (!known || rank(hit) > rank(known.hit)) best.set(hit.category, { hit, index, message });
      }
    });
    return [...best.values()]
      .sort((a, b) => rank(b.hit) - rank(a.hit) || a.index - b.index || a.hit.position - b.hit.position)
      .map(({ hit, message }) => ({
        category: hit.category,
        rule: hit.rule,
        severity: hit.severity,
        title: { ...KNOWLEDGE[hit.category].title },
        captures: hit.captures,
        message: String(message.text).slice(0, MAX_MESSAGE_KEPT),
        surface: message.surface,
      }));
  } catch {
    return [];
  }
}

/** One text, as if shown inline next to the form (the CLI and rule authors use this). */
export function diagnoseText(text: string, surface: Surface = 'inline', context?: DiagnoseContext): Finding[] {
  return diagnose([{ text, surface }], context);
}
