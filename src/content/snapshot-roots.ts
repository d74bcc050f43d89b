/**
 * Whether this script runs in a frame whose top document the top frame's script already describes (the top
 * frame's snapshot reads into its same-origin frames, ./snapshot-walk.ts).
 */
export function coveredByTop(win: Window): boolean {
  if (win.top === win) return false;
  try {
    return Boolean(win.top?.document);
  } catch {
    return false;
  }
}
