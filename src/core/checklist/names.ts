import type { BrowserFacts, Localized, OperatingSystem } from './types';

/** How users call the browsers (BrowserFacts.name) and systems, for the item texts and the report. */
const BROWSER_NAMES: Record<string, Localized> = {
  chrome: { 'zh-CN': 'Chrome', en: 'Chrome' },
  edge: { 'zh-CN': 'Edge', en: 'Edge' },
  '360': { 'zh-CN': '360 浏览器', en: '360 Browser' },
  qq: { 'zh-CN': 'QQ 浏览器', en: 'QQ Browser' },
  sogou: { 'zh-CN': '搜狗浏览器', en: 'Sogou Browser' },
  firefox: { 'zh-CN': 'Firefox', en: 'Firefox' },
  safari: { 'zh-CN': 'Safari', en: 'Safari' },
  ie: { 'zh-CN': 'IE 浏览器', en: 'Internet Explorer' },
  chromium: { 'zh-CN': 'Chromium', en: 'Chromium' },
};

const OS_NAMES: Record<OperatingSystem, Localized> = {
  windows: { 'zh-CN': 'Windows', en: 'Windows' },
  macos: { 'zh-CN': 'macOS', en: 'macOS' },
  linux: { 'zh-CN': 'Linux', en: 'Linux' },
  chromeos: { 'zh-CN': 'ChromeOS', en: 'ChromeOS' },
  android: { 'zh-CN': 'Android', en: 'Android' },
  ios: { 'zh-CN': 'iOS', en: 'iOS' },
  unknown: { 'zh-CN': '未知系统', en: 'an unknown system' },
};

/** "Chrome 130" / "360 浏览器 13"; an unknown browser says so. */
export function browserLabel(b: BrowserFacts): Localized {
  const name = BROWSER_NAMES[b.name] ?? { 'zh-CN': '未识别的浏览器', en: 'an unrecognised browser' };
  const v = b.version === null ? '' : ` ${b.version}`;
  return { 'zh-CN': `${name['zh-CN']}${v}`, en: `${name.en}${v}` };
}

export function osLabel(os: OperatingSystem): Localized {
  return OS_NAMES[os];
}
