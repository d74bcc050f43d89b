import { both, result } from '../result';
import type { ItemHead } from '../result';
import type { BrowserFacts, ChecklistFacts, ChecklistItem, CheckResult } from '../types';

const HEAD: ItemHead = { id: 'network', title: both('网络', 'Network') };
const PROBE = { kind: 'probe-network' as const };

function check(facts: ChecklistFacts): CheckResult {
  const probe = facts.probes.network;
  if (!facts.browser.online) {
    return result(HEAD, 'fail', both('这台电脑现在没有联网。', 'This computer is offline.'), [
      both('检查网线或 Wi-Fi，能打开其他网站后再登录。', 'Check the cable or Wi-Fi; log in once other sites open.'),
    ]);
  }
  if (facts.maintenance) {
    return result(HEAD, 'fail', both('页面显示系统正在维护。', 'The page says the system is under maintenance.'), [
      both(
        '按页面公告的时间稍后再来，维护期间登录不会成功。',
        'Come back at the time the notice gives; logins fail during maintenance.',
      ),
    ]);
  }
  if (probe.state === 'unreachable') {
    return result(
      HEAD,
      'fail',
      both('连不上这个网站的服务器。', 'The portal’s server did not answer.'),
      [
        both(
          '刷新页面；仍不行时检查代理、防火墙或安全软件。',
          'Reload the page; if that fails, check the proxy, firewall or security software.',
        ),
      ],
      [PROBE],
    );
  }
  const ms = 'ms' in probe ? Math.round(probe.ms) : 0;
  if (probe.state === 'slow') {
    return result(
      HEAD,
      'warn',
      both(`网站响应慢（${ms} 毫秒）。`, `The portal answers slowly (${ms} ms).`),
      [
        both(
          '避开申报高峰，或稍后再试；页面加载完再点登录。',
          'Avoid the filing rush or try later; click 登录 only once the page has loaded.',
        ),
      ],
      [PROBE],
    );
  }
  if (probe.state === 'fast')
    return result(
      HEAD,
      'pass',
      both(`网站响应正常（${ms} 毫秒）。`, `The portal answers normally (${ms} ms).`),
      [],
      [PROBE],
    );
  return result(
    HEAD,
    'unknown',
    both('已联网；还没有测试到这个网站的速度。', 'Online; the connection to this portal has not been tested yet.'),
    [],
    [PROBE],
  );
}

const OFFLINE: BrowserFacts = {
  name: 'chrome',
  version: 130,
  engine: 'chromium',
  os: 'windows',
  cookiesEnabled: true,
  online: false,
};

export const network: ChecklistItem = {
  id: HEAD.id,
  title: HEAD.title,
  check,
  examples: [
    {
      name: 'fast answer',
      facts: { probes: { ca: { state: 'not-probed' }, network: { state: 'fast', ms: 180 } } },
      expect: 'pass',
    },
    {
      name: 'slow answer',
      facts: { probes: { ca: { state: 'not-probed' }, network: { state: 'slow', ms: 4200 } } },
      expect: 'warn',
    },
    {
      name: 'no answer',
      facts: { probes: { ca: { state: 'not-probed' }, network: { state: 'unreachable' } } },
      expect: 'fail',
    },
    { name: 'offline', facts: { browser: OFFLINE }, expect: 'fail' },
    { name: 'maintenance notice', facts: { maintenance: true }, expect: 'fail' },
    { name: 'not probed yet', facts: {}, expect: 'unknown' },
  ],
};
