// The in-page work measured by scripts/bench.ts: the content script's snapshot, and the core's recognition of it
// (which runs in the background, timed apart).
import { collectSnapshot } from '../src/content/snapshot';
import { recognise } from '../src/core/recognise';

export function snapshot(doc: Document, url: string) {
  return collectSnapshot(doc, url);
}

export function judge(doc: Document, url: string) {
  return recognise(collectSnapshot(doc, url));
}

export { recognise };
