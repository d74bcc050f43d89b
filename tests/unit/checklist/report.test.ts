import { describe, expect, it } from 'vitest';
import { completeFacts, composeReport, localTime, runChecklist } from '../../../src/core/checklist';
import type { BrowserFacts } from '../../../src/core/checklist';
import { onPage } from '../../../src/core/checklist/example-facts';

const CHROME: BrowserFacts = {
  name: 'chrome',
  version: 130,
  engine: 'chromium',
  os: 'windows',
  cookiesEnabled: true,
  online: true,
};
const NOW = new Date('2026-06-01T04:05:06Z');
const TPASS = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login?response_type=code&client_id=abc123secret';
const ID = '11010519491231002X';
const CODE = '914403001922038216';

function report(lang: 'zh-CN' | 'en', typed: { creditCode?: string; agentId?: string }, messages: string[] = []) {
  const facts = completeFacts({
    ...onPage(TPASS),
    typed,
    browser: CHROME,
    now: NOW,
    lockout: { failures: 2, triesLeft: 3 },
  });
  return composeReport({
    lang,
    version: '0.1.0',
    browser: CHROME,
    portal: facts.portal,
    trust: facts.trust,
    results: runChecklist(facts),
    findings: messages.map((message) => ({ category: 'password-wrong' as const, message })),
    now: NOW,
    timeZone: 'Asia/Shanghai',
  });
}

/** An 18-character ID or credit code anywhere in the text, unmasked. */
const UNMASKED = /[0-9A-Z]{18}/;

describe('composeReport', () => {
  it('lists version, browser, OS, portal, trust, every item and the local time with its zone (zh-CN)', () => {
    const text = report('zh-CN', { creditCode: CODE, agentId: ID }, ['用户名或密码错误，您还有3次机会']);
    expect(text).toContain('扩展版本: 0.1.0');
    expect(text).toContain('浏览器: Chrome 130');
    expect(text).toContain('操作系统: Windows');
    expect(text).toContain('国家税务总局北京市税务局 电子税务局 (tpass.beijing.chinatax.gov.cn)');
    expect(text).toContain('网址核验: 官方网站');
    expect(text).toContain('- 官方登录入口: 通过');
    expect(text).toContain('- 密码与锁定: 注意');
    expect(text).toContain('- 账号或密码不对: “用户名或密码错误，您还有3次机会”');
    expect(text).toContain('本地时间: 2026-06-01 12:05:06 (Asia/Shanghai, GMT+08:00)');
    expect(text.split('\n').filter((l) => l.startsWith('- ')).length).toBe(8);
  });

  it('speaks English when the UI does, with category titles, not ids', () => {
    const text = report('en', {}, ['密码错误']);
    expect(text).toContain('Extension version: 0.1.0');
    expect(text).toContain('- Official login page: OK');
    expect(text).toContain('- Wrong account or password: “密码错误”');
    expect(text).not.toContain('password-wrong');
  });

  it('never shows an unmasked ID number or credit code, typed, mistyped, full-width or quoted by the page', () => {
    const cases = [
      { creditCode: CODE, agentId: ID },
      { creditCode: '914403001922038217', agentId: '110105194912310021' },
      { creditCode: '９１４４０３００１９２２０３８２１６', agentId: '１１０１０５１９４９１２３１００２X' },
    ];
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const typed of cases) {
        const text = report(lang, typed, [
          `证件号码${ID}与单位${CODE}不匹配`,
          `身份证号 １１０１０５１９４９１２３１００２X 不存在`,
        ]);
        expect(text).not.toMatch(UNMASKED);
        expect(text).not.toContain(ID);
        expect(text).toContain('1101**********002X');
      }
    }
  });

  it('keeps the host, not the address with its one-time parameters', () => {
    expect(report('en', {})).not.toContain('abc123secret');
  });

  it('bounds the page texts', () => {
    const text = report('en', {}, ['长'.repeat(5000), ...Array.from({ length: 30 }, (_, i) => `m${i}`)]);
    expect(text.length).toBeLessThan(3000);
  });
});

describe('localTime', () => {
  it('formats with the zone and its offset; an unknown zone falls back to UTC', () => {
    expect(localTime(NOW, 'Europe/Berlin')).toBe('2026-06-01 06:05:06 (Europe/Berlin, GMT+02:00)');
    expect(localTime(NOW, 'Not/AZone')).toBe('2026-06-01 04:05:06 (UTC, GMT+00:00)');
  });
});
