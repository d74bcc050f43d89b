/**
 * What a store reviewer or an IT department gets: the zips in release/ (made by `npm run pack` from dist/). Each must
 * hold exactly the built extension, carry package.json's version, pass the store's manifest checks, and explain
 * every permission it asks for in the listing (both languages) and in the privacy policy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { RELEASE_DIR, TARGETS, filesUnder, packageVersion, releaseFileName } from '../../scripts/package';
import { privacyPage } from '../../scripts/privacy-page';

const root = resolve(import.meta.dirname, '../..');
const version = packageVersion();
const temp = mkdtempSync(join(tmpdir(), 'login-assistant-release-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Manifest = Record<string, unknown> & { permissions?: string[]; optional_permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };

function unpack(target: (typeof TARGETS)[number]): Record<string, Uint8Array> {
  return unzipSync(readFileSync(join(RELEASE_DIR, releaseFileName(target, version))));
}
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const manifestOf = (files: Record<string, Uint8Array>) => JSON.parse(text(files['manifest.json'])) as Manifest;

function permissionsOf(manifest: Manifest): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
}

describe.each(TARGETS)('the %s package', (target) => {
  const files = unpack(target);
  const manifest = manifestOf(files);

  it('is named by and carries package.json version', () => {
    expect(readdirSync(RELEASE_DIR)).toContain(`login-assistant-${target}-${version}.zip`);
    expect(manifest.version).toBe(version);
  });

  it('holds exactly the built extension: no source maps, sources, tests or fixtures', () => {
    const names = Object.keys(files).filter((name) => !name.endsWith('/')).sort();
    expect(names).toEqual(filesUnder(resolve(root, 'dist', target)));
    for (const name of names) expect(name).not.toMatch(/\.map$|\.tsx?$|(^|\/)(tests?|fixtures|src|node_modules)\//);
  });

  it('has the fields the stores require, with every __MSG_ name present in both locales', () => {
    expect(manifest.manifest_version).toBe(3);
    for (const field of ['name', 'description', 'version', 'icons', 'action', 'default_locale']) expect(manifest).toHaveProperty(field);
    expect((manifest.icons as Record<string, string>)['128']).toBeDefined();
    expect(files[(manifest.icons as Record<string, string>)['128']!]).toBeDefined();
    expect(files[(manifest.action as { default_popup: string }).default_popup]).toBeDefined();
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const locale of ['zh_CN', 'en']) {
      const messages = JSON.parse(text(files[`_locales/${locale}/messages.json`])) as Record<string, { message: string }>;
      for (const name of names) expect(messages[name]?.message, `${locale} ${name}`).toBeTruthy();
    }
    if (target === 'chrome') expect((manifest.background as { service_worker: string }).service_worker).toBe('background.js');
    else expect((manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id).toMatch(/@/);
  });

  it('carries the privacy policy page, made from PRIVACY.md', () => {
    expect(text(files['privacy.html'])).toBe(privacyPage());
  });

  it('explains every permission it asks for in the listing (both languages) and in the privacy policy', () => {
    const listing = JSON.parse(readFileSync(resolve(root, 'store/listing.json'), 'utf8')) as Record<string, { permissions: Record<string, string> }>;
    const privacy = readFileSync(resolve(root, 'PRIVACY.md'), 'utf8');
    const [zhHalf, enHalf] = privacy.split('# Privacy policy (English)');
    const asked = permissionsOf(manifest);
    expect(asked).toContain('storage');
    for (const lang of ['zh-CN', 'en']) {
      expect(Object.keys(listing[lang]!.permissions).sort(), `listing ${lang} explains exactly what is asked`).toEqual(
        [...new Set(permissionsOf(manifestOf(unpack('chrome'))).concat(permissionsOf(manifestOf(unpack('firefox')))))].sort(),
      );
    }
    for (const permission of asked) {
      expect(zhHalf, `PRIVACY.md (中文) names ${permission}`).toContain(`\`${permission}\``);
      expect(enHalf, `PRIVACY.md (English) names ${permission}`).toContain(`\`${permission}\``);
    }
  });
});

describe('the Firefox package', () => {
  it('passes web-ext lint with no errors', () => {
    const dir = join(temp, 'firefox');
    for (const [name, bytes] of Object.entries(unpack('firefox'))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const bin = resolve(root, 'node_modules/.bin/web-ext');
    const args = ['lint', '--source-dir', dir, '--output', 'json', '--no-input', '--no-config-discovery'];
    let out: string;
    try {
      out = execFileSync(bin, args, { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, encoding: 'utf8' });
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: unknown[]; summary: { errors: number } };
    expect(report.summary.errors, JSON.stringify(report.errors)).toBe(0);
  });
});

describe('the store listing', () => {
  it('has screenshots at the stores\' 1280×800 (made by npm run demo)', () => {
    const dir = resolve(root, 'store/screenshots');
    const shots = readdirSync(dir).filter((name) => name.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const shot of shots) {
      const png = readFileSync(join(dir, shot));
      // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers at bytes 16 and 20
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], shot).toEqual([1280, 800]);
    }
  });

  it('has a name, a short and a long description in both languages within the stores\' limits', () => {
    const listing = JSON.parse(readFileSync(resolve(root, 'store/listing.json'), 'utf8')) as Record<string, { name: string; short: string; long: string[] }>;
    for (const lang of ['zh-CN', 'en']) {
      const entry = listing[lang]!;
      expect(entry.name.length).toBeGreaterThan(3);
      expect(entry.name.length).toBeLessThanOrEqual(75);
      expect(entry.short.length).toBeGreaterThan(10);
      expect(entry.short.length).toBeLessThanOrEqual(132);
      expect(entry.long.join('\n').length).toBeGreaterThan(200);
    }
  });
});
