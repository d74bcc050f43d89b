import type { Portal } from '../types';

/** Housing-fund (公积金) portals. The research found few company portals; add each city here as it is confirmed. */
export const HOUSING_FUND_PORTALS: readonly Portal[] = [
  {
    id: 'housing-fund/beijing',
    name: { 'zh-CN': '北京住房公积金网上业务系统', en: 'Beijing housing-fund online business system' },
    kind: 'housing-fund',
    region: 'beijing',
    hosts: ['dwwsyw.gjj.beijing.gov.cn', 'gjj.beijing.gov.cn', 'grwsyw.gjj.beijing.gov.cn'],
    entry: 'https://dwwsyw.gjj.beijing.gov.cn/',
    loginUrls: ['dwwsyw.gjj.beijing.gov.cn/'],
    loginMethods: ['ca'],
    browsers: null,
    caClients: ['bjca'],
    hotline: '12329',
    source: [
      'public code: grwsyw.gjj.beijing.gov.cn/ish/flow/menu/PPLGRZH0102 (research/portals.json, index ref 19095902142)',
      'research/portals-notes.md addendum: 单位网上业务系统 dwwsyw.gjj.beijing.gov.cn, company login via yzt.beijing.gov.cn',
    ],
    certainty: 'medium',
    note: 'dwwsyw = 单位 (company), grwsyw = 个人 (personal)',
    testUrls: {
      login: ['https://dwwsyw.gjj.beijing.gov.cn/'],
      other: ['https://grwsyw.gjj.beijing.gov.cn/ish/flow/menu/PPLGRZH0102', 'https://gjj.beijing.gov.cn/'],
    },
  },
];
