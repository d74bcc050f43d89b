import { compile } from '../rule';
import type { Rule } from '../rule';
import { ACCOUNT_RULES } from './account';
import { CERTIFICATE_RULES } from './certificate';
import { ENVIRONMENT_RULES } from './environment';

/**
 * All text rules. One file per group, each sorted by id. Priority scale (higher is shown first): a lock or a
 * locked key (88–95) before the key and certificate problems (70–85), before account and code problems (50–70),
 * before the environment (40–50), before empty fields (~30) and the catch-alls (fallback, 10–20). Within one
 * category the higher-priority rule supplies the finding.
 */
export const RULES: readonly Rule[] = [...ACCOUNT_RULES, ...CERTIFICATE_RULES, ...ENVIRONMENT_RULES];

/**
 * Texts that look like errors by their words but are page furniture: labels ("证书密码:"), help links and FAQ titles
 * ("账号被锁定怎么办?", "忘记密码?"). A message matching one of these raises nothing.
 */
export const NOT_ERRORS: { patterns: readonly string[]; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  patterns: ['[:]$', '怎么办[?]?$|如何~[?]?$|^常见问题', '^[^,.!;。]{1,12}[?]$', '^[^,.!?:]{0,8}(?:说明|须知|指南|步骤):'],
  examples: {
    match: ['证书密码:', '全市参保单位及参保人:', '账号被锁定怎么办?', '忘记密码?', '如何解锁账号', '证书登录说明:请先安装证书助手'],
    noMatch: ['账号已被锁定,请联系管理员', '是否确认成为该企业的财务负责人,若不是请联系管理员解除关联?'],
  },
};

export interface CompiledRule {
  rule: Rule;
  patterns: RegExp[];
  unless: RegExp[];
}

export const COMPILED: readonly CompiledRule[] = RULES.map((rule) => ({
  rule,
  patterns: rule.patterns.map(compile),
  unless: (rule.unless ?? []).map(compile),
}));

export const NOT_ERROR_RES: readonly RegExp[] = NOT_ERRORS.patterns.map(compile);

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
