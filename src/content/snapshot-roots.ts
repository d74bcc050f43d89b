import { shadowRootFinder } from './watch/shadow-roots';

/** Frames followed into, and shadow roots read, per snapshot. */
const MAX_FRAMES = 10;
const MAX_SHADOW_ROOTS = 30;

/**
 * Where a page's login form can be: the document itself, the documents of its same-origin frames (framesets and the
 * iframe login boxes of the 医保 halls; a cross-origin frame runs its own content script and reports for itself),
 * and the open shadow roots in any of them.
 */
export function snapshotRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [];
  const docs: Document[] = [doc];
  for (let i = 0; i < docs.length && docs.length <= MAX_FRAMES; i += 1) {
    for (const frame of docs[i]!.querySelectorAll('iframe, frame')) {
      const inner = sameOriginDocument(frame as HTMLIFrameElement);
      if (inner && !docs.includes(inner) && docs.length <= MAX_FRAMES) docs.push(inner);
    }
  }
  for (const d of docs) {
    roots.push(d);
    const finder = shadowRootFinder((root) => {
      if (roots.length < MAX_FRAMES + MAX_SHADOW_ROOTS) roots.push(root);
    });
    finder.search(d);
  }
  return roots;
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument ?? null;
  } catch {
    return null; // cross-origin: that frame's own content script describes it
  }
}

/** Whether this script runs in a frame whose top document the top frame's script already describes. */
export function coveredByTop(win: Window): boolean {
  if (win.top === win) return false;
  try {
    return Boolean(win.top?.document);
  } catch {
    return false;
  }
}
