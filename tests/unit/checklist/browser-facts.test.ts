import { describe, expect, it } from 'vitest';
import { browserFacts } from '../../../src/core/checklist/browser-facts';

const base = { cookiesEnabled: true, online: true };

/** Real user-agent strings as these browsers send them (Windows unless the name says otherwise). */
const CASES: {
  name: string;
  ua: string;
  brands?: { brand: string; version: string }[];
  platform?: string;
  expect: [string, number | null, string, string];
}[] = [
  {
    name: 'Chrome 130 with client hints',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
    brands: [
      { brand: 'Chromium', version: '130' },
      { brand: 'Google Chrome', version: '130' },
      { brand: 'Not?A_Brand', version: '99' },
    ],
    platform: 'Windows',
    expect: ['chrome', 130, 'chromium', 'windows'],
  },
  {
    name: 'Edge 120 (UA only)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
    expect: ['edge', 120, 'chromium', 'windows'],
  },
  {
    name: 'Edge 131 by its hint',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    brands: [
      { brand: 'Microsoft Edge', version: '131' },
      { brand: 'Chromium', version: '131' },
    ],
    platform: 'Windows',
    expect: ['edge', 131, 'chromium', 'windows'],
  },
  {
    name: '360 safe browser (360SE)',
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/63.0.3239.132 Safari/537.36 QIHU 360SE',
    expect: ['360', 63, 'chromium', 'windows'],
  },
  {
    name: '360 extreme browser (360EE) with generic hints',
    ua: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 Safari/537.36 QIHU 360EE',
    brands: [
      { brand: 'Chromium', version: '86' },
      { brand: 'Google Chrome', version: '86' },
    ],
    expect: ['360', 86, 'chromium', 'windows'],
  },
  {
    name: '360 in compatibility mode (an IE 11 user agent)',
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; SLCC2; .NET CLR 2.0.50727; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
    expect: ['ie', 11, 'trident', 'windows'],
  },
  {
    name: 'QQ browser',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/94.0.4606.71 Safari/537.36 Core/1.94.202.400 QQBrowser/11.9.5355.400',
    expect: ['qq', 11, 'chromium', 'windows'],
  },
  {
    name: 'Sogou browser',
    ua: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.87 Safari/537.36 SE 2.X MetaSr 1.0',
    expect: ['sogou', 80, 'chromium', 'windows'],
  },
  {
    name: 'Firefox 128 ESR on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    expect: ['firefox', 128, 'gecko', 'linux'],
  },
  {
    name: 'Safari 17 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    expect: ['safari', 17, 'webkit', 'macos'],
  },
  {
    name: 'IE 8 on Windows XP',
    ua: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)',
    expect: ['ie', 8, 'trident', 'windows'],
  },
  {
    name: 'Chrome on macOS (hint platform)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
    brands: [{ brand: 'Google Chrome', version: '130' }],
    platform: 'macOS',
    expect: ['chrome', 130, 'chromium', 'macos'],
  },
  {
    name: 'Debian Chromium',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
    brands: [
      { brand: 'Chromium', version: '130' },
      { brand: 'Not?A_Brand', version: '99' },
    ],
    platform: 'Linux',
    expect: ['chromium', 130, 'chromium', 'linux'],
  },
  {
    name: 'EdgeHTML 18',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
    expect: ['edge', 18, 'unknown', 'windows'],
  },
  { name: 'empty string', ua: '', expect: ['unknown', null, 'unknown', 'unknown'] },
];

describe('browserFacts', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const f = browserFacts({ ...base, userAgent: c.ua, brands: c.brands, platform: c.platform });
    expect([f.name, f.version, f.engine, f.os]).toEqual(c.expect);
  });

  it('passes cookies and online state through', () => {
    const f = browserFacts({ userAgent: CASES[0]!.ua, cookiesEnabled: false, online: false });
    expect([f.cookiesEnabled, f.online]).toEqual([false, false]);
  });

  it('bounds a huge user-agent string', () => {
    const f = browserFacts({ ...base, userAgent: `${'x'.repeat(100_000)} Firefox/128.0` });
    expect(f.name).toBe('unknown');
  });
});
