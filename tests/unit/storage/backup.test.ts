/** Export / import: the round trip reproduces the settings; bad, foreign and future files are refused untouched. */
import { beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { readProfiles, saveProfile } from '../../../src/shared/profiles';
import { applyBackup, BACKUP_FORMAT, exportSettings, parseBackup } from '../../../src/shared/storage/backup';
import { mute } from '../../../src/shared/storage/mutes';
import { forgetMigrated } from '../../../src/shared/storage/store';

beforeEach(forgetMigrated);

const AGENT_ID = '11010519491231002X';
const FORGOTTEN = {
  id: 'a',
  name: '甲公司',
  creditCode: '91110000600037341L',
  agentId: AGENT_ID,
  usualPortals: ['e-tax/beijing'],
};
const REMEMBERED = {
  id: 'b',
  name: '乙公司',
  creditCode: '91110000600037341L',
  agentId: '110101199003071234',
  rememberAgentId: true,
  usualPortals: [],
};

async function someSettings() {
  await saveProfile(FORGOTTEN);
  await saveProfile(REMEMBERED);
  await browser.storage.local.set({ lastCompany: 'b', language: 'en' });
  await mute('e-tax/beijing', 'kind', ['password-wrong']);
  await mute('si.example.gov.cn', 'site', []);
  await browser.storage.local.set({
    customPortals: [
      {
        url: 'https://gjj.example-city.cn/login',
        host: 'gjj.example-city.cn',
        name: '某市公积金',
        kind: 'housing-fund',
      },
    ],
  });
}

const settingsNow = async () => {
  const local = await browser.storage.local.get(null);
  for (const key of Object.keys(local)) if (key.startsWith('storageReset:')) delete local[key];
  return local;
};

describe('export', () => {
  it('names its format and version and holds every setting, but no agent ID the user did not ask to remember', async () => {
    await someSettings();
    const backup = await exportSettings(new Date('2026-12-01T10:00:00Z'));
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 2, exportedAt: '2026-12-01T10:00:00.000Z' });
    expect(Object.keys(backup.settings).sort()).toEqual([
      'companyProfiles',
      'customPortals',
      'language',
      'lastCompany',
      'mutes',
    ]);
    const text = JSON.stringify(backup);
    expect(text).not.toContain(AGENT_ID);
    expect(text).toContain('110101199003071234');
    expect(backup.settings.mutes).toEqual({
      'e-tax/beijing': { scope: 'kind', categories: ['password-wrong'] },
      'si.example.gov.cn': { scope: 'site' },
    });
  });
});

describe('import', () => {
  it('an export imported into a fresh browser reproduces identical settings', async () => {
    await someSettings();
    const before = await settingsNow();
    const text = JSON.stringify(await exportSettings());
    await browser.storage.local.clear();
    await browser.storage.session.clear();
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) await applyBackup(parsed.settings);
    expect(await settingsNow()).toEqual(before);
    // the agent ID that lived in session storage is gone with the session, as it would be after a restart
    expect((await readProfiles()).map((p) => p.agentId)).toEqual([undefined, '110101199003071234']);
  });

  it('replaces what is there: a company the file does not have is gone, a setting it lacks is back to its default', async () => {
    await someSettings();
    const file = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 2,
      settings: { companyProfiles: [FORGOTTEN], mutes: {} },
    });
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.reason);
    await applyBackup(parsed.settings);
    expect((await readProfiles()).map((p) => p.id)).toEqual(['a']);
    const local = await browser.storage.local.get(null);
    expect(local.language).toBe('auto');
    expect(local.lastCompany).toBeUndefined();
  });

  it('an export of version 1 (mutedHints) is brought up to date by the migrations', () => {
    const file = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      settings: { companyProfiles: [], mutedHints: { x: ['network'] } },
    });
    expect(parseBackup(file)).toEqual({
      ok: true,
      settings: {
        companyProfiles: [],
        lastCompany: null,
        mutes: { x: { scope: 'kind', categories: ['network'] } },
        language: 'auto',
        customPortals: [],
      },
    });
  });

  it('refuses a broken, a foreign, a future and an invalid file, each with its reason, and writes nothing', async () => {
    await someSettings();
    const before = await settingsNow();
    const cases: [string, string, string?][] = [
      ['{"format": "login-assistant-settings", "version": 2, "sett', 'not-json'],
      ['', 'not-json'],
      ['{"name": "package", "version": "1.0.0"}', 'foreign'],
      ['[1, 2, 3]', 'foreign'],
      ['"login-assistant-settings"', 'foreign'],
      [JSON.stringify({ format: BACKUP_FORMAT, version: 3, settings: {} }), 'future'],
      [JSON.stringify({ format: BACKUP_FORMAT, version: 0, settings: {} }), 'invalid'],
      [JSON.stringify({ format: BACKUP_FORMAT, version: 2, settings: 'all' }), 'invalid'],
      [
        JSON.stringify({ format: BACKUP_FORMAT, version: 2, settings: { companyProfiles: [{ id: 'x' }] } }),
        'invalid',
        'storedProfiles',
      ],
      [
        JSON.stringify({ format: BACKUP_FORMAT, version: 2, settings: { mutes: { a: { scope: 'all' } } } }),
        'invalid',
        'storedMutes',
      ],
      [
        JSON.stringify({ format: BACKUP_FORMAT, version: 2, settings: { language: 'fr' } }),
        'invalid',
        'storedLanguage',
      ],
    ];
    for (const [text, reason, label] of cases) {
      const result = parseBackup(text);
      expect(result, text).toEqual(label ? { ok: false, reason, label } : { ok: false, reason });
    }
    expect(await settingsNow()).toEqual(before);
  });

  it('reads a file saved with a byte-order mark, and strips keys no setting has (a password has nowhere to go)', () => {
    const profile = { ...FORGOTTEN, password: 'secret', pin: '1234' };
    const result = parseBackup(
      `\uFEFF${JSON.stringify({ format: BACKUP_FORMAT, version: 2, settings: { companyProfiles: [profile] } })}`,
    );
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/secret|1234/);
  });
});
