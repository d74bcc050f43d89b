import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest, FIREFOX_ID } from '../../../scripts/manifest';
import { contentScriptMatches } from '../../../src/core/portals';

const source = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8')) as Record<
  string,
  unknown
>;

const VERSION = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }
).version;

describe('manifest transforms', () => {
  it('takes the version from package.json, its one source', () => {
    expect(source.version).toBeUndefined();
    expect(chromeManifest(source, contentScriptMatches(), VERSION).version).toBe(VERSION);
    expect(() => chromeManifest(source, contentScriptMatches(), 'v1-beta')).toThrow(/not a browser version/);
    expect(() => chromeManifest({ ...source, version: '9.9' }, contentScriptMatches(), VERSION)).toThrow(/one source/);
  });

  const chrome = chromeManifest(source, contentScriptMatches(), VERSION);
  const scripts = chrome.content_scripts as { matches: string[]; js: string[]; world?: string }[];

  it('fills every content script with the registry matches (one source of truth for hosts)', () => {
    expect(scripts.map((s) => s.js)).toEqual([['content.js'], ['native-dialogs.js']]);
    for (const script of scripts) expect(script.matches).toEqual(contentScriptMatches());
    expect(scripts[1]!.world).toBe('MAIN');
  });

  it('asks for the minimum: no all-sites host permission, no web-accessible resources', () => {
    // host access only where the content script runs anyway (the hint's code is injected there, hint-code.ts)
    expect(chrome.host_permissions).toEqual(contentScriptMatches());
    expect(chrome.host_permissions).not.toContain('*://*/*');
    expect(chrome.web_accessible_resources).toBeUndefined();
    expect(chrome.permissions).toEqual([
      'storage',
      'activeTab',
      'scripting',
      'offscreen',
      'clipboardWrite',
      'alarms',
      'notifications',
    ]);
    expect(chrome.optional_host_permissions).toEqual(['*://*/*', 'http://127.0.0.1/*', 'https://127.0.0.1/*']);
  });

  it('refuses to build without matches', () => {
    expect(() => chromeManifest(source, [], VERSION)).toThrow(/no content-script matches/);
  });

  it('turns the service worker into Firefox background scripts with a gecko id', () => {
    const firefox = firefoxManifest(chrome);
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect((firefox.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(FIREFOX_ID);
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
    expect(firefox.permissions).toEqual([
      'storage',
      'activeTab',
      'scripting',
      'clipboardWrite',
      'alarms',
      'notifications',
    ]);
  });
});
