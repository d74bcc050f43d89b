import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['src/content/index.ts'], bundle: true, minify: true, format: 'iife', target: 'chrome111', metafile: true, write: false, outfile: '/tmp/c.js' });
const out = Object.values(r.metafile.outputs)[0];
console.log('total', out.bytes, 'gz', gzipSync(r.outputFiles[0].contents).length);
const rows = Object.entries(out.inputs).map(([k, v]) => [k, v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
const dirs = {};
for (const [k, b] of rows) { const d = k.split('/').slice(0, k.includes('node_modules') ? 3 : 3).join('/'); dirs[d] = (dirs[d] ?? 0) + b; }
console.log(Object.entries(dirs).sort((a, b) => b[1] - a[1]));
for (const [k, b] of rows) console.log(b, k);
