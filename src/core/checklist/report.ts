import type { Category, Lang } from '../categories';
// The knowledge file alone: the diagnose index would pull the rules into the popup bundle.
import { KNOWLEDGE } from '../diagnose/knowledge';
import { maskIdentifiers } from '../mask';
import type { Portal, TrustResult } from '../portals';
import { browserLabel, osLabel } from './names';
import type { BrowserFacts, CheckResult, CheckStatus } from './types';

/** A finding as the report needs it (structurally a diagnose Finding): its category and the page's own text. */
export interface ReportFinding {
  category: Category;
  message: string;
}

export interface ReportInput {
  lang: Lang;
  /** the extension's version (manifest) */
  version: string;
  browser: BrowserFacts;
  portal: Portal | null;
  trust: TrustResult | null;
  results: readonly CheckResult[];
  findings: readonly ReportFinding[];
  now: Date;
  /** IANA zone of the user's clock, e.g. Asia/Shanghai */
  timeZone: string;
}

const STATUS: Record<CheckStatus, Record<Lang, string>> = {
  pass: { 'zh-CN': '通过', en: 'OK' },
  warn: { 'zh-CN': '注意', en: 'Check' },
  fail: { 'zh-CN': '有问题', en: 'Problem' },
  unknown: { 'zh-CN': '未知', en: 'Unknown' },
  'n/a': { 'zh-CN': '不适用', en: 'Not applicable' },
};

const TRUST: Record<TrustResult['trust'], Record<Lang, string>> = {
  official: { 'zh-CN': '官方网站', en: 'official site' },
  government: { 'zh-CN': '政府网站（不在已知名单）', en: 'government site (not in our list)' },
  lookalike: { 'zh-CN': '疑似仿冒网站', en: 'possible look-alike site' },
  unknown: { 'zh-CN': '非政务网站', en: 'not a government site' },
};

const LABELS: Record<string, Record<Lang, string>> = {
  heading: { 'zh-CN': '登录助手诊断信息', en: 'Login assistant diagnostic report' },
  version: { 'zh-CN': '扩展版本', en: 'Extension version' },
  browser: { 'zh-CN': '浏览器', en: 'Browser' },
  os: { 'zh-CN': '操作系统', en: 'Operating system' },
  portal: { 'zh-CN': '网站', en: 'Portal' },
  trust: { 'zh-CN': '网址核验', en: 'Address check' },
  checks: { 'zh-CN': '登录前检查', en: 'Pre-login checks' },
  findings: { 'zh-CN': '页面提示', en: 'Messages on the page' },
  none: { 'zh-CN': '无', en: 'none' },
  time: { 'zh-CN': '本地时间', en: 'Local time' },
};

/** Per line and for the page texts: a report is read by a person on the phone, not a log. */
const MAX_LINE = 300;
const MAX_FINDINGS = 10;

/** Full-width digits and letters (typed with a Chinese input method) → ASCII, so the mask sees the identifier. */
function foldFullWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** "2026-06-01 12:00:00 (Asia/Shanghai, GMT+08:00)"; an unknown zone falls back to UTC. */
export function localTime(now: Date, timeZone: string): string {
  if (Number.isNaN(now.getTime())) return '?';
  let zone = timeZone;
  let parts: Intl.DateTimeFormatPart[];
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  };
  try {
    parts = new Intl.DateTimeFormat('en-US', { ...options, timeZone }).formatToParts(now);
  } catch {
    zone = 'UTC';
    parts = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).formatToParts(now);
  }
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  const offset = get('timeZoneName') === 'GMT' ? 'GMT+00:00' : get('timeZoneName');
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')} (${zone}, ${offset})`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_LINE ? `${flat.slice(0, MAX_LINE)}…` : flat;
}

function headLines(input: ReportInput): string[] {
  const { lang, browser, portal, trust } = input;
  const L = (k: string) => LABELS[k]![lang];
  const site = portal ? `${portal.name[lang]} (${trust?.host ?? portal.hosts[0]})` : trust?.host || L('none');
  return [
    L('heading'),
    `${L('version')}: ${input.version}`,
    `${L('browser')}: ${browserLabel(browser)[lang]}`,
    `${L('os')}: ${osLabel(browser.os)[lang]}`,
    `${L('portal')}: ${site}`,
    `${L('trust')}: ${trust ? TRUST[trust.trust][lang] : L('none')}`,
    `${L('time')}: ${localTime(input.now, input.timeZone)}`,
  ];
}

/**
 * The text behind "复制诊断信息": what a hotline or IT helper needs, in the UI language. No value the user typed
 * leaves through it except masked: every identifier-shaped run (ID numbers, credit codes) is masked over the whole
 * text, and the items' actions (which carry the values to copy or fill) are left out. The page address is reduced
 * to its host (login URLs carry one-time codes).
 */
export function composeReport(input: ReportInput): string {
  const { lang } = input;
  const L = (k: string) => LABELS[k]![lang];
  const lines = headLines(input);
  lines.push('', `${L('checks')}:`);
  for (const r of input.results) lines.push(`- ${r.title[lang]}: ${STATUS[r.status][lang]} — ${clip(r.reason[lang])}`);
  lines.push('', `${L('findings')}:`);
  const findings = input.findings.slice(0, MAX_FINDINGS);
  if (findings.length === 0) lines.push(`- ${L('none')}`);
  for (const f of findings)
    lines.push(`- ${KNOWLEDGE[f.category]?.title[lang] ?? f.category}: “${clip(String(f.message))}”`);
  return maskIdentifiers(foldFullWidth(lines.join('\n')));
}
