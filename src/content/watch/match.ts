import type { ErrorSurface } from '../kits/types';

export type SurfaceMatch = ReturnType<typeof surfaceMatcher>;

/** Selector bookkeeping over the surfaces' priority order. */
export function surfaceMatcher(surfaces: readonly ErrorSurface[]) {
  const selectors = surfaces.map((s) => s.selector);
  /** selectors of the surfaces before i (they win over i) */
  const before = selectors.map((_, i) => selectors.slice(0, i).join(', '));
  const beforeAndSelf = selectors.map((_, i) => selectors.slice(0, i + 1).join(', '));
  return {
    any: selectors.join(', '),
    specific: surfaces
      .filter((s) => !s.wholePage)
      .map((s) => s.selector)
      .join(', '),
    before,
    indexOf: (el: Element) => selectors.findIndex((selector) => el.matches(selector)),
    /** inside a message of an earlier (or the same) surface, or wrapping a more specific one: that one reports */
    nested(el: Element, index: number): boolean {
      const outer = beforeAndSelf[index];
      if (outer && el.parentElement?.closest(outer)) return true;
      const inner = before[index];
      return Boolean(inner && el.querySelector(inner));
    },
  };
}
