/**
 * Where content.js and fill.js meet in a frame. Both run in the extension's isolated world, where the page cannot
 * see them: content.js marks a frame it watches (a portal page, src/content/index.ts), and fill.js, which the
 * background adds on the popup's click (src/background/fill-code.ts), answers the popup only in a marked frame,
 * and only once however often it is added.
 */
export const CHECKLIST_MARK_KEY = 'loginAssistantChecklist';

export interface ChecklistMark {
  /** content.js's lifetime (src/content/lifetime.ts): when it ends, fill.js stops answering too */
  signal?: AbortSignal;
  /** fill.js answers the popup in this frame already */
  answering?: boolean;
}

type Slot = { [CHECKLIST_MARK_KEY]?: ChecklistMark };

export function checklistMark(): ChecklistMark | null {
  return (globalThis as Slot)[CHECKLIST_MARK_KEY] ?? null;
}

export function markChecklistFrame(signal?: AbortSignal): void {
  (globalThis as Slot)[CHECKLIST_MARK_KEY] = signal ? { signal } : {};
}
