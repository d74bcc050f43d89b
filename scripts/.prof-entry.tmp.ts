import { PARTS } from '../src/content/snapshot-parts';
import { snapshotRoots } from '../src/content/snapshot-roots';
export function prof(doc: Document, n: number) {
  const out: Record<string, number> = {};
  let t = performance.now();
  let roots: ParentNode[] = [];
  for (let i = 0; i < n; i++) roots = snapshotRoots(doc);
  out.roots = (performance.now() - t) / n;
  const scope = { doc, roots };
  for (const p of PARTS) {
    t = performance.now();
    for (let i = 0; i < n; i++) p.read(scope);
    out[p.key] = (performance.now() - t) / n;
  }
  return out;
}
