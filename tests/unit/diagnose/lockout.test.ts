import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../../../src/core/diagnose/engine';
import { countsAsFailedAttempt, lockoutWarning } from '../../../src/core/diagnose/lockout';

describe('countsAsFailedAttempt', () => {
  const counts = (text: string) => diagnoseText(text).some(countsAsFailedAttempt);
  it('counts wrong credentials and "N tries left"', () => {
    expect(counts('用户名或密码错误')).toBe(true);
    expect(counts('PIN码错误')).toBe(true);
    expect(counts('纳税人识别号不存在')).toBe(true);
    expect(counts('登录失败')).toBe(true);
    expect(counts('登录失败,还有3次机会')).toBe(true);
  });
  it('does not count codes, locks, the key, the browser or the network', () => {
    expect(counts('验证码错误')).toBe(false);
    expect(counts('短信验证码错误')).toBe(false);
    expect(counts('账号已被锁定')).toBe(false);
    expect(counts('未检测到数字证书')).toBe(false);
    expect(counts('网络异常')).toBe(false);
    expect(counts('浏览器不兼容')).toBe(false);
  });
});

describe('lockoutWarning', () => {
  const warn = (text: string, failures = 1, kind?: 'e-tax' | 'social-insurance') =>
    lockoutWarning({ findings: diagnoseText(text), failures, ...(kind ? { kind } : {}) });

  it('warns before the last try', () => {
    const one = warn('密码错误,还有1次机会');
    expect(one?.en).toMatch(/^One try left — reset the password instead/);
    expect(one?.['zh-CN']).toContain('只剩 1 次');
    expect(warn('用户名或密码错误,还可尝试2次后账号将被锁定')?.['zh-CN']).toContain('只剩 2 次');
    expect(warn('密码错误,剩余尝试次数0')?.en).toContain('No tries are left');
  });

  it('stays quiet while there are tries to spare', () => {
    expect(warn('密码错误,还有4次机会')).toBeUndefined();
    expect(warn('用户名或密码错误', 1)).toBeUndefined();
    expect(warn('验证码错误', 9)).toBeUndefined();
  });

  it('counts consecutive failures when the page gives no number', () => {
    const w = warn('用户名或密码错误', 3);
    expect(w?.['zh-CN']).toContain('连续失败 3 次');
    expect(w?.en).toContain('3 failed attempts');
  });

  it('says when a locked account unlocks, if the page said so', () => {
    expect(warn('账号已被锁定,请30分钟后重试')?.['zh-CN']).toContain('30 分钟后解锁');
    expect(warn('账户已锁定,请2小时后再试')?.en).toContain('about 2 hours');
    expect(warn('账号锁定一天')?.['zh-CN']).toContain('1 天');
  });

  it('otherwise gives the reset or hotline path, per portal kind', () => {
    const etax = warn('连续认证错误次数过多,您的账号已被锁定。建议您直接使用"忘记密码"修改密码', 5, 'e-tax');
    expect(etax?.['zh-CN']).toContain('忘记密码');
    expect(etax?.['zh-CN']).toContain('12366');
    expect(warn('账号已被锁定,请联系管理员', 1, 'social-insurance')?.['zh-CN']).toContain('12333');
  });

  it('handles the USB key separately', () => {
    expect(warn('校验证书密码失败!您还有2次机会重试!')?.['zh-CN']).toContain('U 盾就会被锁死');
    expect(warn('PIN码已锁死')?.en).toContain('PIN is locked');
    expect(warn('PIN码错误', 3)?.en).toContain('PIN was wrong 3 times');
  });

  it('tolerates bad input', () => {
    expect(lockoutWarning({ findings: [], failures: Number.NaN })).toBeUndefined();
    expect(lockoutWarning({ findings: diagnoseText('密码错误'), failures: -4 })).toBeUndefined();
  });
});
