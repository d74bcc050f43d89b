import { describe, expect, it } from 'vitest';
import { checkId, normalizeId, upgradeResidentId15 } from '../../../src/core/ids/index';
import { icao731CheckDigit, mod11_2CheckChar, orgCodeCheckChar, usccCheckChar } from '../../../src/core/ids/checksums';
import { isPlausibleRegion } from '../../../src/core/ids/regions';
import { TODAY, withIdCheck, withOrgCheck, withUsccCheck } from './helpers';

const today = TODAY;

describe('check characters: worked examples from the standards (identifiers.md)', () => {
  it('USCC MOD 31: official example 91350100M000100Y4 → 3', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });
  it('USCC MOD 31 yields 0 when the sum is divisible by 31 (npm stdnum bug)', () => {
    expect(usccCheckChar('92340604MA2PENA30')).toBe('0');
    expect(usccCheckChar('91350200612049542')).toBe('0');
  });
  it('GB 11714: MA27Y4U4 → 7, 12345678 → 8, M000100Y → 4, MA2PBM9H → X', () => {
    expect(['MA27Y4U4', '12345678', 'M000100Y', 'MA2PBM9H'].map(orgCodeCheckChar)).toEqual(['7', '8', '4', 'X']);
  });
  it('MOD 11-2: GB 11643 appendix examples', () => {
    expect(mod11_2CheckChar('11010519491231002')).toBe('X');
    expect(mod11_2CheckChar('44052418800101001')).toBe('4');
  });
  it('ICAO 7-3-1: KAZ11009012310 → 5', () => {
    expect(icao731CheckDigit('KAZ11009012310')).toBe('5');
  });
});

describe('USCC', () => {
  it('accepts A/N/Y departments, national region 100000, the official example and digits-only codes', () => {
    for (const v of ['A1110000MA27Y4U477', '51100000500000007W', '91350100M000100Y43', '914403001922038216']) {
      expect(checkId(v, 'uscc').codes, v).toEqual([]);
    }
  });
  it('keeps abolished region codes valid (120224 宝坻县 until 2001)', () => {
    expect(checkId('91120224064012553U', 'uscc').severity).toBe('ok');
  });
  it('treats the Fuzhou/Xiamen pilot codes as warnings only', () => {
    for (const v of ['91350100M0001TGQXM', '91350211M0000XUF46', '91350203M0001FUE2P']) {
      expect(checkId(v, 'uscc').codes, v).toEqual(['W_PILOT_CHECK']);
    }
  });
  it('does not extend the pilot exception to other regions', () => {
    const good = withUsccCheck(`91330106${withOrgCheck('M0001TGQ')}`);
    const bad = good.slice(0, 17) + (good[17] === 'A' ? 'B' : 'A');
    expect(checkId(bad, 'uscc').codes).toEqual(['E_CHECK']);
  });
  it('rejects a province that does not exist, 10xxxx other than 100000, and flags impossible regions', () => {
    expect(checkId(withUsccCheck(`91990000${withOrgCheck('MA27Y4U4')}`), 'uscc').codes).toEqual(['E_PROVINCE']);
    expect(checkId(withUsccCheck(`91100100${withOrgCheck('MA27Y4U4')}`), 'uscc').codes).toEqual(['E_PROVINCE']);
    expect(checkId(withUsccCheck(`91119900${withOrgCheck('MA27Y4U4')}`), 'uscc').codes).toEqual(['W_REGION_UNKNOWN']);
  });
  it('warns when the org-code body fails GB 11714', () => {
    const body = withOrgCheck('MA27Y4U4');
    const wrongBody = body.slice(0, 8) + (body[8] === '1' ? '2' : '1');
    expect(checkId(withUsccCheck(`91330106${wrongBody}`), 'uscc').codes).toEqual(['W_ORG_BODY_CHECK']);
  });
  it('decodes the category and the province for the checklist', () => {
    const r = checkId('91110000600037341L', 'uscc');
    expect(r.details?.category?.label['zh-CN']).toContain('企业');
    expect(r.details?.category?.code).toBe('91');
    expect(r.details?.region?.label['zh-CN']).toBe('北京市');
    expect(r.message['zh-CN']).toContain('91 =');
  });
});

describe('organization code and taxpayer number', () => {
  it('accepts the printed form with its hyphen and warns on the PDY range', () => {
    expect(checkId('MA27Y4U4-7', 'org-code').codes).toEqual([]);
    expect(checkId(withOrgCheck('PDY00012'), 'org-code').codes).toEqual(['W_RESERVED_RANGE']);
  });
  it('reports lowercase as E_CHARSET with the normalized value', () => {
    const r = checkId('ma27y4u47', 'org-code');
    expect([r.codes, r.normalized, r.suggestion?.kind]).toEqual([['E_CHARSET'], 'MA27Y4U47', 'normalized']);
  });
  it('reads 18-character taxpayer numbers as a USCC or an ID number, 20 as ID + sequence', () => {
    expect(checkId('91110000600037341L', 'taxpayer-id', { today }).details?.form).toBe('uscc');
    expect(checkId('11010519491231002X', 'taxpayer-id', { today }).details?.form).toBe('resident-id');
    const id15 = '110101781027002';
    expect(checkId(`${id15}00000`, 'taxpayer-id', { today }).details?.form).toBe('resident-id-15+00000');
    expect(checkId('11010519491231002X01', 'taxpayer-id', { today }).codes).toEqual([]);
    expect(checkId('11010519491231002Y01', 'taxpayer-id', { today }).codes).toEqual(['E_FORMAT']);
  });
});

describe('resident ID', () => {
  it('accepts abolished and never-current codes the historical rule would reject', () => {
    for (const v of ['210203197503102721', '330105197810270025', '110103198001010013']) {
      expect(checkId(v, 'resident-id', { today }).codes, v).toEqual([]);
    }
  });
  it('warns only, for a region code that never existed (validator.js sample 235407…)', () => {
    expect(checkId('235407195106112745', 'resident-id', { today }).codes).toEqual(['W_REGION_UNKNOWN']);
  });
  it('warns on age over 120 (the GB 11643 example, born 1880) and depends on the injected today', () => {
    expect(checkId('440524188001010014', 'resident-id', { today }).codes).toEqual(['W_AGE_OVER_120']);
    expect(checkId('440524188001010014', 'resident-id', { today: new Date(1990, 0, 1) }).codes).toEqual([]);
  });
  it('compares birth dates with today: today is fine, tomorrow is in the future', () => {
    const born = withIdCheck('11010120261127001');
    expect(checkId(born, 'resident-id', { today }).codes).toEqual([]);
    expect(checkId(born, 'resident-id', { today: new Date(2026, 10, 26) }).codes).toEqual(['E_DATE_FUTURE']);
  });
  it('knows leap years (1900 no, 2000 yes) and rejects years before 1800', () => {
    expect(checkId(withIdCheck('11010119000229001'), 'resident-id', { today }).codes).toEqual(['E_DATE']);
    expect(checkId(withIdCheck('11010120000229001'), 'resident-id', { today }).codes).toEqual([]);
    expect(checkId(withIdCheck('11010117991231001'), 'resident-id', { today }).codes).toEqual(['E_DATE_TOO_OLD']);
  });
  it('sends permit and foreigner numbers to their own type', () => {
    const permit = checkId('810000199408230021', 'resident-id', { today });
    expect([permit.codes, permit.suggestion?.type]).toEqual([['E_WRONG_TYPE'], 'hk-mo-tw-permit']);
    const foreign = checkId('911398199012310021', 'resident-id', { today });
    expect([foreign.codes, foreign.suggestion?.type]).toEqual([['E_WRONG_TYPE'], 'foreign-permanent-id']);
  });
  it('warns on the Taiwan province code 71', () => {
    expect(checkId(withIdCheck('71000019800101001'), 'resident-id', { today }).codes).toEqual(['W_PROVINCE_71']);
  });
  it('decodes birth date, sex and province', () => {
    const r = checkId('11010519491231002X', 'resident-id', { today });
    expect(r.details).toMatchObject({ birthDate: '1949-12-31', sex: 'female', region: { code: '110105' } });
  });
  it('rejects lowercase x, and suggests a reading when O was typed for 0', () => {
    expect(checkId('11010519491231002x', 'resident-id', { today }).normalized).toBe('11010519491231002X');
    const r = checkId('11010519491231OO2X', 'resident-id', { today });
    expect([r.codes, r.suggestion?.kind, r.suggestion?.value]).toEqual([
      ['E_CHARSET'],
      'lookalike',
      '11010519491231002X',
    ]);
  });
  it('offers no "did you mean" when the cleaned value is still wrong', () => {
    const r = checkId('110105 19491231 0021', 'resident-id', { today });
    expect(r.codes).toEqual(['E_CHARSET']);
    expect(r.normalized).toBe('110105194912310021');
    expect(r.suggestion).toBeUndefined();
  });
});

describe('15-digit ID', () => {
  it('offers the 18-digit upgrade computed from the given digits (jxlwqq example)', () => {
    expect(upgradeResidentId15('610104620927690')).toBe('610104196209276908');
    const r = checkId('610104620927690', 'resident-id-15', { today });
    expect([r.severity, r.suggestion?.kind, r.suggestion?.value]).toEqual(['ok', 'upgrade-18', '610104196209276908']);
  });
  it('offers no upgrade for an invalid number', () => {
    expect(checkId('610104620932690', 'resident-id-15', { today }).suggestion).toBeUndefined();
  });
});

describe('permits and foreigner cards', () => {
  it('accepts the published permit samples and rejects 710000', () => {
    expect(checkId('830000199201300022', 'hk-mo-tw-permit', { today }).details?.region?.label.en).toBe(
      'Taiwan resident',
    );
    expect(checkId(withIdCheck('71000019920130002'), 'hk-mo-tw-permit', { today }).codes).toEqual(['E_PREFIX']);
  });
  it('reads the 2023 specimen 931586198001010028 (Shanghai, Pakistan, female)', () => {
    const r = checkId('931586198001010028', 'foreign-permanent-id', { today });
    expect([r.codes, r.details?.nationality, r.details?.sex, r.details?.form]).toEqual([[], '586', 'female', '2023']);
  });
  it('does not block the 2017 specimen that fails 7-3-1, and derives no sex from it', () => {
    const r = checkId('CAN110081080319', 'foreign-permanent-id', { today });
    expect([r.severity, r.codes, r.details?.sex]).toEqual(['warning', ['W_CHECK_731'], undefined]);
  });
  it('warns on unknown nationality codes', () => {
    expect(checkId(withIdCheck('91199919901231002'), 'foreign-permanent-id', { today }).codes).toEqual([
      'W_NATIONALITY_UNKNOWN',
    ]);
    const qqq = `QQQ11009012310`;
    expect(checkId(qqq + icao731CheckDigit(qqq), 'foreign-permanent-id', { today }).codes).toEqual([
      'W_NATIONALITY_UNKNOWN',
    ]);
  });
});

describe('detection and normalization', () => {
  it('company: picks the type by shape', () => {
    expect(checkId('91110000600037341L', 'company').type).toBe('uscc');
    expect(checkId('MA27Y4U4-7', 'company').type).toBe('org-code');
    expect(checkId('110000600037341', 'company').type).toBe('taxpayer-id');
    expect(checkId('11010519491231002X', 'company', { today }).type).toBe('taxpayer-id');
    expect(checkId('９１１１０００００６０００３７３４１Ｌ', 'company').type).toBe('uscc');
  });
  it('person: picks the type by shape', () => {
    const type = (v: string) => checkId(v, 'person', { today }).type;
    expect(
      ['11010519491231002X', '110101781027002', '810000199408230021', '911398199012310021', 'KAZ110090123105'].map(
        type,
      ),
    ).toEqual(['resident-id', 'resident-id-15', 'hk-mo-tw-permit', 'foreign-permanent-id', 'foreign-permanent-id']);
  });
  it('normalizes full-width, NBSP, ideographic space, zero-width, BOM, hyphens and case', () => {
    expect(normalizeId('\ufeff９１１１\u00a00000\u3000600037\u200d341-ｌ')).toBe('91110000600037341L');
  });
  it('reports E_EMPTY for empty and blank input', () => {
    expect(checkId('', 'uscc').codes).toEqual(['E_EMPTY']);
    expect(checkId(' \u200b ', 'person').codes).toEqual(['E_EMPTY']);
  });
});

describe('region plausibility', () => {
  it('accepts province, prefecture and county codes, including abolished ones', () => {
    for (const c of ['110000', '110100', '110103', '440524', '120224', '340600', '654300', '445300', '429004']) {
      expect(isPlausibleRegion(c), c).toBe(true);
    }
  });
  it('rejects codes that cannot exist', () => {
    for (const c of ['111111', '235407', '110001', '119000', '129000', '449100'])
      expect(isPlausibleRegion(c), c).toBe(false);
  });
});
