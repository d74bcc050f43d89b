import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { CompanyProfile } from '../../../src/core/checklist/types';
import { MAX_CSV_BYTES, MAX_CSV_ROWS, readCompanyCsv } from '../../../src/core/companies';
import { MAX_PROFILES } from '../../../src/shared/profiles';
import { withOrgCheck, withUsccCheck } from '../ids/helpers';

const BEIJING = '91110000600037341L';
const SHANGHAI = withUsccCheck(`91310115${withOrgCheck('MA1K3YJ5')}`);
const TYPO = '91110000600037342L';
const AGENT = '11010519491231002X';

const HEADER = '单位名称,统一社会信用代码,经办人,经办人证件号码,证书到期日';
const LINES = [
  `北京某某科技有限公司,${BEIJING},张三,${AGENT},2027/3/31`,
  `上海某某贸易有限公司,${SHANGHAI},李四,,2027年4月1日`,
  `错码公司,${TYPO},王五,,20270331`,
];
const csv = [HEADER, ...LINES].join('\r\n');

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));

describe('CSV import: the three encodings Excel writes', () => {
  for (const [name, bytes, encoding] of [
    ['UTF-8 without BOM', utf8(csv), 'utf-8'],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', withBom(csv), 'utf-8-bom'],
    ['GBK (Excel on Chinese Windows)', gbk(csv), 'gb18030'],
  ] as const) {
    it(`${name}: good rows fine, the mistyped code refused with its reason`, () => {
      const preview = readCompanyCsv(bytes, []);
      expect(preview.error).toBeNull();
      expect(preview.encoding).toBe(encoding);
      expect(preview.rows.map((r) => [r.line, r.status])).toEqual([
        [2, 'ok'],
        [3, 'ok'],
        [4, 'refused'],
      ]);
      expect(preview.rows[0]!.company).toEqual({
        name: '北京某某科技有限公司',
        creditCode: BEIJING,
        agentName: '张三',
        agentId: AGENT,
        agentIdType: 'resident-id',
        certExpiry: '2027-03-31',
        usualPortals: [],
      });
      expect(preview.rows[1]!.company).toMatchObject({
        name: '上海某某贸易有限公司',
        creditCode: SHANGHAI,
        certExpiry: '2027-04-01',
      });
      expect(preview.rows[1]!.company!.agentId).toBeUndefined();
      const refused = preview.rows[2]!;
      expect(refused.company).toBeNull();
      expect(refused.reasons[0]!['zh-CN']).toMatch(/^统一社会信用代码：.*校验/);
      expect(refused.reasons[0]!.en).toMatch(/^The credit code: /);
    });
  }

  it('the first GBK name decodes to the very characters written (not mojibake)', () => {
    const preview = readCompanyCsv(gbk(csv), []);
    expect(preview.rows.map((r) => r.shown.name)).toEqual(['北京某某科技有限公司', '上海某某贸易有限公司', '错码公司']);
  });

  it('shows identifiers masked and never puts a full code into a reason', () => {
    const preview = readCompanyCsv(utf8(csv), []);
    expect(preview.rows[0]!.shown.creditCode).toBe('9111**********341L');
    expect(preview.rows[0]!.shown.agentId).toBe('1101**********002X');
    const all = JSON.stringify(preview.rows.map((r) => [r.shown, r.reasons]));
    for (const id of [BEIJING, SHANGHAI, TYPO, AGENT]) expect(all).not.toContain(id);
  });
});

describe('CSV import: headers as people write them', () => {
  const row = `北京某某科技有限公司,${BEIJING},张三,${AGENT},2027-03-31`;
  for (const header of [
    '企业名称,纳税人识别号,经办人姓名,身份证号,CA到期日',
    '公司名称,信用代码,经办人,经办人证件号码,证书有效期',
    'Company Name,Credit Code,Agent,ID Number,Expiry Date',
    '单位名称（必填）,统一社会信用代码 ,经办人,身份证号码,证书到期日期',
    'company_name,USCC,agent_name,agent_id,cert_expiry',
  ]) {
    it(header, () => {
      const preview = readCompanyCsv(utf8(`${header}\n${row}`), []);
      expect(preview.error).toBeNull();
      expect(preview.rows[0]!.company).toMatchObject({
        name: '北京某某科技有限公司',
        creditCode: BEIJING,
        agentName: '张三',
        agentId: AGENT,
        certExpiry: '2027-03-31',
      });
    });
  }

  it('columns in another order, with extra ones reported as ignored', () => {
    const preview = readCompanyCsv(utf8(`备注,统一社会信用代码,单位名称\n老客户,${BEIJING},北京某某科技有限公司`), []);
    expect(preview.ignored).toEqual(['备注']);
    expect(preview.rows[0]!.company).toMatchObject({ name: '北京某某科技有限公司', creditCode: BEIJING });
  });

  it('a file without a name or credit-code column is refused as a whole, saying which', () => {
    const preview = readCompanyCsv(utf8(`经办人,备注\n张三,x`), []);
    expect(preview.rows).toEqual([]);
    expect(preview.error!['zh-CN']).toContain('单位名称、统一社会信用代码');
    expect(preview.error!.en).toContain('Company name, Credit code');
  });

  it('semicolon and tab files, quoted names with commas, blank lines', () => {
    const quoted = readCompanyCsv(utf8(`单位名称,信用代码\n"北京某某科技有限公司,海淀分公司",${BEIJING}\n\n`), []);
    expect(quoted.rows.map((r) => r.shown.name)).toEqual(['北京某某科技有限公司,海淀分公司']);
    const tabbed = readCompanyCsv(utf8(`单位名称\t信用代码\n北京某某\t${BEIJING}`), []);
    expect(tabbed.rows[0]!.company).toMatchObject({ name: '北京某某', creditCode: BEIJING });
  });
});

describe('CSV import: row verdicts', () => {
  const one = (line: string, existing: CompanyProfile[] = []) =>
    readCompanyCsv(utf8(`${HEADER}\n${line}`), existing).rows[0]!;

  it('spaces, full-width digits and a lower-case x are cleaned as a person would', () => {
    const row = one(
      `北京某某, ${BEIJING.slice(0, 9)} ${BEIJING.slice(9).toLowerCase()} ,张三,１１０１０５１９４９１２３１００２x,`,
    );
    expect(row.status).toBe('ok');
    expect(row.company).toMatchObject({ creditCode: BEIJING, agentId: AGENT });
  });

  it('an ID number Excel saved in scientific notation is refused with what happened', () => {
    const row = one(`北京某某,${BEIJING},张三,1.10105E+17,`);
    expect(row.status).toBe('refused');
    expect(row.reasons[0]!['zh-CN']).toContain('科学计数法');
    expect(row.reasons[0]!.en).toContain('scientific notation');
  });

  it('a wrong agent ID, an empty name and a date that is no date each refuse the row', () => {
    expect(one(`北京某某,${BEIJING},张三,110105194912310021,`).reasons[0]!['zh-CN']).toMatch(/^经办人证件号码：/);
    expect(one(`,${BEIJING},,,`).reasons[0]!['zh-CN']).toBe('单位名称为空。');
    const badDate = one(`北京某某,${BEIJING},,,2027-02-30`);
    expect(badDate.status).toBe('refused');
    expect(badDate.reasons[0]!['zh-CN']).toContain('“2027-02-30”不是一个日期');
  });

  it('duplicates: of a saved profile, and of an earlier row', () => {
    const saved: CompanyProfile = { id: 'p1', name: '北京老客户', creditCode: BEIJING, usualPortals: [] };
    expect(one(`北京某某,${BEIJING},,,`, [saved])).toMatchObject({ status: 'duplicate', company: null });
    expect(one(`北京某某,${BEIJING},,,`, [saved]).reasons[0]!['zh-CN']).toContain('北京老客户');
    const twice = readCompanyCsv(utf8(`${HEADER}\n甲,${BEIJING},,,\n乙,${BEIJING.toLowerCase()},,,`), []).rows;
    expect(twice.map((r) => r.status)).toEqual(['ok', 'duplicate']);
    expect(twice[1]!.reasons[0]!['zh-CN']).toBe('与第 2 行的信用代码相同，只导入第一行。');
  });
});

describe('CSV import: bounded', () => {
  it("the row limit is the profile list's own", () => expect(MAX_CSV_ROWS).toBe(MAX_PROFILES));

  it(`refuses a file over ${MAX_CSV_BYTES} bytes before reading it`, () => {
    const preview = readCompanyCsv(new Uint8Array(MAX_CSV_BYTES + 1).fill(0x41), []);
    expect(preview.error!['zh-CN']).toContain('文件太大');
    expect(preview.rows).toEqual([]);
  });

  it(`refuses more than ${MAX_CSV_ROWS} rows, saying to split the list`, () => {
    const many = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `单位${i},${BEIJING}`).join('\n');
    const preview = readCompanyCsv(utf8(`单位名称,信用代码\n${many}`), []);
    expect(preview.error!['zh-CN']).toContain(`最多导入 ${MAX_CSV_ROWS} 家`);
    expect(readCompanyCsv(utf8(`单位名称,信用代码\n${many.split('\n').slice(1).join('\n')}`), []).rows).toHaveLength(
      MAX_CSV_ROWS,
    );
  });

  it('refuses the fine rows that no longer fit into the profile list', () => {
    const saved = Array.from(
      { length: MAX_CSV_ROWS - 1 },
      (_, i): CompanyProfile => ({ id: `p${i}`, name: `单位${i}`, creditCode: `x${i}`, usualPortals: [] }),
    );
    const rows = readCompanyCsv(utf8(csv), saved).rows;
    expect(rows.map((r) => r.status)).toEqual(['ok', 'refused', 'refused']);
    expect(rows[1]!.reasons[0]!['zh-CN']).toContain(`最多保存 ${MAX_CSV_ROWS} 家单位`);
  });

  it('an Excel workbook picked by mistake is named as one', () => {
    const preview = readCompanyCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), []);
    expect(preview.error!['zh-CN']).toContain('Excel 工作簿');
  });
});
