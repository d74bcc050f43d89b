import type { Category } from '../categories';
import {
  CATEGORY_PRIORITY,
  CODE_INDEX,
  CONSEQUENCE_PRIORITY,
  OBJECTS,
  OBJECT_LEXICON,
  STATE_LEXICON,
  TABLE,
  type Lexicon,
} from './concepts/index';
import { CODE_RE } from './concepts/codes';
import type { ObjectConcept, ObjectId, StateConcept } from './concepts/types';
import { compile } from './rule';
import { DENIAL, clauseAt, type Clause } from './structure';

/**
 * The concept layer: find the things a message names and what it says about them, pair each state with its thing
 * in the clause, and read the pair's meaning from the table. Unseen wordings of a known meaning are caught because
 * the words are matched separately and combined, not as whole sentences.
 */
export interface Token<T> {
  entry: T;
  start: number;
  end: number;
  words: string;
  groups?: Record<string, string | undefined>;
  /** inside a state's words */
  inner?: true;
}

export interface ConceptHit {
  category: Category;
  rule: string;
  priority: number;
  /** 2: said as a fact; 1: said as advice ("请插入…") */
  tier: 1 | 2;
  position: number;
  /** the state only tells a consequence ("还有2次机会", "将被锁定"), not a cause */
  consequence: boolean;
  /** a report only as the page's answer to an attempt (StateConcept.answerOnly) */
  answerOnly: boolean;
  /** "<thing words> × <state words>" for --explain */
  evidence: string;
}

/**
 * States whose own meaning holds whatever thing they are said of when the table pairs it with nothing: a refusal or
 * a stale login ("访问被拒绝", "需要重新认证"), a form left incomplete ("认证来源是必填字段"), and work on the
 * system ("网站正在维护").
 */
const GENERIC_ALONE: ReadonlySet<Category> = new Set([
  'login-failed',
  'session-expired',
  'input-missing',
  'maintenance',
  // "请先注册后再登录", "请先到柜台开通网上业务" (register-first): whatever is named, the account is not open yet
  'account-not-registered',
]);

/** "错误提示", "错误代码:", "失败原因": a state word that only names a field or a heading reports nothing by itself. */
const NAMES_A_FIELD = /^(?:提示|信息|代码|码|详情|原因|类型|日志|页|次数|说明)/u;
/** What may follow a bare "错误/无效" that reports a failure: the end, a mark, "的…" or a request ("表单错误,请…"). */
const ENDS_A_REPORT = /^(?:$|[的了啦!.,;:?。([\s\d-]|请)/u;

/** "错误提示", "基础信息错误核查": the state word is part of a name, not a report, when no thing carries it. */
function namesAField(state: Token<StateConcept>, rest: string): boolean {
  if (NAMES_A_FIELD.test(rest)) return true;
  return state.entry.id === 'wrong' && !ENDS_A_REPORT.test(rest);
}

/** A known vendor code ranks above every word-based reason. */
const CODE_PRIORITY = 99;

/** At most this many tokens of each kind are read from one message (page text is hostile). */
const MAX_TOKENS = 40;
const MAX_CANDIDATES = 200;

/** Things that are only the setting of a message when a more telling thing stands in the same clause. */
const SETTING: ReadonlySet<ObjectId> = new Set([
  'secure-link',
  'server',
  'network',
  'request',
  'login',
  'system',
  'web-page',
]);
const TELLING: ReadonlySet<ObjectId> = new Set(['certificate', 'device', 'pin', 'ca-module', 'signature']);

/**
 * "此证书可能过期或已被撤销", "验证令牌可能已过期": a guess, not a report. It still speaks (on an error page the guess
 * is often all there is), but a notch below the same category said as fact, so a stated cause of nearly the same
 * rank goes first ("无法验证该证书…可能过期": the failed check before the guessed expiry).
 */
const HEDGE = /(?:可能|也许|或许|大概|似乎)[^,.!?;。]{0,16}$/u;
const HEDGE_PENALTY = 10;

/** A state said as a negated verb ("无法加载", "未能建立"): its object follows it. */
const NEGATED_VERB = /^(?:无法|不能|未能|不可)/u;
/** "未提供证书链", "未输入验证码": a field left empty, said as a negated verb, also takes the thing right after it. */
const NEGATED_EMPTY = /^(?:未|没有|尚未)/u;

/** In "X与Y不一致" the pair's more telling thing decides: a certificate mismatch before a code, before a login. */
const MISMATCH_ORDER: readonly ObjectId[] = [
  'site-certificate',
  'certificate',
  'device',
  'credit-code',
  'company',
  'agent',
  'pin',
  'captcha',
  'sms-code',
  'account',
  'id-number',
  'person-name',
  'phone',
  'new-password',
  'password',
];

/**
 * Every place an entry's words stand, then, left to right, the longest-standing claim: at each place the entry
 * earliest in the list wins, and a token never overlaps the one before it (the semantics of one big alternation).
 */
function scan<T>(lexicon: Lexicon<T>, text: string): Token<T>[] {
  const candidates: { at: number; end: number; rank: number; groups?: Record<string, string | undefined> }[] = [];
  lexicon.res.forEach((re, rank) => {
    re.lastIndex = 0;
    for (let match = re.exec(text); match && candidates.length < MAX_CANDIDATES; match = re.exec(text)) {
      if (match[0].length === 0) re.lastIndex++;
      else candidates.push({ at: match.index, end: match.index + match[0].length, rank, groups: match.groups });
    }
  });
  candidates.sort((a, b) => a.at - b.at || a.rank - b.rank);
  const found: Token<T>[] = [];
  let free = 0;
  for (const { at, end, rank, groups } of candidates) {
    if (at < free || found.length >= MAX_TOKENS) continue;
    found.push({
      entry: lexicon.entries[rank]!,
      start: at,
      end,
      words: text.slice(at, end),
      ...(groups ? { groups } : {}),
    });
    free = end;
  }
  return found;
}

/** "在LDAP服务器中未找到": a thing named as the place where something is looked for is not what the state is about. */
const PLACE_BEFORE = /在[^,.!?;:。在]{0,8}$/u;
const PLACE_AFTER = /^[^,.!?;:。]{0,4}(?:中|里|内)/u;
function isPlace(text: string, object: Token<ObjectConcept>): boolean {
  return (
    PLACE_AFTER.test(text.slice(object.end, object.end + 5)) &&
    PLACE_BEFORE.test(text.slice(Math.max(0, object.start - 10), object.start))
  );
}

/** A message about the USB key or the CA client: a "password" in it is the key's PIN ("密码错误，请检查是否插入KEY"). */
const KEY_CONTEXT =
  /ca接口|调用ca|(?<![a-z])(?:u-?key|usb ?-?key|key|pkcs)(?![a-z])|u盾|介质|安全设备|智能卡|令牌|密码钥匙|电子密钥|数字证书|证书口令/iu;
const PIN = OBJECTS.find((entry) => entry.id === 'pin')!;
/** A message about a phone or a text message: a bare "验证码" in it is the SMS code ("手机号或验证码错误", "验证码每天发送不能超过5次"). */
const SMS_CONTEXT = compile('{sms}');
const SMS_CODE = OBJECTS.find((entry) => entry.id === 'sms-code')!;

/**
 * The things and states of a message. A thing inside a state's words ("验证" in "验证失败", "短信" in
 * "超过每日短信发送数量") is `inner`: the state is said of it only when its clause names no other thing.
 */
export function tokensOf(text: string): { objects: Token<ObjectConcept>[]; states: Token<StateConcept>[] } {
  const found = scan(OBJECT_LEXICON, text);
  // "证书吊销列表", "废除列表": a state word inside a thing's own name says nothing about it
  const states = scan(STATE_LEXICON, text).filter(
    (state) =>
      !found.some((o) => o.start <= state.start && o.end >= state.end && o.end - o.start > state.end - state.start),
  );
  const keyContext = KEY_CONTEXT.test(text);
  const smsContext = SMS_CONTEXT.test(text);
  const objects = found.map((object) => {
    const inner =
      states.some((state) => object.start >= state.start && object.end <= state.end) || isPlace(text, object);
    const entry =
      keyContext && object.entry.id === 'password' && /密码|口令/u.test(object.words)
        ? PIN
        : smsContext && object.entry.id === 'captcha' && object.words === '验证码'
          ? SMS_CODE
          : object.entry;
    return { ...object, entry, ...(inner ? { inner: true as const } : {}) };
  });
  return { objects, states };
}

/** What "<thing> is <state>" means; a state that reads like another one ("认证失败" like "错误") borrows its row. */
function meaningOf(thing: Token<ObjectConcept>, state: Token<StateConcept>): Category | undefined {
  const row = TABLE[thing.entry.id];
  return row[state.entry.id] ?? (state.entry.like ? row[state.entry.like] : undefined);
}

/** The thing a state is said of: in its clause on its side, else the other side, else the clause before's. */
function thingOf(
  text: string,
  state: Token<StateConcept>,
  all: readonly Token<ObjectConcept>[],
  clause: Clause,
): Token<ObjectConcept> | undefined {
  const objects = all.filter((o) => !o.inner);
  const inClause = objects.filter((o) => o.start >= clause.start && o.end <= clause.end);
  const own = all.find((o) => o.inner && o.start >= state.start && o.end <= state.end && meaningOf(o, state));
  if (own && !inClause.some((o) => meaningOf(o, state))) return own;
  // of the things in the pair, only those a mismatch can be said of ("签名控件的版本不匹配": the control, not 签名)
  const pairable = inClause.filter((o) => TABLE[o.entry.id].mismatch);
  if (state.entry.id === 'mismatch' && pairable.length > 0 && inClause.length > 1) {
    const rank = (o: Token<ObjectConcept>) => {
      const at = MISMATCH_ORDER.indexOf(o.entry.id);
      return at < 0 ? MISMATCH_ORDER.length : at;
    };
    return [...pairable].sort((a, b) => rank(a) - rank(b))[0];
  }
  const before = inClause.filter((o) => o.end <= state.start).at(-1);
  const following = inClause.filter((o) => o.start >= state.end);
  // "未查询到该纳税人的办税人员信息": in "A的B" the thing is B
  let head = 0;
  while (head + 1 < following.length && /^的?$/u.test(text.slice(following[head]!.end, following[head + 1]!.start)))
    head++;
  const after = following[head];
  const carried = objects.filter((o) => o.end <= clause.start).at(-1);
  // "Firefox无法加载此页面", "无法连接服务器": a negated verb takes the thing right after it as its object
  const negated = NEGATED_VERB.test(state.words) || (state.entry.id === 'empty' && NEGATED_EMPTY.test(state.words));
  const object = negated ? following.find((o) => o.start - state.end <= 3) : undefined;
  if (object && meaningOf(object, state)) return object;
  // "…Ukey只支持在IE浏览器中使用": what is supported or not is the browser
  if (state.entry.id === 'unsupported') {
    // the browser counts even named as a place ("只支持在IE浏览器中使用")
    const browser = all.find((o) => o.entry.id === 'browser' && o.start >= clause.start && o.end <= clause.end);
    if (browser) return browser;
  }
  const order = state.entry.side === 'before' ? [before, after, carried] : [after, before, carried];
  // "SSL 对等端无法核实您的证书": beside a certificate or a key, a connection or a server is only the setting
  const near = order.find((o) => o && meaningOf(o, state));
  if (near && SETTING.has(near.entry.id)) {
    const telling = inClause.find((o) => !SETTING.has(o.entry.id) && TELLING.has(o.entry.id) && meaningOf(o, state));
    if (telling) return telling;
  }
  // the nearest thing the state can be said of ("本系统不支持Edge浏览器": not the system, the browser)
  const paired = order.find((o) => o && meaningOf(o, state));
  if (paired) return paired;
  // "对等端不认可给您颁发证书的机构": past the neighbours, the nearest thing in the clause the state can be said of
  const distance = (o: Token<ObjectConcept>) => (o.end <= state.start ? state.start - o.end : o.start - state.end);
  const anyPaired = inClause.filter((o) => meaningOf(o, state)).sort((a, b) => distance(a) - distance(b))[0];
  return anyPaired ?? order.find(Boolean);
}

/**
 * "错误次数太多，该验证码已失效": a state that opens the message with no thing before it is said of the thing the next
 * fact names. Advice after it ("…次数过多，请输入验证码") names what to do next, not what the state was about.
 */
function opening(
  state: Token<StateConcept>,
  all: readonly Token<ObjectConcept>[],
  clause: Clause,
  next: Clause | undefined,
): Token<ObjectConcept> | undefined {
  if (!next || clause.kind !== 'fact' || next.kind !== 'fact' || all.some((o) => o.start < clause.end))
    return undefined;
  return all.find((o) => !o.inner && o.start >= next.start && o.end <= next.end && meaningOf(o, state));
}

/**
 * "证书与密钥不匹配", "私钥与公钥不相匹配": a certificate that does not fit its own key is a broken key pair, not a
 * certificate of another company (cert-mismatch needs a company, a person or an account in the pair).
 */
const KEY_THINGS: ReadonlySet<ObjectId> = new Set(['certificate', 'device', 'ca-module', 'trust-chain', 'pin']);
/** The things a clause names itself (not those inside a state's words). */
function thingIdsIn(objects: readonly Token<ObjectConcept>[], clause: Clause): ObjectId[] {
  return objects.filter((o) => !o.inner && o.start >= clause.start && o.end <= clause.end).map((o) => o.entry.id);
}

function keyPair(objects: readonly Token<ObjectConcept>[], clause: Clause): boolean {
  const things = thingIdsIn(objects, clause);
  const certificate = things.includes('certificate');
  const key = things.includes('device') || things.includes('ca-module');
  return certificate && key && things.every((id) => KEY_THINGS.has(id));
}

/** "邮箱和密码不匹配", "手机号与密码不一致": a login name with its password that do not fit is a wrong password. */
const LOGIN_NAMES: ReadonlySet<ObjectId> = new Set(['account', 'phone', 'id-number']);
function credentialPair(objects: readonly Token<ObjectConcept>[], clause: Clause): boolean {
  const things = thingIdsIn(objects, clause);
  return things.includes('password') && things.some((id) => LOGIN_NAMES.has(id)) && !things.includes('new-password');
}

/** "经办人与单位不匹配", "办税员身份信息与企业不一致": the person is not this company's agent. */
function agentPair(objects: readonly Token<ObjectConcept>[], clause: Clause): boolean {
  const things = thingIdsIn(objects, clause);
  return things.includes('agent') && things.includes('company');
}

/** What a mismatch of the clause's pair means when the pair itself says it (a key pair, a login name and password). */
function pairMeaning(objects: readonly Token<ObjectConcept>[], clause: Clause): Category | undefined {
  if (keyPair(objects, clause)) return 'cert-failed';
  if (agentPair(objects, clause)) return 'agent-not-linked';
  return credentialPair(objects, clause) ? 'password-wrong' : undefined;
}

const PAIR_NAMES: Partial<Record<Category, string>> = { 'cert-failed': 'key', 'agent-not-linked': 'agent' };

/** "手机号和验证码不能为空": several things left empty at once is an incomplete form, whatever the things are. */
function severalEmpty(state: Token<StateConcept>, objects: readonly Token<ObjectConcept>[], clause: Clause): boolean {
  if (state.entry.id !== 'empty') return false;
  return objects.filter((o) => !o.inner && o.start >= clause.start && o.end <= state.start).length > 1;
}

function hitOf(
  state: Token<StateConcept>,
  thing: Token<ObjectConcept> | undefined,
  clause: Clause,
  several: boolean,
  hedged: boolean,
): ConceptHit | undefined {
  const table = thing ? meaningOf(thing, state) : undefined;
  // a generic state ("访问被拒绝", "需要重新认证") said of a thing the table does not pair it with keeps its own meaning
  const generic = GENERIC_ALONE.has(state.entry.alone as Category) ? state.entry.alone : undefined;
  const category = several ? 'input-missing' : thing ? (table ?? generic) : state.entry.alone;
  if (!category) return undefined;
  const consequence = ['tries-left', 'will-lock', 'wait'].includes(state.entry.id);
  const what = thing ? `${thing.entry.id}-${state.entry.id}` : state.entry.id;
  return {
    category,
    rule: `${category}.${what}`,
    priority:
      (consequence && category === 'account-locked' ? CONSEQUENCE_PRIORITY : CATEGORY_PRIORITY[category]) -
      (hedged ? HEDGE_PENALTY : 0),
    tier: clause.kind === 'fact' && !state.entry.imperative ? 2 : 1,
    position: state.start,
    consequence,
    answerOnly: state.entry.answerOnly === true,
    evidence: `${thing ? `${thing.entry.id}「${thing.words}」` : '—'} × ${state.entry.id}「${state.words}」`,
  };
}

/** The concept hits of one normalised message, in text order. */
export function composeHits(text: string, clauses: readonly Clause[]): ConceptHit[] {
  const { objects, states } = tokensOf(text);
  const hits: ConceptHit[] = [];
  // "为了更好的体验, 请使用…": a request next to a recommendation is part of it
  const recommends = clauses.some((clause) => clause.kind === 'recommendation');
  for (const state of states) {
    const at = clauseAt(clauses, state.start);
    const clause = clauses[at];
    if (!clause || clause.kind === 'condition' || clause.kind === 'question' || clause.kind === 'recommendation')
      continue;
    if (recommends && clause.kind === 'advice') continue;
    if (DENIAL.test(text.slice(clause.start, state.start))) continue;
    const thing = thingOf(text, state, objects, clause) ?? opening(state, objects, clause, clauses[at + 1]);
    if (!thing && namesAField(state, text.slice(state.end, clause.end))) continue;
    const hedged = HEDGE.test(text.slice(clause.start, state.start));
    const hit = hitOf(state, thing, clause, severalEmpty(state, objects, clause), hedged);
    const pair = hit && state.entry.id === 'mismatch' ? pairMeaning(objects, clause) : undefined;
    if (hit && pair) {
      hit.category = pair;
      hit.rule = `${pair}.${PAIR_NAMES[pair] ?? 'credential'}-pair-mismatch`;
      hit.priority = CATEGORY_PRIORITY[pair];
    }
    if (hit) hits.push(hit);
  }
  // "您已长时间未操作，系统将在5分钟后自动登出": a logout announced is a notice, not a lapsed login
  const notice = LOGOUT_AHEAD.test(text)
    ? hits.filter((hit) => !/(?:reauth|logged-out|not-logged-in)$/u.test(hit.rule))
    : hits;
  return policyRemoved(checksAfterFailure(notice), clauses);
}

/** A logout that will happen ("将在5分钟后自动登出", "即将退出登录"). */
const LOGOUT_AHEAD = /(?:将|将会|即将)(?:在|于)?[^,.!?;。]{0,12}(?:自动)?(?:登出|退出|注销|下线)/u;

/** Advice that names a likely cause: "是否插入…", "是否正确安装…", "请插入…". */
const CHECKS = /-(?:check-present|check-installed|insert)$/u;
/** A failure said with no cause: a verb that went wrong ("签名错误", "操作失败"), not a thing in a bad state. */
const VAGUE =
  /\.(?:signature|login|request|system|ca-module)-(?:failed|wrong|check-failed)$|\.(?:failed|wrong|check-failed)$/u;

/**
 * "签名错误，请检查是否插入KEY": after a vague failure, the check the page asks for IS its diagnosis; it counts as
 * said as a fact. Alone on the page ("请检查UKey是否插好") it stays advice.
 */
function checksAfterFailure(hits: ConceptHit[]): ConceptHit[] {
  const vague = hits.some((hit) => hit.tier === 2 && VAGUE.test(hit.rule));
  if (!vague || hits.some((hit) => hit.tier === 2 && !VAGUE.test(hit.rule))) return hits;
  return hits.map((hit) => (CHECKS.test(hit.rule) ? { ...hit, tier: 2 } : hit));
}

/**
 * A lock that is only announced is a policy unless something happened: "超过5次后账号将被锁定" alone raises
 * nothing, and in "密码连续错误5次账号将被锁定" the error before the announcement, in its clause, is its condition.
 */
function policyRemoved(hits: ConceptHit[], clauses: readonly Clause[]): ConceptHit[] {
  const announced = hits.filter((hit) => hit.rule.endsWith('will-lock'));
  const kept = hits.filter((hit) => {
    if (hit.rule.endsWith('tries-left') || announced.includes(hit)) return true;
    const clause = clauseAt(clauses, hit.position);
    return !announced.some((lock) => clauseAt(clauses, lock.position) === clause && lock.position > hit.position);
  });
  return kept.every((hit) => announced.includes(hit)) ? [] : kept;
}

/** A vendor code the message carries, as a hit; used when its words told the engine nothing. */
export function codeHit(text: string): ConceptHit | undefined {
  const match = CODE_RE.exec(text);
  const code = (match?.[1] ?? match?.[2] ?? match?.[3])?.toLowerCase();
  const entry = code ? CODE_INDEX.get(code) : undefined;
  if (!entry || !match) return undefined;
  return {
    category: entry.category,
    rule: `${entry.category}.${entry.vendor}-code`,
    // the vendor's own diagnosis outranks what its generic wording suggests
    priority: CODE_PRIORITY,
    tier: 2,
    position: match.index,
    consequence: false,
    answerOnly: false,
    evidence: `${entry.vendor} code ${entry.code} (${entry.means})`,
  };
}
