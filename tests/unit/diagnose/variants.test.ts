import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose/engine';
import type { Surface } from '../../../src/core/diagnose/types';

/**
 * Other wordings of the meanings the engine knows, written by us in our own words (not corpus text): the kinds of
 * message issue 15 lists (captcha under its other names, "X与Y不一致" pairs, identity look-ups that find nothing,
 * keys under their many names, trust failures, control creation failures, session conflicts, limits) and page
 * texts that must stay silent. `''` = no finding. A regression guard for generalisation, not a measurement.
 */
const cases: [text: string, want: string, surface?: Surface][] = [
  ['附加码输入不正确', 'captcha-wrong'],
  ['校验码与图片不符，请重新输入', 'captcha-wrong'],
  ['图片校验码已失效', 'captcha-wrong'],
  ['姓名与身份证号码不一致', 'password-wrong'],
  ['统一社会信用代码与企业名称不匹配', 'credit-code-wrong'],
  ['数字证书与当前登录单位不一致', 'cert-mismatch'],
  ['该证件号码下没有有效的账号', 'account-not-registered'],
  ['此身份证号尚未注册', 'account-not-registered'],
  ['该账户已关闭', 'account-not-registered'],
  ['首次登录，请修改初始密码后再登录', 'password-expired'],
  ['未检测到介质，请确认介质已插好', 'cert-not-detected'],
  ['找不到电子钥匙', 'cert-not-detected'],
  ['加密锁读取失败', 'cert-not-detected'],
  ['证书颁发者不受信任', 'cert-failed'],
  ['根证书不可信', 'cert-failed'],
  ['该证书已被列入黑名单', 'cert-expired'],
  ['创建控件对象失败', 'client-missing'],
  ['签名组件未初始化', 'client-missing'],
  ['无法加载安全控件，请检查浏览器设置', 'client-missing'],
  ['上次登录未正常退出，请稍后再试', 'session-expired'],
  ['该用户已在另一台电脑登录', 'session-expired'],
  ['今日登录失败次数已达上限', 'account-locked'],
  ['短信发送太频繁，请1分钟后再试', 'sms-code-wrong'],
  ['服务暂不可用', 'maintenance'],
  ['账号或密码错误，您还有3次机会', 'password-wrong'],
  ['口令不对，请重新输入', 'password-wrong'],
  ['Ukey口令错误，还剩2次', 'pin-wrong'],
  ['证书信息有误(-2113667051)', 'cert-failed'],
  ['错误信息:私钥未载入', 'cert-not-detected'],
  ['操作失败(-2113667054)', 'cert-expired'],
  ['用户名或密码不匹配', 'password-wrong'],
  ['您的账号已被停用，请联系管理员', 'account-locked'],
  ['该手机号码未绑定任何账号', 'account-not-registered'],
  ['未查询到该纳税人的办税人员信息', 'agent-not-linked'],
  ['税控盘未连接', 'cert-not-detected'],
  ['U盾已冻结', 'pin-locked'],
  ['证书已吊销，无法登录', 'cert-expired'],
  ['网络请求失败', 'network'],
  ['平台正在维护', 'maintenance'],
  ['验证码已发送，请勿频繁获取', ''],
  ['请插入U盾后再点击登录', '', 'inline'],
  ['请插入U盾后再点击登录', 'cert-not-detected', 'dialog'],
  ['请先安装证书驱动', '', 'inline'],
  ['登录后台请使用IE浏览器', '', 'inline'],
  ['请输入图形验证码', '', 'inline'],
  ['密码连续错误5次账号将被锁定', '', 'inline'],
  ['首次登录请使用初始密码', '', 'inline'],
  ['为保障账户安全，请定期修改密码', '', 'inline'],
  ['请妥善保管U盾，不要借给他人使用', '', 'inline'],
  ['证书即将到期提醒', '', 'inline'],
];

describe('other wordings of known meanings', () => {
  it.each(cases)('%s → %s', (text, want, surface = 'dialog') => {
    expect(diagnose([{ text, surface }])[0]?.category ?? '').toBe(want);
  });
});
