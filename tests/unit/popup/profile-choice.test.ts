import { describe, expect, it } from 'vitest';
import type { CompanyProfile } from '../../../src/core/checklist/types';
import { chooseProfile, filterProfiles } from '../../../src/shared/profile-choice';

const company = (id: string, name: string, creditCode: string, usualPortals: string[] = []): CompanyProfile => ({
  id,
  name,
  creditCode,
  usualPortals,
});

const A = company('a', '北京甲公司', '91110000600037341L', ['e-tax/beijing']);
const B = company('b', '上海乙公司', '914403001922038216', ['e-tax/shanghai', 'e-tax/beijing']);
const C = company('c', '深圳丙公司', '91440300MA5EXAMPLE');

describe('which company the popup checks for', () => {
  it('prefers a company whose usual portals include this portal, the last used of those first', () => {
    expect(chooseProfile([A, B, C], 'e-tax/shanghai', 'c')?.id).toBe('b');
    expect(chooseProfile([A, B, C], 'e-tax/beijing', 'b')?.id).toBe('b');
    expect(chooseProfile([A, B, C], 'e-tax/beijing', 'c')?.id).toBe('a');
  });
  it('falls back to the last used one, then the first, then none', () => {
    expect(chooseProfile([A, B, C], 'social-insurance/national', 'c')?.id).toBe('c');
    expect(chooseProfile([A, B, C], null, 'gone')?.id).toBe('a');
    expect(chooseProfile([], 'e-tax/beijing', 'a')).toBeNull();
  });
});

describe('finding one of 30 companies by typing', () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    company(`c${i}`, `客户${String(i).padStart(2, '0')}号贸易有限公司`, `9111000060003${String(i).padStart(4, '0')}L`),
  );
  it('matches part of the name', () => {
    expect(filterProfiles(many, '07号').map((p) => p.id)).toEqual(['c7']);
    expect(filterProfiles(many, '贸易')).toHaveLength(30);
  });
  it('matches part of the credit code, ignoring case, spaces and full-width characters', () => {
    expect(filterProfiles(many, '0023').map((p) => p.id)).toEqual(['c23']);
    expect(filterProfiles(many, ' ００１５l ').map((p) => p.id)).toEqual(['c15']);
  });
  it('an empty query keeps them all, a query that fits none keeps none', () => {
    expect(filterProfiles(many, '  ')).toHaveLength(30);
    expect(filterProfiles(many, '不存在')).toEqual([]);
  });
});
