/**
 * What a reminder says, in both languages. The company is named, and its credit code shown masked so two branches
 * of one name can be told apart; no agent ID is ever part of it. The whole text is masked once more, because a
 * company name typed by the user may itself hold a number.
 */
import type { Localized } from '../categories';
import { maskId, maskIdentifiers } from '../mask';
import type { Series } from './series';

export interface ReminderText {
  title: Localized;
  message: Localized;
}

function masked(text: Localized): Localized {
  return { 'zh-CN': maskIdentifiers(text['zh-CN']), en: maskIdentifiers(text.en) };
}

function company(series: Series): Localized {
  const name = series.profile.name || series.profile.creditCode;
  const code = series.profile.creditCode ? maskId(series.profile.creditCode) : '';
  return code && name !== series.profile.creditCode
    ? { 'zh-CN': `${name}（${code}）`, en: `${name} (${code})` }
    : { 'zh-CN': name, en: name };
}

/** "证书" + "7 天后" → "证书 7 天后" (a space before a number, as Chinese typesetting has it), "证书今天" */
export function spaced(word: string, when: string): string {
  return /^\d/.test(when) ? `${word} ${when}` : `${word}${when}`;
}

/** "in 7 days" / "today" / "3 days ago" */
export function whenText(daysLeft: number): Localized {
  if (daysLeft > 0) return { 'zh-CN': `${daysLeft} 天后`, en: daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days` };
  if (daysLeft === 0) return { 'zh-CN': '今天', en: 'today' };
  return { 'zh-CN': `${-daysLeft} 天前`, en: `${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago` };
}

function certText(series: Series, daysLeft: number): ReminderText {
  const who = company(series);
  const when = whenText(daysLeft);
  if (daysLeft < 0) {
    return {
      title: { 'zh-CN': '数字证书已过期', en: 'Certificate expired' },
      message: {
        'zh-CN': `${who['zh-CN']}的数字证书已于 ${series.date} 过期（${when['zh-CN']}），用它登录会失败：请到发证的 CA 机构办理更新。`,
        en: `The certificate of ${who.en} expired on ${series.date} (${when.en}); logging in with it fails. Renew it with the CA that issued it.`,
      },
    };
  }
  return {
    title: { 'zh-CN': `${spaced('数字证书', when['zh-CN'])}到期`, en: `Certificate expires ${when.en}` },
    message: {
      'zh-CN': `${who['zh-CN']}的数字证书（U盾）${series.date} 到期：请在到期前到发证的 CA 机构办理更新，以免耽误报税和缴费。`,
      en: `The certificate (USB key) of ${who.en} expires on ${series.date}. Renew it with its CA before then, so filing and payments are not held up.`,
    },
  };
}

function passwordText(series: Series, daysLeft: number): ReminderText {
  const who = company(series);
  const every = series.profile.passwordEveryDays ?? 0;
  const when = whenText(daysLeft);
  return {
    title:
      daysLeft > 0
        ? { 'zh-CN': `${when['zh-CN']}该换密码了`, en: `Password change due ${when.en}` }
        : { 'zh-CN': '该换密码了', en: 'Time to change the password' },
    message: {
      'zh-CN': `${who['zh-CN']}：您设定每 ${every} 天更换一次登录密码，这次在 ${series.date}。换好后请在设置里把“上次更换密码”改为当天。`,
      en: `${who.en}: you chose to change the login password every ${every} days; this time on ${series.date}. After changing it, set "password last changed" in the settings to that day.`,
    },
  };
}

export function reminderText(series: Series, daysLeft: number): ReminderText {
  const text = series.kind === 'cert' ? certText(series, daysLeft) : passwordText(series, daysLeft);
  return { title: masked(text.title), message: masked(text.message) };
}
