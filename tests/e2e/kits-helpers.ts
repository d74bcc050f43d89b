import type { Page } from 'playwright-core';

/** The page's visible fields and buttons the hint's box overlaps. */
export async function coveredControls(page: Page, box: { left: number; top: number; right: number; bottom: number }) {
  return page.evaluate((b) => {
    const hits: string[] = [];
    for (const el of document.querySelectorAll('input, button, select, textarea')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)
        hits.push(el.outerHTML.slice(0, 80));
    }
    return hits;
  }, box);
}
