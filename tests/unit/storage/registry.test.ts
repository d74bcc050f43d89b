/**
 * Every stored key is registered: the list is derived from src/shared/storage/keys (a file whose entry is not in
 * STORED_KEYS fails), and what the extension actually writes while it is used is checked against the list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { HANDLERS } from '../../../src/background/handlers';
import { emptySnapshot } from '../../../src/core/snapshot';
import { saveProfile, writeLastProfileId } from '../../../src/shared/profiles';
import type { StoredEntry } from '../../../src/shared/storage/entry';
import { entryOf, STORED_KEYS } from '../../../src/shared/storage/keys';
import { repairStorage } from '../../../src/shared/storage/repair';
import { forgetMigrated } from '../../../src/shared/storage/store';

vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => (name === 'langCode' ? 'zh-CN' : name));
beforeEach(forgetMigrated);

const KEYS_DIR = resolve(import.meta.dirname, '../../../src/shared/storage/keys');

const isEntry = (value: unknown): value is StoredEntry =>
  typeof value === 'object' && value !== null && 'area' in value && 'key' in value && 'recover' in value;

describe('the registry of stored keys', () => {
  it('lists every entry defined in the keys folder, once', async () => {
    const files = readdirSync(KEYS_DIR).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
    expect(files.length).toBeGreaterThanOrEqual(8);
    const defined: StoredEntry[] = [];
    for (const file of files) {
      const module = (await import(resolve(KEYS_DIR, file))) as Record<string, unknown>;
      const entries = Object.values(module).filter(isEntry);
      expect(entries.length, `${file} defines no stored entry`).toBeGreaterThan(0);
      defined.push(...entries);
    }
    for (const entry of defined)
      expect(STORED_KEYS, `${entry.area}:${entry.key} is not in STORED_KEYS`).toContain(entry);
    expect(new Set(STORED_KEYS.map((e) => `${e.area}:${e.key}`)).size).toBe(STORED_KEYS.length);
    expect(STORED_KEYS.length).toBe(defined.length);
  });

  it('every key the extension writes while it is used belongs to a registered entry', async () => {
    await saveProfile({
      id: 'a',
      name: '甲公司',
      creditCode: '91110000600037341L',
      agentId: '11010519491231002X',
      usualPortals: [],
    });
    await writeLastProfileId('a');
    await browser.storage.local.set({ language: 'en' });
    const sender = {
      id: browser.runtime.id,
      url: 'https://tpass.beijing.chinatax.gov.cn:8443/#/login',
      frameId: 0,
      tab: { id: 3 },
      documentId: 'doc',
    };
    const snapshot = {
      ...emptySnapshot(sender.url),
      title: '电子税务局',
      text: '账号密码登录 登录',
      buttons: ['登录'],
    };
    await HANDLERS['page-snapshot']({ type: 'page-snapshot', snapshot }, sender as never);
    await HANDLERS['page-messages'](
      { type: 'page-messages', messages: [{ text: '账号或密码错误', surface: 'toast' }] },
      sender as never,
    );
    await HANDLERS['hint-feedback'](
      { type: 'hint-feedback', action: 'not-helpful', categories: ['password-wrong'], scope: 'kind' },
      sender as never,
    );
    await browser.storage.local.set({ language: 42 });
    await repairStorage();
    for (const area of ['local', 'session'] as const) {
      const keys = Object.keys(await browser.storage[area].get(null));
      expect(keys.length).toBeGreaterThan(area === 'local' ? 4 : 2);
      for (const key of keys) expect(entryOf(area, key), `${area}:${key} is not registered`).toBeDefined();
    }
    expect(entryOf('local', 'mutedHints')).toBeUndefined();
  });
});

const SRC = resolve(import.meta.dirname, '../../../src');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/**
 * Files outside src/shared/storage that still call storage.local / storage.session themselves, with the keys they
 * use. Each key must be registered all the same (so export, repair and the reset message know it).
 */
const DIRECT_ACCESS: Record<string, string[]> = {
  'src/shared/language.ts': ['language'],
  // the user's custom portals (portals branch) read and write their list themselves
  'src/shared/custom-portals.ts': ['customPortals'],
  // the field note in the page reads the language choice itself (no storage layer in the page bundle)
  'src/content/fill/note-language.ts': ['language'],
  // the certificate reminders (companies branch) remember what they showed
  'src/background/reminders.ts': ['reminderFired'],
};

describe('storage is reached through registered keys', () => {
  it('a file that calls storage.local or storage.session itself is listed here, and every key it uses is registered', () => {
    const direct = walk(SRC)
      .map((file) => relative(resolve(SRC, '..'), file))
      .filter((file) => !file.startsWith('src/shared/storage/'))
      .filter((file) =>
        /\b(?:browser|chrome)\.storage\.(?:local|session)\./.test(readFileSync(resolve(SRC, '..', file), 'utf8')),
      );
    // a new file here: register each key it stores in src/shared/storage/keys (one file per key, listed in
    // keys/index.ts) and read it through src/shared/storage/store.ts, or list the file above with its keys
    expect(direct.filter((file) => !(file in DIRECT_ACCESS))).toEqual([]);
    for (const [file, keys] of Object.entries(DIRECT_ACCESS)) {
      for (const key of keys) expect(entryOf('local', key) ?? entryOf('session', key), `${file}: ${key}`).toBeDefined();
    }
  });
});
