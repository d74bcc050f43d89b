import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/categories';
import { explain } from '../../../src/core/diagnose/explain';
import { HOTLINES, KIND_OVERRIDES, KNOWLEDGE } from '../../../src/core/diagnose/knowledge';
import { PORTALS } from '../../../src/core/portals';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const HAN = /[\u4e00-\u9fff]/g;

function checkTexts(zh: readonly string[], en: readonly string[], where: string): void {
  for (const text of zh) {
    expect(text.trim(), where).not.toBe('');
    // Chinese prose: mostly Han characters
    expect((text.match(HAN) ?? []).length / text.length, `${where}: ${text}`).toBeGreaterThan(0.4);
  }
  for (const text of en) {
    expect(text.trim(), where).not.toBe('');
    expect(CJK.test(text), `${where}: ${text}`).toBe(false);
  }
}

describe('knowledge base', () => {
  it('has a title, an explanation and at least two steps in both languages for every category', () => {
    for (const category of CATEGORIES) {
      const entry = KNOWLEDGE[category];
      expect(entry, category).toBeDefined();
      expect(entry.steps['zh-CN'].length, category).toBeGreaterThanOrEqual(2);
      expect(entry.steps.en.length, category).toBeGreaterThanOrEqual(2);
      checkTexts(
        [entry.title['zh-CN'], entry.explanation['zh-CN'], ...entry.steps['zh-CN']],
        [entry.title.en, entry.explanation.en, ...entry.steps.en],
        category,
      );
    }
  });

  it('overrides are complete in both languages', () => {
    for (const [kind, byCategory] of Object.entries(KIND_OVERRIDES)) {
      for (const [category, entry] of Object.entries(byCategory ?? {})) {
        expect(entry.steps['zh-CN'].length).toBeGreaterThanOrEqual(2);
        expect(entry.steps.en.length).toBe(entry.steps['zh-CN'].length);
        checkTexts(entry.steps['zh-CN'], entry.steps.en, `${kind}/${category}`);
      }
    }
  });

  it('leaves no placeholder unfilled', () => {
    for (const category of CATEGORIES) {
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const kind of [undefined, 'e-tax', 'social-insurance', 'medical-insurance', 'housing-fund'] as const) {
          const advice = explain(category, lang, kind ? { kind } : undefined);
          expect(advice.steps.join(' ')).not.toMatch(/[{}]/);
        }
      }
    }
  });
});

describe('explain', () => {
  it('puts the portal kind’s hotline into the steps', () => {
    expect(explain('login-failed', 'zh-CN', { kind: 'social-insurance' }).steps.join('')).toContain('12333');
    expect(explain('login-failed', 'zh-CN', { kind: 'medical-insurance' }).steps.join('')).toContain('12393');
    expect(explain('maintenance', 'en', { kind: 'housing-fund' }).steps.join('')).toContain('12329');
    expect(explain('login-failed', 'zh-CN', { portalId: 'e-tax/beijing' }).steps.join('')).toContain('12366');
    const generic = explain('account-locked', 'zh-CN').steps.join('');
    for (const hotline of ['12333', '12366', '12393', '12329']) expect(generic).toContain(hotline);
  });

  it('points a locked e-tax account to Forgot password', () => {
    const zh = explain('account-locked', 'zh-CN', { kind: 'e-tax' }).steps.join('');
    expect(zh).toContain('忘记密码');
    expect(zh).toContain('12366');
    expect(explain('account-locked', 'en', { kind: 'e-tax' }).steps.join(' ')).toContain('Forgot password');
  });

  it('repeats the page’s numbers', () => {
    expect(explain('account-locked', 'zh-CN', { captures: { minutes: 30 } }).steps[0]).toContain('30 分钟');
    expect(explain('account-locked', 'en', { captures: { minutes: 120 } }).steps[0]).toContain('2 hours');
    expect(explain('account-locked', 'en', { captures: { triesLeft: 1 } }).steps[0]).toContain('1 try is left');
    expect(explain('pin-wrong', 'zh-CN', { captures: { triesLeft: 2 } }).steps[0]).toContain('2 次');
    expect(explain('cert-expiring', 'en', { captures: { days: 10 } }).steps[0]).toContain('10 days');
    expect(explain('password-wrong', 'en', { captures: {} }).steps).toEqual(explain('password-wrong', 'en').steps);
  });

  it('covers the guide’s facts', () => {
    const reset = explain('password-wrong', 'zh-CN').steps.join('');
    for (const fact of ['手机', '邮箱', '证书', '介绍信', '营业执照复印件', '身份证原件'])
      expect(reset).toContain(fact);
    const network = explain('network', 'zh-CN').steps.join('');
    for (const fact of ['路由器', '防火墙', '刷新']) expect(network).toContain(fact);
    const browser = explain('browser-unsupported', 'zh-CN').steps.join('');
    for (const fact of ['兼容', '极速', '缓存', '插件']) expect(browser).toContain(fact);
  });
});

describe('hotlines have one source', () => {
  const folder = resolve(import.meta.dirname, '../../../src/core/diagnose');
  const sources = (dir: string): string[] =>
    readdirSync(resolve(folder, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sources(`${dir}/${entry.name}`)
        : entry.name.endsWith('.ts')
          ? [`${dir}/${entry.name}`]
          : [],
    );

  it('each hotline number is written once in the diagnose code: in HOTLINES', () => {
    for (const number of Object.values(HOTLINES)) {
      const places = sources('.').flatMap((file) => {
        const text = readFileSync(resolve(folder, file), 'utf8');
        return text.split(number).length - 1 > 0 ? [`${file} ×${text.split(number).length - 1}`] : [];
      });
      expect(places, number).toEqual(['./knowledge.ts ×1']);
    }
  });

  it('HOTLINES agrees with the national hotline of every registered portal of that kind', () => {
    const national = /^123\d\d$/u;
    const checked = PORTALS.filter((portal) => national.test(portal.hotline ?? ''));
    expect(checked.length).toBeGreaterThanOrEqual(4);
    for (const portal of checked)
      expect(`${portal.id} ${portal.hotline}`).toBe(`${portal.id} ${HOTLINES[portal.kind]}`);
  });
});
