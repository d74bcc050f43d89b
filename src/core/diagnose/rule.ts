import type { Category } from '../categories';
import type { FindingSeverity, PortalKind, Surface } from './types';

/**
 * A text rule, as data. Patterns are regular-expression sources written against the NORMALISED text
 * (NFKC, lower case, no spaces next to Chinese characters, full-width punctuation folded to ASCII) and may use
 * these shorthands, expanded by `compile`:
 *   `#`      a number, Arabic or Chinese (3, 30, 三, 两, 十五)
 *   `~`      a short gap inside one clause (0–12 characters, no punctuation)
 *   `{pw}` `{acct}` `{dev}` `{cert}` `{client}` `{bad}` `{gone}` `{browser}` `{sms}` `{later}` — word sets below
 * Numbers worth keeping go in NAMED groups: triesLeft, minutes, hours (→ minutes), days.
 * Patterns must be linear: bounded quantifiers only (`{0,10}`, `?`), never `*` or `+` (the lint test checks).
 */
export interface Rule {
  /** `<category>.<what>`, unique */
  id: string;
  category: Category;
  /** any one matching raises the finding */
  patterns: readonly string[];
  /** any one matching vetoes the rule for this message */
  unless?: readonly string[];
  /** only on these surfaces (default: all) */
  surfaces?: readonly Surface[];
  /** only on portals of these kinds (default: all, and unknown) */
  portalKinds?: readonly PortalKind[];
  severity: FindingSeverity;
  /** higher is shown first; see rules/index.ts for the scale */
  priority: number;
  /** a catch-all: raised only when no other rule matched the same message */
  fallback?: boolean;
  /** texts it must match and must not match; the tests walk them all */
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

export const NUMBER = '(?:\\d{1,6}|[零〇一二两三四五六七八九十百]{1,4})';
const GAP = '[^,.!?;:。]{0,12}?';

const WORDS: Record<string, string> = {
  pw: '(?:密码|口令|密碼)',
  acct: '(?:账号|帐号|账户|帐户|用户名|用户|登录名)',
  // a USB key / tax device / its private key, never the word 证书 alone
  dev: '(?:u-?key|usb ?-?key|uskey|u盾|ca锁|key|加密锁|金税盘|税控盘|密码器|介质|私钥|密钥|ic卡|身份验证盘|密码钥匙)',
  cert: '(?:数字证书|证书|u-?key|usb ?-?key|uskey|u盾|ca锁|key|加密锁|金税盘|税控盘|介质|密钥|ic卡|身份验证盘)',
  client: '(?:驱动|控件|插件|客户端|助手|应用环境|证书环境|中间件|组件|扩展|服务(?!器)|activex)',
  bad: '(?:错误|不正确|有误|不对|无效|校验失败|验证失败|不合法|非法)',
  gone: '(?:过期|失效|超时|到期)',
  browser: '(?:浏览器|(?<![a-z])ie(?![a-z])|chrome|谷歌|edge|firefox|火狐|360|极速模式|兼容模式|高速模式|兼容性视图)',
  // a message about a phone or a text message: its bare 验证码 is the SMS code
  sms: '(?:手机|短信|发送|下发|(?<![a-z])sms(?![a-z]))',
  // a date announced ahead: what follows is planned, not happening
  later: '(?:将于|将在|计划于|拟于|定于|将(?:要)?(?:进行|开展|实施))',
};

/** Expands the shorthands of one pattern source. */
export function expand(source: string): string {
  return source
    .replace(/\{(\w+)\}/g, (whole, name: string) => WORDS[name] ?? whole)
    .replace(/#/g, NUMBER)
    .replace(/~/g, GAP);
}

export function compile(source: string): RegExp {
  return new RegExp(expand(source), 'iu');
}
