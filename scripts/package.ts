/**
 * `npm run package`: the release packages a non-developer can install, from the build in dist/:
 *   release/login-assistant-chrome-<version>.zip   (Chrome Web Store, Edge Add-ons, or drag-and-drop in developer mode)
 *   release/login-assistant-firefox-<version>.zip  (addons.mozilla.org; web-ext's own package format)
 * Both are made by web-ext's build command, which zips a folder as the stores expect. The version comes from
 * package.json, the one source the build also writes into the manifests. Refuses a build that carries source maps.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import webExt from 'web-ext';

const root = resolve(import.meta.dirname, '..');
export const RELEASE_DIR = resolve(root, 'release');
export const TARGETS = ['chrome', 'firefox'] as const;

export function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
}

export function releaseFileName(target: (typeof TARGETS)[number], version = packageVersion()): string {
  return `login-assistant-${target}-${version}.zip`;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

async function packageTarget(target: (typeof TARGETS)[number], version: string): Promise<string> {
  const sourceDir = resolve(root, 'dist', target);
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8')) as { version?: string };
  if (manifest.version !== version)
    throw new Error(`dist/${target} is version ${manifest.version}, package.json ${version}: run npm run build`);
  const maps = filesUnder(sourceDir).filter((file) => file.endsWith('.map'));
  if (maps.length) throw new Error(`dist/${target} carries source maps: ${maps.join(', ')}`);
  const filename = releaseFileName(target, version);
  await webExt.cmd.build(
    { sourceDir, artifactsDir: RELEASE_DIR, filename, overwriteDest: true },
    { showReadyMessage: false, shouldExitProgram: false },
  );
  return join(RELEASE_DIR, filename);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = packageVersion();
  for (const target of TARGETS) {
    const file = await packageTarget(target, version);
    console.log(`${relative(root, file)}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
}
