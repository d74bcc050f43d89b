/**
 * The column names accountants give their company lists in Excel, Chinese and English, as data: one entry per
 * profile field with every header that means it. A header matches after trimming, dropping spaces, brackets'
 * remarks ("证书到期日（必填）") and case, so "Credit Code", "credit_code" and "统一社会信用代码 " all match.
 */

/** The profile fields a CSV column can fill. */
export type CsvField = 'name' | 'creditCode' | 'agentName' | 'agentId' | 'certExpiry';

export interface HeaderEntry {
  field: CsvField;
  /** the names that mean this field, in the normalised form `headerKey` gives */
  names: readonly string[];
  /** the name shown in the preview and the README */
  label: { 'zh-CN': string; en: string };
}

export const HEADER_TABLE: readonly HeaderEntry[] = [
  {
    field: 'name',
    names: [
      '单位名称',
      '企业名称',
      '公司名称',
      '纳税人名称',
      '单位',
      '名称',
      'companyname',
      'company',
      'name',
      'enterprisename',
    ],
    label: { 'zh-CN': '单位名称', en: 'Company name' },
  },
  {
    field: 'creditCode',
    names: [
      '统一社会信用代码',
      '社会信用代码',
      '信用代码',
      '纳税人识别号',
      '税号',
      'creditcode',
      'unifiedsocialcreditcode',
      'uscc',
      'taxid',
      'taxpayerid',
      'taxnumber',
    ],
    label: { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
  },
  {
    field: 'agentName',
    names: ['经办人', '经办人姓名', '办税人', '办税员', '联系人', 'agent', 'agentname', 'contact', 'contactname'],
    label: { 'zh-CN': '经办人', en: 'Agent' },
  },
  {
    field: 'agentId',
    names: [
      '经办人证件号码',
      '经办人身份证号',
      '经办人身份证号码',
      '身份证号',
      '身份证号码',
      '证件号码',
      'agentid',
      'agentidnumber',
      'idnumber',
      'idcard',
    ],
    label: { 'zh-CN': '经办人证件号码', en: 'Agent ID number' },
  },
  {
    field: 'certExpiry',
    names: [
      '证书到期日',
      '证书到期日期',
      'ca到期日',
      'ca证书到期日',
      '证书有效期',
      '证书有效期至',
      '有效期至',
      'u盾到期日',
      'certexpiry',
      'certificateexpiry',
      'expirydate',
      'certexpires',
      'expires',
      'validuntil',
    ],
    label: { 'zh-CN': '证书到期日', en: 'Certificate expiry' },
  },
];

/** A header as compared: NFKC (full-width letters and brackets), remarks in brackets dropped, no spaces, lower case. */
export function headerKey(header: string): string {
  return header
    .slice(0, 100)
    .normalize('NFKC')
    .replace(/[([][^)\]]{0,40}[)\]]/g, '')
    .replace(/[\s_\-.:*：]/g, '')
    .toLowerCase();
}

export interface HeaderMap {
  /** field → column index */
  columns: Partial<Record<CsvField, number>>;
  /** headers that mean nothing to us, shown so the user knows they were left out */
  ignored: string[];
}

/** Which column holds which field. The first column with a field's name wins; a repeated one is ignored. */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  const columns: Partial<Record<CsvField, number>> = {};
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const key = headerKey(header);
    const entry = HEADER_TABLE.find((e) => e.names.includes(key));
    if (entry && columns[entry.field] === undefined) columns[entry.field] = index;
    else if (key !== '') ignored.push(header.trim().slice(0, 40));
  });
  return { columns, ignored };
}
