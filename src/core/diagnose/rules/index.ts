import { compile, expand } from '../rule';
import type { Rule } from '../rule';
import { ACCOUNT_RULES } from './account';
import { CERTIFICATE_RULES } from './certificate';
import { ENVIRONMENT_RULES } from './environment';

/**
 * All text rules: the high-precision layer, next to the concept layer (../concepts). One file per group, each
 * sorted by id, each registered in RULE_GROUPS (a test compares the list with the folder). Priority scale (higher is shown first): a lock or a
 * locked key (88–95) before the key and certificate problems (70–85), before account and code problems (50–70),
 * before the environment (40–50), before empty fields (~30) and the catch-alls (fallback, 10–20). Within one
 * category the higher-priority rule supplies the finding.
 */
export const RULE_GROUPS: readonly { file: string; rules: readonly Rule[] }[] = [
  { file: 'account', rules: ACCOUNT_RULES },
  { file: 'certificate', rules: CERTIFICATE_RULES },
  { file: 'environment', rules: ENVIRONMENT_RULES },
];

export const RULES: readonly Rule[] = RULE_GROUPS.flatMap((group) => group.rules);

/**
 * Texts that look like errors by their words but are page furniture: labels ("证书密码:"), help links and FAQ titles
 * ("账号被锁定怎么办?", "忘记密码?"), and rules or tips that stand on the page as a whole message (a lock policy, an
 * install tip). A message matching one of these raises nothing.
 */
export const NOT_ERRORS: {
  patterns: readonly string[];
  examples: { match: readonly string[]; noMatch: readonly string[] };
} = {
  patterns: [
    '[:]$',
    '怎么办[?]?$|如何~[?]?$|^常见问题',
    '^[^,.!;。]{1,12}[?]$',
    '^[^,.!?:]{0,8}(?:说明|须知|指南|步骤):',
    // a title or a label: "证书到期提醒", "数字证书有效期查询"
    '^[^,.!?;:。]{2,20}(?:提醒|查询|说明|指南|须知|公告|通知|下载)$',
    // a help link's title: "证书过期处理办法", "登录失败的常见原因及解决办法", "密码错误锁定解除申请"
    '^(?![^,.!?;:。]{0,24}请)[^,.!?;:。]{2,24}(?:(?:处理|解决|应对)(?:办法|方法|方案|流程|措施|指引)?|办法|方法|攻略|教程|解除申请|解锁申请)$',
    // a lock rule standing on the page, as a whole message that says it is a tip or a condition:
    // "温馨提示:账号连续输错5次将被锁定30分钟" (without the tip or "如…" it may report what just happened)
    '^(?:(?:温馨提示|友情提示|重要提示|提示|注意):?(?:如|若|如果|当)?|如|若|如果|当)(?:{acct}|{pw})?(?:连续|累计)?(?:输错|输入错误|错误|登录失败)(?:{pw})?(?:#次|超过#次|达到#次)(?:以上|后|及以上)?,?(?:{acct}|系统)?(?:将|会|即将)被?(?:锁定|冻结)[^,!。;]{0,16}[。!]?$',
    // an install tip standing on a certificate login page, as a whole message: "如未安装证书助手,请先下载安装"
    '^(?:温馨提示|提示|注意)?:?(?:如|如果|若)您?(?:还|尚)?(?:未|没有|没)安装[^,。!;]{0,20},?请(?:先)?(?:点击|点此)?(?:下载|安装)[^,。!;]{0,16}[。!]?$',
    // an answer or a question of a help page ("答：请检查证书驱动…", "Q:为什么…")
    '^(?:答|问|解答|回答|q|a) ?:',
    // the legend of a form's asterisk: "带*号为必填项", "标*的为必填字段"
    '^[(注:]{0,3}(?:带|标有|标记|标|有)?[*]号?(?:的|标记的?)?(?:字段|项目?|内容)?(?:为|是|表示)必(?:填|须填写|需填写)(?:项|字段|项目|内容)?[。!)]{0,2}$',
  ],
  examples: {
    match: [
      '证书密码:',
      '全市参保单位及参保人:',
      '账号被锁定怎么办?',
      '忘记密码?',
      '如何解锁账号',
      '证书登录说明:请先安装证书助手',
      '温馨提示:账号连续输错5次将被锁定30分钟',
      '如密码连续输错5次,账号将被锁定',
      '如未安装证书助手,请先下载安装',
      '如果没有安装证书助手,请下载',
      '带*号为必填项',
      '证书过期处理办法',
      '网络连接异常处理',
      '答:请检查证书驱动是否安装',
      '*为必填字段',
      '证书即将到期提醒',
      '数字证书有效期查询',
    ],
    noMatch: [
      '账号已被锁定,请联系管理员',
      '是否确认成为该企业的财务负责人,若不是请联系管理员解除关联?',
      '用户名或密码错误,还可尝试2次后账号将被锁定',
      '密码不正确!已输入错误次数:3,输入错误次数超过3次后账号将被锁定!',
      '打开证书失败 1.如果您还没有安装河北ca数字证书助手,请到河北ca网站下载安装',
      '未安装证书助手,请下载安装后重试',
      '连续输错密码3次,账号将被锁定15分钟',
      '系统维护期间暂停服务',
    ],
  },
};

export interface CompiledRule {
  rule: Rule;
  patterns: RegExp[];
  /**
   * All patterns as one alternation: its first match is where the earliest pattern matches (a search finds the
   * leftmost place any alternative matches), found in one call instead of one per pattern. Group names are dropped
   * (one name may stand in two patterns); captures are read from `patterns`, for a rule that matched.
   */
  any: RegExp;
  /** all `unless` patterns as one alternation, or null */
  unlessAny: RegExp | null;
}

/** `(?<name>` → `(?:`; lookbehinds `(?<=` `(?<!` stay. */
const unnamed = (source: string) => source.replace(/\(\?<\w+>/g, '(?:');
const alternation = (sources: readonly string[]) =>
  new RegExp(sources.map((source) => `(?:${unnamed(expand(source))})`).join('|'), 'iu');

export const COMPILED: readonly CompiledRule[] = RULES.map((rule) => ({
  rule,
  patterns: rule.patterns.map(compile),
  any: alternation(rule.patterns),
  unlessAny: rule.unless?.length ? alternation(rule.unless) : null,
}));

/** Page furniture that carries error words: any one pattern matching, as one alternation. */
export const NOT_ERROR_RE: RegExp = alternation(NOT_ERRORS.patterns);

/**
 * Counters read from any message that raised a finding: tries left and durations. A rule's own named groups win
 * over these.
 */
export const COUNTER_RES: readonly RegExp[] = [
  '(?:还有|还剩|剩余|剩下|还可以?|还能)(?:尝试|输入|登录|重试)?(?:机会)?(?<triesLeft>#)次',
  '(?:剩余|剩下|可用)(?:尝试|输入|登录|重试)?次数(?:为|是|:)?(?<triesLeft>#)',
  '(?<days>#)天',
  '(?<hours>#)个?小时',
  '(?<minutes>#)分钟',
].map(compile);
