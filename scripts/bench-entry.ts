// The in-page work measured by scripts/bench.ts: the content script's snapshot plus the core's recognition.
import { collectSnapshot } from '../src/content/snapshot';
import { recognise } from '../src/core/recognise';

export function judge(doc: Document, url: string) {
  return recognise(collectSnapshot(doc, url));
}
