import type { Localized } from '../categories';

interface Department {
  label: Localized;
  categories: Readonly<Record<string, Localized>>;
}

const OTHER: Localized = { 'zh-CN': '其他', en: 'other' };

/**
 * USCC position 1 (登记管理部门) and position 2 (机构类别), GB 32100-2015 with later additions.
 * Source: research/identifiers.md §2.4 ([S2] CSDN 108776492 / osuse.cn 10002590; CredentialKit
 * RegistrationDepartment / OrgCategory). The table has grown over time, so a pair not listed is only a warning.
 */
export const USCC_DEPARTMENTS: Readonly<Record<string, Department>> = {
  '1': {
    label: { 'zh-CN': '机构编制', en: 'institutional establishment' },
    categories: {
      '1': { 'zh-CN': '机关', en: 'government body' },
      '2': { 'zh-CN': '事业单位', en: 'public institution' },
      '3': {
        'zh-CN': '中央编办直管机构编制的群众团体',
        en: 'mass organization under the central establishment office',
      },
      '9': OTHER,
    },
  },
  '2': {
    label: { 'zh-CN': '外交', en: 'foreign affairs' },
    categories: { '1': { 'zh-CN': '外国常驻新闻机构', en: 'resident foreign news agency' }, '9': OTHER },
  },
  '3': {
    label: { 'zh-CN': '司法行政', en: 'justice administration' },
    categories: {
      '1': { 'zh-CN': '律师执业机构', en: 'law firm' },
      '2': { 'zh-CN': '公证处', en: 'notary office' },
      '3': { 'zh-CN': '基层法律服务所', en: 'grassroots legal service office' },
      '4': { 'zh-CN': '司法鉴定机构', en: 'forensic appraisal institution' },
      '5': { 'zh-CN': '仲裁委员会', en: 'arbitration commission' },
      '9': OTHER,
    },
  },
  '4': {
    label: { 'zh-CN': '文化', en: 'culture' },
    categories: { '1': { 'zh-CN': '外国在华文化中心', en: 'foreign cultural centre in China' }, '9': OTHER },
  },
  '5': {
    label: { 'zh-CN': '民政', en: 'civil affairs' },
    categories: {
      '1': { 'zh-CN': '社会团体', en: 'social organization' },
      '2': { 'zh-CN': '民办非企业单位', en: 'private non-enterprise unit' },
      '3': { 'zh-CN': '基金会', en: 'foundation' },
      '9': OTHER,
    },
  },
  '6': {
    label: { 'zh-CN': '旅游', en: 'tourism' },
    categories: {
      '1': { 'zh-CN': '外国旅游部门常驻代表机构', en: 'resident office of a foreign tourism authority' },
      '2': {
        'zh-CN': '港澳台地区旅游部门常驻内地（大陆）代表机构',
        en: 'resident office of a Hong Kong, Macao or Taiwan tourism authority',
      },
      '9': OTHER,
    },
  },
  '7': {
    label: { 'zh-CN': '宗教', en: 'religious affairs' },
    categories: {
      '1': { 'zh-CN': '宗教活动场所', en: 'place of religious activity' },
      '2': { 'zh-CN': '宗教院校', en: 'religious school' },
      '9': OTHER,
    },
  },
  '8': {
    label: { 'zh-CN': '工会', en: 'trade union' },
    categories: { '1': { 'zh-CN': '基层工会', en: 'grassroots trade union' }, '9': OTHER },
  },
  '9': {
    label: { 'zh-CN': '工商（市场监管）', en: 'market regulation' },
    categories: {
      '1': { 'zh-CN': '企业', en: 'enterprise' },
      '2': { 'zh-CN': '个体工商户', en: 'individual business' },
      '3': { 'zh-CN': '农民专业合作社', en: 'farmers’ cooperative' },
    },
  },
  A: {
    label: { 'zh-CN': '中央军委改革和编制办公室', en: 'CMC reform and establishment office' },
    categories: { '1': { 'zh-CN': '军队事业单位', en: 'military public institution' }, '9': OTHER },
  },
  N: {
    label: { 'zh-CN': '农业', en: 'agriculture' },
    categories: {
      '1': { 'zh-CN': '组级集体经济组织', en: 'group-level collective economic organization' },
      '2': { 'zh-CN': '村级集体经济组织', en: 'village-level collective economic organization' },
      '3': { 'zh-CN': '乡镇级集体经济组织', en: 'township-level collective economic organization' },
      '9': OTHER,
    },
  },
  Y: {
    label: { 'zh-CN': '其他', en: 'other' },
    categories: { '1': { 'zh-CN': '其他', en: 'other' } },
  },
};

/** "91 = 工商（市场监管） / 企业", or undefined when the pair is not in the table. */
export function usccCategoryLabel(pair: string): Localized | undefined {
  const dept = Object.hasOwn(USCC_DEPARTMENTS, pair.charAt(0)) ? USCC_DEPARTMENTS[pair.charAt(0)] : undefined;
  if (!dept || !Object.hasOwn(dept.categories, pair.charAt(1))) return undefined;
  const cat = dept.categories[pair.charAt(1)];
  if (!cat) return undefined;
  return {
    'zh-CN': `${pair} = ${dept.label['zh-CN']} / ${cat['zh-CN']}`,
    en: `${pair} = ${dept.label.en} / ${cat.en}`,
  };
}
