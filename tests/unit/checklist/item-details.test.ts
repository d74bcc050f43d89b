import { describe, expect, it } from 'vitest';
import { completeFacts } from '../../../src/core/checklist';
import type { ChecklistFacts, CheckResult } from '../../../src/core/checklist';
import { onPage, TPASS_BEIJING } from '../../../src/core/checklist/example-facts';
import { agentId } from '../../../src/core/checklist/items/agent-id';
import { caClient } from '../../../src/core/checklist/items/ca-client';
import { creditCode } from '../../../src/core/checklist/items/credit-code';
import { officialEntry } from '../../../src/core/checklist/items/official-entry';
import { password } from '../../../src/core/checklist/items/password';
import { checkId } from '../../../src/core/ids';

const run = (item: { check(f: ChecklistFacts): CheckResult }, facts: Partial<ChecklistFacts>) =>
  item.check(completeFacts(facts));
const allText = (r: CheckResult) =>
  JSON.stringify([r.reason, r.steps, r.title, r.actions.map((a) => ('label' in a ? a.label : null))]);

describe('official entry', () => {
  it('names the portal and the login mode the page shows', () => {
    const r = run(officialEntry, onPage(TPASS_BEIJING, { modes: ['password', 'ca'], activeMode: 'ca' }));
    expect(r.reason['zh-CN']).toContain('国家税务总局北京市税务局');
    expect(r.reason['zh-CN']).toContain('数字证书（U盾）');
    expect(r.reason.en).toContain('digital certificate');
  });

  it('at the e-tax identity step says which identity to pick for social-insurance work', () => {
    const r = run(officialEntry, onPage(TPASS_BEIJING, { step: 'role-choice' }));
    expect(r.steps.map((s) => s['zh-CN']).join()).toMatch(/社保经办人.*办税员/);
    expect(run(officialEntry, onPage(TPASS_BEIJING)).steps).toEqual([]);
  });

  it('on a look-alike offers the official entry of what it imitates', () => {
    const r = run(officialEntry, onPage('https://beijing-chinatax.top/login'));
    expect(r.status).toBe('fail');
    expect(r.actions[0]).toMatchObject({ kind: 'open' });
    expect((r.actions[0] as { url: string }).url).toMatch(/chinatax\.gov\.cn/);
  });
});

describe('credit code', () => {
  it('fails with the exact reason from src/core/ids', () => {
    const value = '914403001922038217';
    const r = run(creditCode, { typed: { creditCode: value } });
    expect(r.reason).toEqual(checkId(value, 'company').message);
    expect(r.actions).toEqual([]);
  });

  it('copies and fills the cleaned code when only the width was wrong', () => {
    const r = run(creditCode, {
      ...onPage(TPASS_BEIJING),
      typed: { creditCode: '９１４４０３００１９２２０３８２１６' },
    });
    expect(r.status).toBe('warn');
    expect(r.actions).toEqual([
      { kind: 'copy', value: '914403001922038216' },
      { kind: 'fill', field: 'credit-code', value: '914403001922038216' },
    ]);
  });

  it('offers fill only on a login page', () => {
    const r = run(creditCode, { typed: { creditCode: '914403001922038216' } });
    expect(r.actions).toEqual([{ kind: 'copy', value: '914403001922038216' }]);
  });
});

describe('agent ID', () => {
  const ids = ['11010519491231002X', '110105194912310021', '110105209912310020', '１１０１０５１９４９１２３１００２X'];

  it('never shows the number unmasked in any text (valid, wrong, future, full-width)', () => {
    for (const agent of ids) {
      for (const agentIdType of ['person', 'resident-id'] as const) {
        const r = run(agentId, { ...onPage(TPASS_BEIJING), typed: { agentId: agent, agentIdType } });
        expect(allText(r)).not.toMatch(/\d{17}[\dX]/);
        expect(allText(r)).not.toContain(agent);
      }
    }
  });

  it('shows it as 1101**********002X and puts the real value only into copy/fill actions', () => {
    const r = run(agentId, { ...onPage(TPASS_BEIJING), typed: { agentId: '11010519491231002X' } });
    expect(r.reason['zh-CN']).toContain('1101**********002X');
    expect(r.actions).toEqual([
      { kind: 'copy', value: '11010519491231002X' },
      { kind: 'fill', field: 'agent-id', value: '11010519491231002X' },
    ]);
    expect(r.steps.map((s) => s['zh-CN']).join()).toMatch(/激活.*绑定/);
  });

  it('checks a Hong Kong/Macao/Taiwan permit as such', () => {
    const r = run(agentId, { typed: { agentId: '11010519491231002X', agentIdType: 'hk-mo-tw-permit' } });
    expect(r.status).toBe('fail');
  });
});

describe('CA client', () => {
  const bjYzt = onPage('https://yzt.beijing.gov.cn/', { modes: ['ca'], activeMode: null });

  it("probes the portal's vendor and names the holder it read", () => {
    const r = run(caClient, {
      ...bjYzt,
      probes: { ca: { state: 'key', certs: [{ holder: '某某科技有限公司' }] }, network: { state: 'not-probed' } },
    });
    expect(r.reason['zh-CN']).toContain('某某科技有限公司');
    expect(r.actions).toEqual([{ kind: 'probe-ca', vendor: 'bjca' }]);
  });

  it("takes the vendor from the page's script markers", () => {
    const r = run(caClient, {
      ...onPage(TPASS_BEIJING, { modes: ['password', 'ca'], activeMode: 'ca' }),
      caMarkers: ['script:NetcaWebSocket.js'],
    });
    expect(r.actions).toEqual([{ kind: 'probe-ca', vendor: 'netca' }]);
  });

  it("the profile's vendor wins, and asks to pick one when nothing names it", () => {
    const profile = { id: 'p', name: 'A', creditCode: '', usualPortals: [], certVendor: 'gdca' };
    const withProfile = run(caClient, { ...bjYzt, profile });
    expect(withProfile.actions).toEqual([
      {
        kind: 'open',
        url: 'https://www.gdca.com.cn/customer_service/download/client/',
        label: { 'zh-CN': '下载GDCA 数字证书客户端通用版', en: 'Download GDCA certificate client (通用版)' },
      },
    ]);
    const none = run(caClient, onPage(TPASS_BEIJING, { modes: ['password', 'ca'], activeMode: 'ca' }));
    expect(none.actions).toEqual([]);
    expect(none.steps.at(-1)?.en).toContain('certificate vendor');
  });

  it('expiry: 30 days ahead warns, 31 does not, the day after fails', () => {
    const at = (certExpiry: string) =>
      run(caClient, {
        ...bjYzt,
        profile: { id: 'p', name: 'A', creditCode: '', usualPortals: [], certExpiry },
        probes: { ca: { state: 'running' }, network: { state: 'not-probed' } },
      }).status;
    expect(at('2026-07-01')).toBe('warn');
    expect(at('2026-07-02')).toBe('pass');
    expect(at('2026-06-01')).toBe('warn');
    expect(at('2026-05-31')).toBe('fail');
  });
});

describe('password', () => {
  it('gives the tpass first-password rule from the registry', () => {
    const r = run(password, onPage(TPASS_BEIJING));
    expect(r.steps.map((s) => s['zh-CN'])).toEqual(['首次登录：个人用户的初始密码是本人证件号码的后六位。']);
  });

  it('states the lock with the minutes left', () => {
    const r = run(password, {
      lockout: { failures: 5, lockedMinutes: 30, lockedAt: new Date('2026-06-01T03:50:00Z').getTime() },
    });
    expect(r.reason.en).toContain('about 20 minutes');
  });
});
