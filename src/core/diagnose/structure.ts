/**
 * Sentence structure of a normalised message: where its clauses are and what kind each is. A clause is a
 * FACT (the page reports something: "证书已过期"), ADVICE (it asks the user to do something: "请插入U盾"), a
 * LABEL (the "上海CA接口错误:" before the message proper: what follows the colon is the fact), a
 * RECOMMENDATION ("建议使用Chrome", "为了更好的体验…"), a CONDITION ("如密码连续输错5次" — a policy, not an
 * event) or a QUESTION ("账号被锁定怎么办?").
 */
export type ClauseKind = 'fact' | 'label' | 'advice' | 'recommendation' | 'condition' | 'question';

export interface Clause {
  start: number;
  end: number;
  kind: ClauseKind;
}

/** Clause breaks: sentence and clause punctuation (full-width forms are folded to ASCII by normalize). */
const BREAK = new Set([',', '.', '!', '?', ';', ':', '。', '~']);

const ADVICE = /^(?:请(?![求假])|请您|您可以?|可以|可(?!能)|需要?|须|务必|使用前|登录前|首次|初次|第一次|麻烦)/u;
const RECOMMENDATION =
  /^(?:不?建议|推荐|为了|为保证|为确保|为获得|为保障|最佳|更佳)|(?:建议|推荐)(?:您)?(?:使用|采用|安装|用)|(?:体验|效果)更?(?:佳|好)/u;
const CONDITION =
  /^(?:温馨提示|提示|注意)?(?:如|如果|若|假如|倘若|当(?![前日天时地月年])|一旦|若您|如您|否则|届时|将(?:会|要)?(?:无法|不能))(?![下何])/u;
/** The consequence half of "如果…，则/将…". */
const THEN = /^(?:则|将|就|那么|便|系统将|账号将|账户将)/u;
/** "如果您已办理登记，但未开通网上业务，将…": a clause that goes on with the condition (but, and, or) is still part of it. */
const CONTINUES = /^(?:但|但是|而|并且|并|且|或者|或|同时)(?![后来])/u;
/** "连续输错5次", "错误超过3次": a number of tries, said without anything that makes it happened ("已", "您已", "还剩"). */
const COUNT_NOT_REACHED =
  /^(?!.*(?:已|剩|还有|还可|目前|当前|本次|累计))[^,.!?;。]{0,16}(?:\d+|[一二三四五六七八九十两]{1,3})次[^,.!?;。]{0,10}[,]?$/u;
/** What a lock policy says will be done to the account or the key (both policy forms below share it). */
const LOCK_WORDS = '(?:锁定|冻结|锁死|禁用|停用|限制|暂停)';
/** "账号将被锁定30分钟", "将冻结账户": what will happen, said of the future. */
const FUTURE_CONSEQUENCE = new RegExp(`^[^,.!?;。\\d]{0,6}?(?:将|会|就会|即会)(?:会|被|会被)?${LOCK_WORDS}`, 'u');
/** "您的浏览器版本过低", "当前浏览器不支持…": the user's own browser, reported. */
const REPORTED_BROWSER = /(?:您|你|当前|目前|本机|所用)[^,.!?;。]{0,6}(?:浏览器|版本)|过低|太低|太旧|过旧/u;
const QUESTION = /(?:怎么办|怎么|如何|为什么|为何|吗|呢)\??$|\?$/u;

/**
 * "22:00", "IE6.0", "00:00~06:00": a colon, a dot or a tilde between digits breaks nothing; nor do the dot of a host
 * ("etax.example.gov.cn") and the colon of an address ("https://…").
 */
function betweenDigits(text: string, i: number): boolean {
  if (text[i] === '.' && /[a-z0-9]/u.test(text[i - 1] ?? '') && /[a-z0-9]/u.test(text[i + 1] ?? '')) return true;
  // the colon of a web address ("https://…")
  if (text[i] === ':' && text.startsWith('//', i + 1)) return true;
  return /[:~]/u.test(text[i] ?? '') && /\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? '');
}

/** Clauses are read in this much of a message; the rest of a long page counts as one fact. */
const MAX_CLAUSE_TEXT = 400;

/** Splits a normalised text into clauses and tells each one's kind. */
export function clausesOf(full: string): Clause[] {
  const text = full.slice(0, MAX_CLAUSE_TEXT);
  const clauses: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    // "账号已锁定请联系管理员": a request starts a clause of its own even without a comma
    const request =
      i > start && text[i] === '请' && !/[求假]/u.test(text[i + 1] ?? '') && !/[申邀提]/u.test(text[i - 1]!);
    if (request) {
      if (text.slice(start, i).trim()) clauses.push({ start, end: i, kind: kindOf(text.slice(start, i)) });
      start = i;
      continue;
    }
    if (i < text.length && (!BREAK.has(text[i]!) || betweenDigits(text, i))) continue;
    // the clause keeps its closing mark, so a question mark is seen
    const end = i < text.length ? i + 1 : i;
    const body = text.slice(start, end).trim();
    if (body.length > 0) clauses.push({ start, end, kind: kindOf(body) });
    start = end;
  }
  // "如果…没有动作，将自动注销…": what follows a condition and says what then happens belongs to it
  for (let i = 1; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const body = text.slice(clause.start, clause.end).trim();
    if (clauses[i - 1]!.kind === 'condition' && (THEN.test(body) || CONTINUES.test(body))) clause.kind = 'condition';
  }
  // "密码连续输错5次，账号将被锁定": a count of tries not yet reached, before what will then happen, is a policy's condition
  for (let i = 1; i < clauses.length; i++) {
    const [before, clause] = [clauses[i - 1]!, clauses[i]!];
    if (before.kind !== 'fact' || !FUTURE_CONSEQUENCE.test(text.slice(clause.start, clause.end).trim())) continue;
    if (!COUNT_NOT_REACHED.test(text.slice(before.start, before.end))) continue;
    before.kind = 'condition';
    clause.kind = 'condition';
  }
  // a short clause ending in a colon, with more after it, names what follows ("无效的密码:最短长度8")
  for (let i = 0; i + 1 < clauses.length; i++) {
    const clause = clauses[i]!;
    if (text[clause.end - 1] === ':' && clause.end - clause.start <= 16 && clause.kind === 'fact')
      clause.kind = 'label';
  }
  if (full.length > text.length) clauses.push({ start: text.length, end: full.length, kind: 'fact' });
  return clauses;
}

/** Leading brackets, quotes and list numbers ("(建议…", "2、如果…") do not change what a clause is. */
const LEAD = /^[\s([【「“"'*·-]{0,3}(?:\d{1,2}[、.)]|[一二三四五六七八九十][、.])?\s?/u;

/**
 * What will happen by itself once or when something is done ("未注册手机号登录后将自动生成账号", "…登录时将自动注册"): a
 * policy, like a condition.
 */
const AUTOMATIC_LATER = /(?:后|之后|以后|时)(?:将|会|即)(?:会)?(?:被)?自动/u;
/**
 * Lock policies in one clause: what happens after a number of tries ("Accounts are locked after 5 failed attempts";
 * not "after 2 more"), or what repeated wrong entries may or will do ("连续输错可能锁定UKey"; not once it has, 已).
 */
const POLICY_FORM = new RegExp(
  `(?<![a-z])after \\d{1,3} (?!more|remaining)(?:[a-z-]{1,12} ){0,2}(?:attempts|tries)(?![a-z])|^(?!.*已)[^,.!?;。]{0,12}(?:连续|多次|反复)(?:输错|输入错误|错误|失败)[^,.!?;。]{0,8}(?:可能|将|会|就会)(?:会)?被?${LOCK_WORDS}`,
  'u',
);
/** "本系统不支持IE8及以下版本浏览器": what versions are supported is a requirement, not a report on the user's browser. */
const VERSION_RANGE = /支持[^,.!?;。]{0,24}(?:及以下|及以上|以下|以上|或更高|或更低|以前)/u;

function kindOf(raw: string): ClauseKind {
  const body = raw.replace(LEAD, '');
  if (CONDITION.test(body) || AUTOMATIC_LATER.test(body) || POLICY_FORM.test(body)) return 'condition';
  if (RECOMMENDATION.test(body) || (VERSION_RANGE.test(body) && !REPORTED_BROWSER.test(body))) return 'recommendation';
  if (ADVICE.test(body) && !/^请(?:重新|稍后|重试|再试)/u.test(body)) return 'advice';
  if (QUESTION.test(body) && !body.startsWith('请')) return 'question';
  return 'fact';
}

/** The clause that holds position `at` (the last one when past the end). */
export function clauseAt(clauses: readonly Clause[], at: number): number {
  for (let i = 0; i < clauses.length; i++) if (at < clauses[i]!.end) return i;
  return clauses.length - 1;
}

/**
 * Words that make a message a REPORT of something that just went wrong even when it is phrased as advice:
 * a retry ("请重试", "请稍后再试", "后重试"), a correction ("请输入正确的…", "请重新输入"; not "找到正确的…" or
 * "重新从首页下载", which only explain), a check of a state asked for ("请确认…是否已安装"; a link "查看本机是否安装…" is none)
 * ("请检查驱动是否正确安装"), an apology.
 */
export const FAILURE_MARKER =
  /重试|再试|请重新|重新(?:登录|登陆|输入|获取|插入|插拔|认证|验证|连接|选择)|稍后|(?:输入|填写|选择|插入|使用)正确|(?:未|没有|是否|不)能?正确(?:地|的)?(?:安装|插入|连接|输入)|(?:确认|检查)[^,.!?;。]{0,12}是否|检查|抱歉|对不起|遗憾|sorry|无法|不能|失败|错误|有误|异常|否则/u;

/**
 * "如果提示“用户名或密码错误”，请…", "遇到“证书不存在”的提示": an error quoted as an example in help text is mentioned,
 * not reported; the quoted words are taken out before the message is read.
 */
const MENTION_AFTER_VERB = /(?<=提示|出现|显示|遇到|报|弹出|报错)["“「『][^"”」』]{1,40}["”」』]/gu;
const MENTION_BEFORE_NOUN =
  /["“「『][^"”」』]{1,40}["”」』](?=时|的(?:提示|错误|情况|问题)|等(?:提示|错误)|提示|怎么办)/gu;
export function withoutMentions(text: string): string {
  return text.replace(MENTION_AFTER_VERB, '').replace(MENTION_BEFORE_NOUN, '');
}

/**
 * The text of the clauses that report or ask something: a failure word inside a condition ("当提示验证码错误时") is
 * none; beside a form (`helpText`), nor is the advice that answers one ("如遇登录失败，请清除缓存后重试": what to do
 * if it happens; on an error page the same advice is the page's diagnosis).
 */
export function reportedText(text: string, clauses: readonly Clause[], helpText = false): string {
  const answersCondition = (i: number) =>
    helpText && clauses[i]!.kind === 'advice' && clauses[i - 1]?.kind === 'condition';
  return clauses
    .filter((clause, i) => clause.kind !== 'condition' && clause.kind !== 'question' && !answersCondition(i))
    .map((clause) => text.slice(clause.start, clause.end))
    .join(' ');
}

/**
 * Words before a state, in its clause, that deny it, only warn of it or schedule it ("不会被锁定", "为避免…被锁定",
 * "请勿", "系统将于今晚22:00进行升级", "到期后将无法登录").
 */
export const DENIAL =
  /(?:(?:不会|不再|无需|无须|不需要?|不必|不用|请勿|不要|避免|防止|以免|谨防|将于|将在|拟于|计划于?|定于|可能会)[^,.!?;。]{0,32}|(?:将|将会|就会)(?:自动|被|会被)?)$/u;
