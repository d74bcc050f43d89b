import type { CaVendor } from '../../ca-clients';
import { usesCertificate, vendorFor } from '../certificate';
import { onPage } from '../example-facts';
import { both, result } from '../result';
import type { ItemHead } from '../result';
import type {
  CaProbe,
  CheckAction,
  ChecklistFacts,
  ChecklistItem,
  CheckResult,
  CheckStatus,
  Localized,
} from '../types';

const HEAD: ItemHead = { id: 'ca-client', title: both('U盾与证书客户端', 'USB key and CA client') };
const DAY = 86_400_000;
/** Certificates are renewed ahead of time; inside this many days the item warns. */
const EXPIRY_WARN_DAYS = 30;

interface Verdict {
  status: CheckStatus;
  reason: Localized;
  steps: Localized[];
}

function clientName(vendor: CaVendor | null): Localized {
  return vendor?.client ?? both('证书客户端（驱动）', 'the certificate client (driver)');
}

/** What the probe found, as a verdict; `not-probed` asks for a click. */
function fromProbe(probe: CaProbe, vendor: CaVendor | null): Verdict {
  const client = clientName(vendor);
  switch (probe.state) {
    case 'key': {
      const holders = probe.certs.map((c) => c.holder).join('、');
      return {
        status: 'pass',
        reason: both(
          `${client['zh-CN']}在运行，读到证书：${holders}。`,
          `${client.en} is running and sees a certificate for: ${holders}.`,
        ),
        steps: [
          both('确认证书的单位就是要登录的单位。', 'Check that the certificate belongs to the company you log in for.'),
        ],
      };
    }
    case 'no-key':
      return {
        status: 'fail',
        reason: both(
          `${client['zh-CN']}在运行，但没有读到证书：U盾没插好或驱动没装。`,
          `${client.en} is running but sees no certificate: the USB key is not inserted or its driver is missing.`,
        ),
        steps: [
          both(
            '插好 U盾（可换一个 USB 口），等指示灯亮后再检查。',
            'Insert the USB key (try another USB port), wait for its light, then check again.',
          ),
        ],
      };
    case 'not-running':
      if (probe.timedOut)
        return {
          status: 'fail',
          reason: both(
            `${client['zh-CN']}没有应答：可能被安全软件拦截，或客户端卡住了。`,
            `${client.en} did not answer in time: security software may block it, or the client is stuck.`,
          ),
          steps: [
            both(
              `重启${client['zh-CN']}（或重启电脑），再检查一次。`,
              `Restart ${client.en} (or the computer) and check again.`,
            ),
          ],
        };
      return {
        status: 'fail',
        reason: both(
          `没有连上${client['zh-CN']}：没有安装或没有启动。`,
          `${client.en} did not answer: it is not installed or not running.`,
        ),
        steps: [
          both(
            `安装或启动${client['zh-CN']}，然后刷新登录页。`,
            `Install or start ${client.en}, then reload the login page.`,
          ),
        ],
      };
    case 'running':
      return {
        status: 'pass',
        reason: both(
          `${client['zh-CN']}在运行（它不提供读取证书列表的方式）。`,
          `${client.en} is running (it offers no way to list certificates).`,
        ),
        steps: [both('登录前插好 U盾。', 'Insert the USB key before logging in.')],
      };
    case 'no-permission':
      return {
        status: 'unknown',
        reason: both(
          '没有获得访问本机证书服务的许可，无法检测。',
          'Permission to reach the local certificate service was not given, so it could not be checked.',
        ),
        steps: [
          both('再点“检测”，在浏览器询问时选“允许”。', 'Click “Check” again and choose Allow when the browser asks.'),
        ],
      };
    case 'not-probed':
      return {
        status: 'unknown',
        reason: both('还没有检测证书客户端和 U盾。', 'The CA client and USB key have not been checked yet.'),
        steps: [],
      };
  }
}

/** The profile's certificate expiry date against now: expired → fail, inside 30 days → warn. */
function expiry(facts: ChecklistFacts): Verdict | null {
  const date = facts.profile?.certExpiry;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const end = Date.parse(`${date}T23:59:59+08:00`);
  if (Number.isNaN(end)) return null;
  // whole days left after today: 0 = it ends tonight (Beijing time, the CAs' clock)
  const days = Math.floor((end - facts.now.getTime()) / DAY);
  if (days < 0)
    return {
      status: 'fail',
      reason: both(`证书已于 ${date} 过期。`, `The certificate expired on ${date}.`),
      steps: [both('联系证书服务商办理证书更新（续期）。', 'Ask the certificate vendor to renew the certificate.')],
    };
  if (days <= EXPIRY_WARN_DAYS)
    return {
      status: 'warn',
      reason:
        days === 0
          ? both(`证书今天（${date}）到期。`, `The certificate expires today (${date}).`)
          : both(`证书将于 ${date} 到期，还剩 ${days} 天。`, `The certificate expires on ${date}, in ${days} days.`),
      steps: [both('尽快办理证书更新，过期后无法登录。', 'Renew it soon: an expired certificate cannot log in.')],
    };
  return null;
}

/** Without a vendor there is no service to probe; the profile names it. */
const PICK_VENDOR: Localized = both(
  '在单位资料里选择 U盾的证书厂商，才能检测它的客户端。',
  'Choose the USB key’s certificate vendor in the company profile so its client can be checked.',
);

const RANK: Record<CheckStatus, number> = { fail: 4, warn: 3, unknown: 2, pass: 1, 'n/a': 0 };

function actionsFor(vendor: CaVendor | null): CheckAction[] {
  const actions: CheckAction[] = [];
  if (vendor && vendor.probe !== 'none') actions.push({ kind: 'probe-ca', vendor: vendor.id });
  if (vendor?.download)
    actions.push({
      kind: 'open',
      url: vendor.download,
      label: both(`下载${vendor.client['zh-CN']}`, `Download ${vendor.client.en}`),
    });
  return actions;
}

function unprobeable(vendor: CaVendor): Verdict {
  return {
    status: 'unknown',
    reason: both(
      `${vendor.client['zh-CN']}无法从浏览器扩展里检测。`,
      `${vendor.client.en} cannot be checked from a browser extension.`,
    ),
    steps: [
      both(
        '确认已安装证书客户端并插好 U盾；页面会提示它能否读到证书。',
        'Make sure the certificate client is installed and the USB key inserted; the page tells whether it reads the certificate.',
      ),
    ],
  };
}

function check(facts: ChecklistFacts): CheckResult {
  if (!usesCertificate(facts))
    return result(
      HEAD,
      'n/a',
      both('这个页面当前不用数字证书登录。', 'This page does not log in with a certificate now.'),
    );
  const vendor = vendorFor(facts);
  const probed =
    vendor && vendor.probe === 'none' && facts.probes.ca.state === 'not-probed'
      ? unprobeable(vendor)
      : fromProbe(facts.probes.ca, vendor);
  const expired = expiry(facts);
  const worst = expired && RANK[expired.status] > RANK[probed.status] ? expired : probed;
  const other = worst === expired ? probed : expired;
  const steps = [...worst.steps, ...(other?.steps ?? []), ...(vendor ? [] : [PICK_VENDOR])];
  return result(HEAD, worst.status, worst.reason, steps, actionsFor(vendor));
}

const BJ_YZT = 'https://yzt.beijing.gov.cn/';
const TPASS = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
const CA_TAB = { modes: ['password', 'ca'] as const, activeMode: 'ca' as const };
const probe = (ca: CaProbe) => ({ probes: { ca, network: { state: 'not-probed' as const } } });
const profile = (certExpiry: string) => ({
  profile: { id: 'p', name: 'A', creditCode: '', usualPortals: [], certVendor: 'bjca', certExpiry },
});

export const caClient: ChecklistItem = {
  id: HEAD.id,
  title: HEAD.title,
  check,
  examples: [
    { name: 'password login on tpass', facts: onPage(TPASS), expect: 'n/a' },
    {
      name: 'certificate tab, not probed',
      facts: onPage(TPASS, { modes: [...CA_TAB.modes], activeMode: 'ca' }),
      expect: 'unknown',
    },
    {
      name: 'BJCA portal, key present',
      facts: {
        ...onPage(BJ_YZT, { modes: ['ca'], activeMode: null }),
        ...probe({ state: 'key', certs: [{ holder: '某某科技有限公司' }] }),
      },
      expect: 'pass',
    },
    {
      name: 'BJCA portal, no key',
      facts: { ...onPage(BJ_YZT, { modes: ['ca'], activeMode: null }), ...probe({ state: 'no-key' }) },
      expect: 'fail',
    },
    {
      name: 'BJCA portal, client down',
      facts: { ...onPage(BJ_YZT, { modes: ['ca'], activeMode: null }), ...probe({ state: 'not-running' }) },
      expect: 'fail',
    },
    {
      name: 'BJCA portal, client hangs',
      facts: {
        ...onPage(BJ_YZT, { modes: ['ca'], activeMode: null }),
        ...probe({ state: 'not-running', timedOut: true }),
      },
      expect: 'fail',
    },
    {
      name: 'key present, certificate expires in 10 days',
      facts: {
        ...onPage(BJ_YZT, { modes: ['ca'], activeMode: null }),
        ...probe({ state: 'key', certs: [{ holder: 'A' }] }),
        ...profile('2026-06-10'),
      },
      expect: 'warn',
    },
    {
      name: 'key present, certificate expired',
      facts: {
        ...onPage(BJ_YZT, { modes: ['ca'], activeMode: null }),
        ...probe({ state: 'key', certs: [{ holder: 'A' }] }),
        ...profile('2026-05-01'),
      },
      expect: 'fail',
    },
    {
      name: 'GDCA (ActiveX) cannot be probed',
      facts: onPage('http://gs.etax-gd.gov.cn/', { modes: ['ca'], activeMode: 'ca' }),
      expect: 'unknown',
    },
  ],
};
