import { describe, expect, it } from 'vitest';
import { CHECK_IDS, completeFacts, composeReport, runChecklist } from '../../../src/core/checklist';
import { onPage } from '../../../src/core/checklist/example-facts';

describe('checklist on hostile or broken facts', () => {
  it('never throws and stays bounded on huge values, many markers and broken dates', () => {
    const huge = '9'.repeat(100_000);
    const facts = completeFacts({
      ...onPage('https://tpass.beijing.chinatax.gov.cn:8443/#/login', { modes: ['ca'], activeMode: 'ca' }),
      typed: { creditCode: huge, agentId: `${huge}X` },
      profile: {
        id: 'p',
        name: 'x'.repeat(10_000),
        creditCode: huge,
        usualPortals: [],
        certVendor: 'x'.repeat(5000),
        certExpiry: '9999-99-99',
      },
      caMarkers: Array.from({ length: 10_000 }, (_, i) => `clsid:${i}`),
      lockout: { failures: -3, triesLeft: Number.NaN, lockedMinutes: Number.POSITIVE_INFINITY, lockedAt: Number.NaN },
      probes: { ca: { state: 'key', certs: [] }, network: { state: 'slow', ms: 1234.567 } },
      now: new Date(Number.NaN),
    });
    const results = runChecklist(facts);
    expect(results.map((r) => r.id)).toEqual([...CHECK_IDS]);
    for (const r of results) {
      expect(r.reason['zh-CN'].length + r.reason.en.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.reason).length).toBeLessThan(2000);
    }
    expect(results.find((r) => r.id === 'network')?.reason.en).toContain('1235 ms');
    const text = composeReport({
      lang: 'zh-CN',
      version: '0',
      browser: facts.browser,
      portal: facts.portal,
      trust: facts.trust,
      results,
      findings: [],
      now: facts.now,
      timeZone: 'Asia/Shanghai',
    });
    expect(text).not.toContain(huge.slice(0, 18));
  });
});
