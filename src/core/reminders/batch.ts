/**
 * After a list of 50 companies is imported, many reminders may come due at once: a few are shown one by one, the rest
 * as one summary that opens the settings, so the desktop is not buried under notifications.
 */
import type { Localized } from '../categories';
import type { DueReminder } from './plan';

export const MAX_SHOWN_AT_ONCE = 3;

export interface ReminderBatch {
  shown: DueReminder[];
  /** the text of the summary for the others, null when all are shown */
  rest: { title: Localized; message: Localized } | null;
}

export function batchReminders(due: readonly DueReminder[]): ReminderBatch {
  // the most urgent first: an expired certificate before one due in a month
  const sorted = [...due].sort((a, b) => a.daysLeft - b.daysLeft);
  if (sorted.length <= MAX_SHOWN_AT_ONCE) return { shown: sorted, rest: null };
  const shown = sorted.slice(0, MAX_SHOWN_AT_ONCE - 1);
  const others = sorted.length - shown.length;
  return {
    shown,
    rest: {
      title: { 'zh-CN': `另有 ${others} 条提醒`, en: `${others} more reminders` },
      message: {
        'zh-CN': `还有 ${others} 家单位的证书快到期或该换密码了。点这里打开设置查看各单位的日期。`,
        en: `${others} more companies have a certificate expiring soon or a password change due. Click to open the settings and see their dates.`,
      },
    },
  };
}
