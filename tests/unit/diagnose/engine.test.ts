import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../../src/core/diagnose/index';
import { diagnose, diagnoseText } from '../../../src/core/diagnose/engine';
import { normalize, parseNumber } from '../../../src/core/diagnose/normalize';
import type { PageMessage } from '../../../src/core/diagnose/types';
import { messagesSample as sample } from '../examples';

const categories = (text: string) => diagnoseText(text).map((finding) => finding.category);

describe('normalize', () => {
  it('folds width, case, tags, entities, breaks and the spaces around Chinese', () => {
    expect(normalize('登录失败，这是第 3 次尝试')).toBe('登录失败,这是第3次尝试');
    expect(normalize('<b>证书</b>&nbsp;已过期！')).toBe('证书已过期!');
    expect(normalize('ＵＫＥＹ 未插入')).toBe('ukey未插入');
    expect(normalize('第一行\n第二行')).toBe('第一行.第二行');
    expect(normalize('USB  Key\t插入')).toBe('usb key插入');
    expect(normalize('x'.repeat(5000)).length).toBe(2000);
  });

  it('reads Arabic and Chinese numbers', () => {
    expect(parseNumber('30')).toBe(30);
    expect(parseNumber('两')).toBe(2);
    expect(parseNumber('十')).toBe(10);
    expect(parseNumber('十五')).toBe(15);
    expect(parseNumber('二十四')).toBe(24);
    expect(parseNumber('一百')).toBe(100);
    expect(parseNumber('x')).toBeUndefined();
  });
});

describe('diagnose', () => {
  it('puts the cause (wrong password) before its consequence (tries left) and keeps the numbers on both', () => {
    const findings = diagnoseText('密码错误，还有2次机会');
    expect(findings.map((f) => f.category)).toEqual(['password-wrong', 'account-locked']);
    expect(findings[0]?.captures.triesLeft).toBe(2);
    expect(findings[1]?.captures.triesLeft).toBe(2);
  });

  it('captures durations, in Chinese numerals too', () => {
    expect(diagnoseText('账号已锁定，请两小时后再试')[0]?.captures.minutes).toBe(120);
    expect(diagnoseText('账号已锁定，请1小时30分钟后再试')[0]?.captures.minutes).toBe(90);
    expect(diagnoseText('密码错误，还有三次机会')[0]?.captures.triesLeft).toBe(3);
    expect(diagnoseText('您的证书还有十五天过期')[0]?.captures).toEqual({ days: 15 });
    expect(diagnoseText('您的证书还有5小时过期')[0]?.captures.minutes).toBe(300);
  });

  it('fills the finding from the rule and the knowledge base', () => {
    const [finding] = diagnose([{ text: '证书已过期！', surface: 'dialog' }]);
    expect(finding).toMatchObject({
      category: 'cert-expired',
      rule: 'cert-expired.expired',
      severity: 'error',
      title: { 'zh-CN': '证书已过期或已作废', en: 'Certificate expired or revoked' },
      message: '证书已过期！',
      surface: 'dialog',
    });
  });

  it('keeps one finding per category across messages, best first', () => {
    const messages: PageMessage[] = [
      { text: '登录失败', surface: 'toast' },
      { text: '用户名或密码错误', surface: 'inline' },
      { text: '密码不正确', surface: 'field' },
      { text: '网络异常', surface: 'toast' },
    ];
    const findings = diagnose(messages);
    expect(findings.map((f) => f.category)).toEqual(['password-wrong', 'network', 'login-failed']);
    expect(findings[0]?.surface).toBe('inline');
  });

  it('drops catch-alls when the same message says more', () => {
    expect(categories('登录失败，用户名或密码错误')).toEqual(['password-wrong']);
    expect(categories('用户名或密码错误，请重新登录')).toEqual(['password-wrong']);
  });

  it('reads a bare "请输入…" as an error only where errors stand', () => {
    expect(categories('请输入密码')).toEqual([]);
    expect(diagnose([{ text: '请输入密码', surface: 'field' }]).map((f) => f.category)).toEqual(['input-missing']);
    expect(diagnose([{ text: '请输入密码', surface: 'alert' }]).map((f) => f.category)).toEqual(['input-missing']);
  });

  it('ignores labels and help links', () => {
    expect(categories('证书密码：')).toEqual([]);
    expect(categories('账号被锁定怎么办？')).toEqual([]);
    expect(categories('忘记密码？')).toEqual([]);
  });

  it('accepts a portal id or kind as context', () => {
    expect(diagnose([{ text: '密码错误', surface: 'toast' }], { portalId: 'e-tax/beijing' })[0]?.category).toBe(
      'password-wrong',
    );
    expect(diagnose([{ text: '密码错误', surface: 'toast' }], { kind: 'housing-fund' })[0]?.category).toBe(
      'password-wrong',
    );
  });

  it('bounds the kept message', () => {
    const [finding] = diagnoseText(`密码错误${'。'.repeat(1000)}`);
    expect(finding?.message.length).toBeLessThanOrEqual(300);
  });

  it('never throws, on anything', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => {
        const findings = diagnoseText(text);
        expect(Array.isArray(findings)).toBe(true);
        for (const f of findings) expect(typeof f.category).toBe('string');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(Array.isArray(diagnoseText(text))).toBe(true);
      }),
      { numRuns: 300 },
    );
    const hostile = [null, undefined, 42, { text: 1 }, { surface: 'x' }] as unknown as PageMessage[];
    expect(diagnose(hostile)).toEqual([]);
    expect(diagnose(undefined as unknown as PageMessage[])).toEqual([]);
  });

  it('takes well under 1 ms per message (median)', () => {
    const texts = [...sample.errors.map((e) => e.text), ...sample.negatives.map((n) => n.text)];
    const long = fc.sample(fc.string({ unit: 'grapheme', minLength: 1500, maxLength: 2000 }), { numRuns: 50, seed: 7 });
    const median = (batch: string[]) => {
      for (const text of batch) diagnoseText(text); // warm up
      const times: number[] = [];
      for (let round = 0; round < 5; round++) {
        for (const text of batch) {
          const start = performance.now();
          diagnoseText(text);
          times.push(performance.now() - start);
        }
      }
      times.sort((a, b) => a - b);
      return times[times.length >> 1] ?? 0;
    };
    const real = median(texts);
    const random = median(long);
    console.log(
      `median per message: ${(real * 1000).toFixed(1)} µs (sample), ${(random * 1000).toFixed(1)} µs (random 1.5–2k chars)`,
    );
    expect(real).toBeLessThan(1);
    expect(random).toBeLessThan(1);
  });
});

describe('diagnoseTextLine and the public API', () => {
  it('answers in the CLI shape', () => {
    expect(api.diagnoseTextLine('证书已过期！')).toEqual({
      text: '证书已过期！',
      findings: [
        { category: 'cert-expired', rule: 'cert-expired.expired', severity: 'error', title: '证书已过期或已作废' },
      ],
    });
    expect(api.diagnoseTextLine('登录成功')).toEqual({ text: '登录成功', findings: [] });
  });

  it('re-exports the public functions', () => {
    for (const name of [
      'diagnose',
      'diagnoseText',
      'explain',
      'lockoutWarning',
      'countsAsFailedAttempt',
      'diagnoseTextLine',
    ] as const) {
      expect(typeof api[name]).toBe('function');
    }
    expect(api.RULES.length).toBeGreaterThan(20);
  });
});

describe('inline text right after an attempt (PageMessage.afterAttempt)', () => {
  const first = (message: PageMessage) => diagnose([message])[0]?.category;

  it('is judged as the page’s answer: a bare rule message under a field is an error then, advice before', () => {
    for (const text of ['请填写用户名.', '请输入图片中的验证码', '* 5-50个字符']) {
      expect(first({ text, surface: 'inline', afterAttempt: true }), text).toBe('input-missing');
      expect(first({ text, surface: 'inline' }), text).toBeUndefined();
      expect(first({ text, surface: 'inline', afterAttempt: false }), text).toBeUndefined();
    }
    expect(first({ text: '请先插入U盾', surface: 'inline', afterAttempt: true })).toBe('cert-not-detected');
    expect(first({ text: '请先插入U盾', surface: 'inline' })).toBeUndefined();
  });

  it('keeps the surface the message was seen on, for the hint to sit beside it', () => {
    expect(diagnose([{ text: '请填写密码.', surface: 'inline', afterAttempt: true }])[0]?.surface).toBe('inline');
  });

  it('changes nothing for a whole page (a new document) or for page furniture', () => {
    expect(first({ text: '请使用IE浏览器访问本系统', surface: 'page', afterAttempt: true })).toBeUndefined();
    for (const text of ['忘记密码?', '登录成功', '© 2024 国家税务总局 版权所有'])
      expect(first({ text, surface: 'inline', afterAttempt: true }), text).toBeUndefined();
  });

  it('the CLI says so: --after-attempt, and "judgedAs" under --explain', () => {
    expect(api.diagnoseTextLine('请填写用户名.').findings).toEqual([]);
    const line = api.diagnoseTextLine('请填写用户名.', 'inline', true, true);
    expect(line.findings.map((f) => f.category)).toEqual(['input-missing']);
    expect(line.explain?.judgedAs).toBe('dialog');
    expect(api.diagnoseTextLine('请填写用户名.', 'inline', true).explain?.judgedAs).toBe('inline');
  });
});
