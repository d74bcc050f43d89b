/**
 * Certificate and password reminders, pure: profiles + what already fired + now → what to notify, when to look
 * again, and the popup's next reminder. The background (src/background/reminders.ts) keeps the fired set and the
 * one alarm; nothing here touches a browser API.
 */
export { chinaToday, dateOfDay, dayOf, remindAt, REMIND_HOUR } from './days';
export { reminderEntry } from './entry';
export { nextReminder, type NextReminder } from './next';
export { batchReminders, MAX_SHOWN_AT_ONCE, type ReminderBatch } from './batch';
export { planReminders, type DueReminder, type ReminderPlan } from './plan';
export {
  CERT_THRESHOLDS,
  PASSWORD_DAYS,
  PASSWORD_THRESHOLDS,
  STALE_AFTER_DAYS,
  firedKey,
  seriesOf,
  type ReminderKind,
} from './series';
