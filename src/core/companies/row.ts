/**
 * One CSV row → a company profile, or the reasons it is refused. Identifiers are cleaned the way a person would
 * (spaces, full-width digits, lower-case x: what pasting in Excel leaves) and then checked with src/core/ids; a value
 * that cannot be right refuses the row. Every reason is masked: the preview must not show a full ID.
 */
import type { Localized } from '../categories';
import type { AgentIdType, CompanyProfile } from '../checklist/types';
import { checkId, normalizeId } from '../ids';
import { maskIdentifiers } from '../mask';
import { parseSheetDate } from './dates';
import type { CsvField } from './headers';

/** A profile from the file, before it gets its id (the options page gives it one on saving). */
export type ImportedCompany = Omit<CompanyProfile, 'id'>;

export type RowCells = Partial<Record<CsvField, string>>;

export interface CheckedRow {
  company: ImportedCompany | null;
  /** why the row is refused (company is null), or what to look at (warnings; company is kept) */
  reasons: Localized[];
}

/** Excel turns an 18-digit number into 1.10105E+17 unless the column is text: the digits are lost for good. */
const SCIENTIFIC = /^\d(\.\d+)?e\+\d+$/i;

const scientific = (what: Localized): Localized => ({
  'zh-CN': `${what['zh-CN']}被 Excel 存成了科学计数法（如 1.1E+17），后几位已经丢失：请把这一列设为“文本”后重新填写。`,
  en: `${what.en} was saved by Excel in scientific notation (like 1.1E+17) and its last digits are lost: format the column as Text and type it again.`,
});

const CODE: Localized = { 'zh-CN': '统一社会信用代码', en: 'The credit code' };
const AGENT_ID: Localized = { 'zh-CN': '经办人证件号码', en: "The agent's ID number" };

function prefixed(what: Localized, message: Localized): Localized {
  return {
    'zh-CN': maskIdentifiers(`${what['zh-CN']}：${message['zh-CN']}`),
    en: maskIdentifiers(`${what.en}: ${message.en}`),
  };
}

/** The cleaned identifier, or the reason it cannot be used. */
function identifier(
  raw: string,
  type: 'company' | 'person',
  what: Localized,
): { value?: string; reason?: Localized; type?: string } {
  if (SCIENTIFIC.test(raw)) return { reason: scientific(what) };
  const value = normalizeId(raw).replace(/[。.]$/, '');
  const result = checkId(value, type);
  if (!result.valid) return { reason: prefixed(what, result.message) };
  return {
    value,
    type: result.type,
    ...(result.severity === 'warning' ? { reason: prefixed(what, result.message) } : {}),
  };
}

const PERSON_TYPES: readonly string[] = ['resident-id', 'resident-id-15', 'hk-mo-tw-permit', 'foreign-permanent-id'];

export function checkRow(cells: RowCells): CheckedRow {
  const refused: Localized[] = [];
  const warnings: Localized[] = [];
  const name = (cells.name ?? '').trim();
  if (!name) refused.push({ 'zh-CN': '单位名称为空。', en: 'The company name is empty.' });
  const code = identifier(cells.creditCode ?? '', 'company', CODE);
  if (code.reason) (code.value ? warnings : refused).push(code.reason);
  const company: ImportedCompany = { name: name.slice(0, 200), creditCode: code.value ?? '', usualPortals: [] };
  const agentName = (cells.agentName ?? '').trim();
  if (agentName) company.agentName = agentName.slice(0, 100);
  if ((cells.agentId ?? '').trim()) {
    const agent = identifier(cells.agentId!, 'person', AGENT_ID);
    if (agent.reason) (agent.value ? warnings : refused).push(agent.reason);
    if (agent.value) {
      company.agentId = agent.value;
      company.agentIdType = (PERSON_TYPES.includes(agent.type!) ? agent.type : 'person') as AgentIdType;
    }
  }
  const expiry = (cells.certExpiry ?? '').trim();
  if (expiry) {
    const date = parseSheetDate(expiry);
    if (date) company.certExpiry = date;
    else refused.push(badDate(expiry));
  }
  return refused.length > 0 ? { company: null, reasons: [...refused, ...warnings] } : { company, reasons: warnings };
}

function badDate(text: string): Localized {
  const shown = maskIdentifiers(text.slice(0, 20));
  return {
    'zh-CN': `证书到期日“${shown}”不是一个日期：请写成 2027-03-31、2027/3/31 或 2027年3月31日。`,
    en: `The certificate expiry "${shown}" is not a date: write it as 2027-03-31, 2027/3/31 or 2027年3月31日.`,
  };
}
