import type { BrowserRequirement } from '../../portals/types';
import { pageNeedsIe, usesCertificate } from '../certificate';
import { onPage } from '../example-facts';
import { browserLabel, osLabel } from '../names';
import { both, result } from '../result';
import type { ItemHead } from '../result';
import type { BrowserFacts, ChecklistFacts, ChecklistItem, CheckResult, Localized } from '../types';

const HEAD: ItemHead = { id: 'browser', title: both('浏览器', 'Browser') };

const EDGE_IE_MODE: Localized[] = [
  both(
    '用 Edge 打开：设置 → 默认浏览器 → “允许在 Internet Explorer 模式下重新加载网站”选“允许”，重启 Edge。',
    'In Edge: Settings → Default browser → set “Allow sites to be reloaded in Internet Explorer mode” to Allow, then restart Edge.',
  ),
  both(
    '打开登录页，点“…”菜单 →“在 Internet Explorer 模式下重新加载”。',
    'Open the login page, then “…” menu → “Reload in Internet Explorer mode”.',
  ),
];
const SWITCH_360: Localized = both(
  '在 360 浏览器中打开，点地址栏右侧的闪电/“e”图标，切换到“兼容模式”。',
  'In 360 Browser, click the lightning / “e” icon at the right of the address bar and choose 兼容模式 (compatibility mode).',
);

/** How to get an IE-compatible page in this browser: its own switch first, the other browser's after. */
function ieSteps(b: BrowserFacts): Localized[] {
  if (b.name === '360') return [SWITCH_360];
  if (b.name === 'edge') return EDGE_IE_MODE;
  return [...EDGE_IE_MODE, SWITCH_360];
}

function needsIe(facts: ChecklistFacts): CheckResult {
  const b = facts.browser;
  if (b.engine === 'trident')
    return result(
      HEAD,
      'pass',
      both('这个页面需要 IE 内核，当前正是 IE 内核。', 'This page needs the IE engine, and that is what runs it.'),
    );
  const shown = browserLabel(b);
  return result(
    HEAD,
    'fail',
    both(
      `这个页面用到只能在 IE 内核里运行的控件，${shown['zh-CN']} 的普通模式加载不了。`,
      `This page uses controls that run only in the IE engine; ${shown.en} cannot load them in its normal mode.`,
    ),
    ieSteps(b),
  );
}

function tooOld(req: BrowserRequirement, b: BrowserFacts): number | null {
  const name = b.engine === 'trident' ? 'ie' : b.name;
  const min = req.minVersion?.[name];
  return min !== undefined && b.version !== null && b.version < min ? min : null;
}

function compare(req: BrowserRequirement, facts: ChecklistFacts): CheckResult {
  const b = facts.browser;
  const shown = browserLabel(b);
  const said = req.said;
  if (b.engine === 'unknown')
    return result(
      HEAD,
      'unknown',
      both(
        `无法识别当前浏览器。网站的浏览器要求：${said['zh-CN']}。`,
        `The browser could not be recognised. The portal's browser requirement: ${said.en}.`,
      ),
    );
  const min = tooOld(req, b);
  if (min !== null)
    return result(
      HEAD,
      'fail',
      both(
        `${shown['zh-CN']} 版本太旧。网站的浏览器要求：${said['zh-CN']}。`,
        `${shown.en} is too old. The portal's browser requirement: ${said.en}.`,
      ),
      [both('升级浏览器或换用网站列出的浏览器。', 'Update the browser or use one the portal lists.')],
    );
  if (!req.engines.includes(b.engine)) {
    return result(
      HEAD,
      'warn',
      both(
        `${shown['zh-CN']} 不在这个网站已知可用的浏览器之列（${said['zh-CN']}）。`,
        `${shown.en} is not among the browsers known to work here (${said.en}).`,
      ),
      [
        both(
          '页面显示或操作不正常时，换用网站列出的浏览器。',
          'If the page looks or behaves wrong, switch to a browser the portal lists.',
        ),
      ],
    );
  }
  return result(
    HEAD,
    'pass',
    both(`${shown['zh-CN']} 符合要求（${said['zh-CN']}）。`, `${shown.en} fits (${said.en}).`),
  );
}

function check(facts: ChecklistFacts): CheckResult {
  const b = facts.browser;
  if (!b.cookiesEnabled) {
    return result(
      HEAD,
      'fail',
      both('浏览器禁用了 Cookie，登录状态无法保存。', 'Cookies are off, so the login cannot be kept.'),
      [
        both(
          '在浏览器设置里允许这个网站使用 Cookie，然后刷新页面。',
          'Allow cookies for this site in the browser settings, then reload the page.',
        ),
      ],
    );
  }
  if (pageNeedsIe(facts)) return needsIe(facts);
  if (facts.browserUnsupported && b.engine !== 'trident') {
    return result(
      HEAD,
      'fail',
      both(
        `页面提示不支持当前浏览器（${browserLabel(b)['zh-CN']}）。`,
        `The page says it does not support this browser (${browserLabel(b).en}).`,
      ),
      ieSteps(b),
    );
  }
  if (usesCertificate(facts) && (b.os === 'macos' || b.os === 'linux')) {
    const os = osLabel(b.os);
    return result(
      HEAD,
      'warn',
      both(
        `证书登录的客户端大多只有 Windows 版，在 ${os['zh-CN']} 上多半用不了。`,
        `Most certificate clients exist for Windows only; on ${os.en} certificate login will probably not work.`,
      ),
      [
        both(
          '换一台 Windows 电脑，或改用页面提供的其他登录方式。',
          'Use a Windows computer, or another login mode the page offers.',
        ),
      ],
    );
  }
  const req = facts.portal?.browsers ?? null;
  if (req) return compare(req, facts);
  return result(
    HEAD,
    'unknown',
    both(
      `当前是 ${browserLabel(b)['zh-CN']}；没有查到这个网站对浏览器的要求。`,
      `This is ${browserLabel(b).en}; we do not know what browser this portal needs.`,
    ),
  );
}

const CHROME: BrowserFacts = {
  name: 'chrome',
  version: 130,
  engine: 'chromium',
  os: 'windows',
  cookiesEnabled: true,
  online: true,
};
const FIREFOX: BrowserFacts = { ...CHROME, name: 'firefox', engine: 'gecko' };
const SAFARI_MAC: BrowserFacts = { ...CHROME, name: 'safari', version: 17, engine: 'webkit', os: 'macos' };
const IE9: BrowserFacts = { ...CHROME, name: 'ie', version: 9, engine: 'trident' };
const TPASS = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
const GD_LEGACY = 'http://gs.etax-gd.gov.cn/';
const BJ_SOCIAL = 'https://rsj.beijing.gov.cn/csibiz/';

export const browser: ChecklistItem = {
  id: HEAD.id,
  title: HEAD.title,
  check,
  examples: [
    { name: 'Chrome on tpass', facts: { ...onPage(TPASS), browser: CHROME }, expect: 'pass' },
    {
      name: 'Firefox on tpass (not named by the portal)',
      facts: { ...onPage(TPASS), browser: FIREFOX },
      expect: 'warn',
    },
    { name: 'cookies off', facts: { ...onPage(TPASS), browser: { ...CHROME, cookiesEnabled: false } }, expect: 'fail' },
    {
      name: 'IE-only portal in Chrome',
      facts: { ...onPage(GD_LEGACY, { modes: ['ca'], activeMode: 'ca' }), browser: CHROME },
      expect: 'fail',
    },
    {
      name: 'IE-only portal in IE',
      facts: { ...onPage(GD_LEGACY, { modes: ['ca'], activeMode: 'ca' }), browser: IE9 },
      expect: 'pass',
    },
    {
      name: 'ActiveX control on an unlisted page',
      facts: {
        ...onPage('https://www.example.gov.cn/login', { modes: ['ca'], activeMode: 'ca' }),
        caMarkers: ['clsid:BFEAA574-D032-49EE-BAB4-D09D0D511D52'],
        browser: CHROME,
      },
      expect: 'fail',
    },
    { name: 'IE 9 where IE 10 is the least', facts: { ...onPage(BJ_SOCIAL), browser: IE9 }, expect: 'fail' },
    {
      name: 'certificate login on macOS',
      facts: { ...onPage(TPASS, { modes: ['password', 'ca'], activeMode: 'ca' }), browser: SAFARI_MAC },
      expect: 'warn',
    },
    {
      name: 'page says the browser is not supported',
      facts: {
        ...onPage('https://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin'),
        browser: CHROME,
        browserUnsupported: true,
      },
      expect: 'fail',
    },
    {
      name: 'portal states nothing',
      facts: { ...onPage('https://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin'), browser: CHROME },
      expect: 'unknown',
    },
  ],
};
