/**
 * Headless Chromium cannot answer a permission prompt: `permissions.request` for 127.0.0.1 stays pending forever
 * (tried: a real click in the popup, Chromium's --apps-gallery-install-auto-confirm-for-tests switch, the
 * chrome://extensions developerPrivate API; none grants an optional host permission). So for the "user said Allow"
 * path the e2e tests load a COPY of the built extension whose manifest grants 127.0.0.1 at install, as if the
 * user had allowed it earlier: the code is byte for byte dist/chrome, only the copy's manifest differs, and
 * `permissions.request` then resolves true at once, as it does for a permission already granted.
 * dist/chrome itself never lists 127.0.0.1 in host_permissions (tests/unit/shell/manifest.test.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './extension';

export interface GrantedCopy {
  dir: string;
  remove(): void;
}

export function extensionWithLocalAccess(): GrantedCopy {
  const dir = join(mkdtempSync(join(tmpdir(), 'login-assistant-granted-')), 'extension');
  cpSync(DIST, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    optional_host_permissions?: string[];
    host_permissions?: string[];
  };
  // the origins the build itself asks for on the click (src/shared/local-permission.ts LOCAL_ORIGINS)
  const local = (manifest.optional_host_permissions ?? []).filter((origin) => origin.includes('://127.0.0.1/'));
  if (local.length === 0) throw new Error('the build asks for no 127.0.0.1 permission');
  writeFileSync(
    manifestPath,
    JSON.stringify({ ...manifest, host_permissions: [...(manifest.host_permissions ?? []), ...local] }, null, 2),
  );
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}
