import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../tests/harness/chromium';
import { launchExtension } from '../tests/harness/extension';
import { extensionRows, pageBaseline, snapshotRows } from './bench/page-rows';
const root = resolve(import.meta.dirname, '..');
console.log('load at start', loadavg().map((l) => l.toFixed(1)).join(' / '));
const gz = (f: string) => gzipSync(readFileSync(resolve(root, 'dist/chrome', f))).length / 1024;
console.log('content gz', (gz('content.js') + gz('native-dialogs.js')).toFixed(2));
const only = process.argv[2] ?? 'all';
const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS });
if (only !== 'ext') for (const r of await snapshotRows(plain, root)) console.log(r.join(' | '));
if (only !== 'snap') {
  const baseline = await pageBaseline(plain);
  await plain.close();
  const session = await launchExtension();
  try { for (const r of await extensionRows(session, baseline)) console.log(r.join(' | ')); } finally { await session.close(); }
} else await plain.close();
console.log('load at end', loadavg().map((l) => l.toFixed(1)).join(' / '));
