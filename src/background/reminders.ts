/**
 * Certificate and password reminders (scheduling: src/core/reminders). One alarm, set to the next moment a reminder
 * can come due; a check runs on that alarm, on startup and whenever the profiles change. What fired is remembered in
 * storage.local before anything is shown, and checks run one after another, so no reminder is ever shown twice.
 * A click on a reminder opens the company's portal entry, else the settings.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { batchReminders, planReminders, reminderEntry } from '../core/reminders';
import { loadLanguage } from '../shared/language';
import { readProfiles } from '../shared/profiles';
import { uiLang } from '../shared/lang';
import { serially } from './serially';

const ALARM = 'reminders';
const FIRED_KEY = 'reminderFired';
const PROFILES_KEY = 'companyProfiles';
/** notification ids: `reminder:<fired key>` (its profile id is the key's first part), or the summary's */
const PREFIX = 'reminder:';
const SUMMARY_ID = 'reminder-summary';
/** Chrome refuses alarms sooner than this (and rounds up to it) */
const MIN_DELAY_MS = 30_000;

const FiredSchema = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(5_000));
const one = serially();

async function readFired(): Promise<string[]> {
  const stored = await browser.storage.local.get(FIRED_KEY);
  const parsed = FiredSchema.safeParse(stored[FIRED_KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}

/** Looks at every profile once: shows what came due, remembers it, sets the alarm for the next one. */
export function checkReminders(now = new Date()): Promise<void> {
  return one(async () => {
    // a wake-up by the alarm may come before the service worker has read the user's language choice
    const [profiles, fired] = await Promise.all([readProfiles(), readFired(), loadLanguage().catch(() => 'auto')]);
    const plan = planReminders(profiles, fired, now);
    // remembered first: a crash after this loses a reminder rather than showing it twice
    await browser.storage.local.set({ [FIRED_KEY]: plan.fired });
    const lang = uiLang();
    const batch = batchReminders(plan.due);
    for (const due of batch.shown) await notify(PREFIX + due.key, due.title[lang], due.message[lang]);
    if (batch.rest) await notify(SUMMARY_ID, batch.rest.title[lang], batch.rest.message[lang]);
    if (plan.nextCheck === null) await browser.alarms.clear(ALARM);
    else browser.alarms.create(ALARM, { when: Math.max(plan.nextCheck, Date.now() + MIN_DELAY_MS) });
  });
}

/** Opens where the reminder's company logs in (or the settings) and closes the notification. */
export async function openReminder(notificationId: string): Promise<void> {
  if (notificationId !== SUMMARY_ID && !notificationId.startsWith(PREFIX)) return;
  await browser.notifications.clear(notificationId);
  const profileId = notificationId.slice(PREFIX.length).split('|')[0];
  const profile = (await readProfiles()).find((p) => p.id === profileId);
  const url = profile ? reminderEntry(profile) : null;
  if (url) await browser.tabs.create({ url });
  else await browser.runtime.openOptionsPage();
}

/** Registers the listeners; called once, at the service worker's top level (so a wake-up finds them). */
export function startReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void checkReminders();
  });
  browser.notifications.onClicked.addListener((id) => void openReminder(id));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PROFILES_KEY in changes) void checkReminders();
  });
  browser.runtime.onStartup.addListener(() => void checkReminders());
  browser.runtime.onInstalled.addListener(() => void checkReminders());
  // The e2e tests' way in (tests/e2e/settings-companies.e2e.ts): a desktop notification cannot be clicked in
  // headless Chromium, and a test must not wait for a real day to pass. Only extension pages reach this scope.
  (globalThis as { loginAssistantReminders?: unknown }).loginAssistantReminders = { checkReminders, openReminder };
}
