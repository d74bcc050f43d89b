import type { BrowserEngine, BrowserFacts, OperatingSystem } from './types';

/** What the popup reads from `navigator` (and `navigator.userAgentData` where the browser has it). */
export interface NavigatorFacts {
  /** user-agent client hints `brands` (Chromium browsers only) */
  brands?: readonly { brand: string; version: string }[];
  /** user-agent client hints `platform`: 'Windows', 'macOS', 'Linux', 'Chrome OS', 'Android', 'iOS' */
  platform?: string;
  userAgent: string;
  cookiesEnabled: boolean;
  online: boolean;
}

interface Found {
  name: string;
  version: number | null;
  engine: BrowserEngine;
}

/** Major version after `token/` in the UA (`Chrome/130.0.1` → 130), or null. */
function versionAfter(ua: string, token: string): number | null {
  const at = ua.indexOf(`${token}/`);
  if (at < 0) return null;
  const m = /^(\d{1,5})/.exec(ua.slice(at + token.length + 1, at + token.length + 8));
  return m ? Number(m[1]) : null;
}

/**
 * Browsers named in the UA string, checked before the plain Chrome/Safari tokens they all carry. Chinese dual-core
 * browsers mark themselves: 360 with `QIHU 360SE` / `360EE` / `QihooBrowser`, Sogou with `MetaSr` / `SE 2.X`,
 * QQ with `QQBrowser`. In compatibility mode they send an IE user agent and are then Internet Explorer to us.
 */
function fromUserAgent(ua: string): Found {
  const chromium = versionAfter(ua, 'Chrome');
  const engine: BrowserEngine = chromium !== null ? 'chromium' : 'unknown';
  if (/Trident\/|MSIE /.test(ua)) {
    const msie = /MSIE (\d{1,2})/.exec(ua);
    const rv = /rv:(\d{1,2})/.exec(ua);
    return { name: 'ie', version: msie ? Number(msie[1]) : rv ? Number(rv[1]) : null, engine: 'trident' };
  }
  // EdgeHTML (Edge 12–18) names itself `Edge/`, carries a Chrome token but is no Chromium.
  if (ua.includes(' Edge/')) return { name: 'edge', version: versionAfter(ua, 'Edge'), engine: 'unknown' };
  if (ua.includes('Firefox/')) return { name: 'firefox', version: versionAfter(ua, 'Firefox'), engine: 'gecko' };
  if (/360SE|360EE|QihooBrowser/.test(ua)) return { name: '360', version: chromium, engine };
  if (/MetaSr|SE 2\.X/.test(ua)) return { name: 'sogou', version: chromium, engine };
  if (ua.includes('QQBrowser/')) return { name: 'qq', version: versionAfter(ua, 'QQBrowser'), engine };
  if (/Edg(A|iOS)?\//.test(ua))
    return { name: 'edge', version: versionAfter(ua, 'Edg') ?? versionAfter(ua, 'EdgA'), engine };
  if (chromium !== null) return { name: ua.includes('Chromium/') ? 'chromium' : 'chrome', version: chromium, engine };
  if (ua.includes('Safari/') && ua.includes('Version/'))
    return { name: 'safari', version: versionAfter(ua, 'Version'), engine: 'webkit' };
  return { name: 'unknown', version: null, engine: 'unknown' };
}

/** Client-hint brands that name the browser better than the UA string (which freezes most of it). */
const BRANDS: readonly { test: RegExp; name: string }[] = [
  { test: /Microsoft Edge/, name: 'edge' },
  { test: /360|Qihoo/i, name: '360' },
  { test: /QQBrowser/i, name: 'qq' },
  { test: /Sogou/i, name: 'sogou' },
  { test: /Google Chrome/, name: 'chrome' },
  { test: /^Chromium$/, name: 'chromium' },
];

function fromBrands(brands: readonly { brand: string; version: string }[]): Found | null {
  for (const { test, name } of BRANDS) {
    const hit = brands.slice(0, 10).find((b) => test.test(b.brand));
    if (hit)
      return {
        name,
        version: /^\d{1,5}/.test(hit.version) ? Number(/^\d{1,5}/.exec(hit.version)?.[0]) : null,
        engine: 'chromium',
      };
  }
  return null;
}

const PLATFORMS: Record<string, OperatingSystem> = {
  windows: 'windows',
  macos: 'macos',
  linux: 'linux',
  'chrome os': 'chromeos',
  chromeos: 'chromeos',
  android: 'android',
  ios: 'ios',
};

function osOf(ua: string, platform: string | undefined): OperatingSystem {
  const hinted = platform ? PLATFORMS[platform.toLowerCase()] : undefined;
  if (hinted) return hinted;
  if (ua.includes('Windows')) return 'windows';
  if (/iPhone|iPad|iPod/.test(ua)) return 'ios';
  if (ua.includes('Android')) return 'android';
  if (ua.includes('CrOS')) return 'chromeos';
  if (ua.includes('Mac OS X') || ua.includes('Macintosh')) return 'macos';
  if (ua.includes('Linux') || ua.includes('X11')) return 'linux';
  return 'unknown';
}

/**
 * The browser's name, major version, engine and system from client hints and the UA string. Pure: the popup passes
 * what `navigator` says. A UA marker of a Chinese browser wins over the hints' generic "Chromium"/"Google Chrome".
 */
export function browserFacts(input: NavigatorFacts): BrowserFacts {
  const ua = String(input.userAgent ?? '').slice(0, 1000);
  const fromUa = fromUserAgent(ua);
  const marked = ['360', 'sogou', 'qq', 'ie', 'firefox'].includes(fromUa.name);
  const hinted = !marked && input.brands ? fromBrands(input.brands) : null;
  const found = hinted ?? fromUa;
  return {
    name: found.name,
    version: found.version,
    engine: found.engine,
    os: osOf(ua, input.platform),
    cookiesEnabled: input.cookiesEnabled === true,
    online: input.online !== false,
  };
}
