export type Scheme = 'light' | 'dark';

/** Relative luminance (0..1) of a computed `rgb(...)`/`rgba(...)` colour; null if transparent or unparsable. */
function luminance(color: string): number | null {
  const parts = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?/.exec(color);
  if (!parts) return null;
  const alpha = parts[4] === undefined ? 1 : parts[4].endsWith('%') ? parseFloat(parts[4]) / 100 : parseFloat(parts[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [parts[1], parts[2], parts[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/**
 * The page's scheme: its declared `color-scheme` (with the user's preference choosing when it allows both), else the
 * lightness of its background (an undeclared page is light unless it paints itself dark, e.g. a dark-mode extension).
 */
export function pageScheme(doc: Document): Scheme {
  const win = doc.defaultView;
  if (!win) return 'light';
  const root = doc.documentElement;
  const declared = root ? win.getComputedStyle(root).colorScheme || '' : '';
  const prefersDark = win.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  const allowsDark = /\bdark\b/.test(declared);
  const allowsLight = /\blight\b/.test(declared);
  if (allowsDark && (!allowsLight || prefersDark)) return 'dark';
  if (allowsLight) return 'light';
  for (const el of [doc.body, root]) {
    if (!el) continue;
    const lum = luminance(win.getComputedStyle(el).backgroundColor);
    if (lum !== null) return lum < 0.3 ? 'dark' : 'light';
  }
  return 'light';
}
