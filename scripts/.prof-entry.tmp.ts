import { PARTS } from '../src/content/snapshot-parts';
import { snapshotRoots } from '../src/content/snapshot-roots';
export function prof(doc: Document, n: number) {
  const out: Record<string, number> = {};
  const med = (f: () => void) => { const xs: number[] = []; for (let s = 0; s < 15; s++) { const t = performance.now(); for (let i = 0; i < n; i++) f(); xs.push((performance.now() - t) / n); } return xs.sort((a, b) => a - b)[7]!; };
  let roots: ParentNode[] = [];
  out.roots = med(() => { roots = snapshotRoots(doc); });
  const scope = { doc, roots };
  for (const p of PARTS) out[p.key] = med(() => p.read(scope));
  out.innerText = med(() => void doc.body.innerText.length);
  out.qsaText = med(() => void doc.querySelectorAll('form,.el-form,[class*="login"],[id*="login"],[class*="Login"],h1,h2,h3,header,[class*="header"],[class*="user"],[class*="welcome"],[role="alert"],.el-form-item__error').length);
  out.vis = med(() => { for (const el of doc.querySelectorAll('h2,h3,form')) (el as any).checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }); });
  return out;
}
import { textOf } from '../src/content/snapshot-parts';
export function prof2(doc: Document, n: number) {
  const med = (f: () => void) => { const xs: number[] = []; for (let s = 0; s < 15; s++) { const t = performance.now(); for (let i = 0; i < n; i++) f(); xs.push((performance.now() - t) / n); } return xs.sort((a, b) => a - b)[7]!; };
  const regions = [...doc.querySelectorAll('form,.el-form,[class*="login"],[id*="login"],[class*="Login"],h1,h2,h3,header,[class*="header"],[class*="user"],[class*="welcome"],[role="alert"],.el-form-item__error')];
  return { n: regions.length, body: med(() => textOf(doc.body, 1500)), regions: med(() => { for (const r of regions) textOf(r, 1500); }), bodyLen: textOf(doc.body, 1500).length,
   tags: regions.map((r) => r.tagName + '.' + r.className).join(' ') };
}
