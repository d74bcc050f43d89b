/**
 * A company list file → a preview: every row with its verdict (fine, refused and why, or a duplicate), before
 * anything is saved. Bounded: the file size and the number of rows are capped, and each cell is cut to a length no
 * real name or code reaches. The CSV grammar (quotes, commas inside names, tab or semicolon files) is papaparse's.
 */
import Papa from 'papaparse';
import type { Localized } from '../categories';
import type { CompanyProfile } from '../checklist/types';
import { normalizeId } from '../ids';
import { maskId } from '../mask';
import { decodeCsv, type CsvEncoding } from './decode';
import { HEADER_TABLE, mapHeaders, type CsvField } from './headers';
import { checkRow, type ImportedCompany, type RowCells } from './row';

/** 1 MB holds some 10,000 rows: far more than the profile list keeps. */
export const MAX_CSV_BYTES = 1_000_000;
/** the profile list's own limit (src/shared/profiles.ts MAX_PROFILES) */
export const MAX_CSV_ROWS = 500;
const MAX_CELL = 200;

export type RowStatus = 'ok' | 'refused' | 'duplicate';

export interface PreviewRow {
  /** the row's number as the spreadsheet shows it (the header is row 1) */
  line: number;
  status: RowStatus;
  /** what the table shows: identifiers masked */
  shown: Record<CsvField, string>;
  /** the profile to save, only for `ok` rows */
  company: ImportedCompany | null;
  reasons: Localized[];
}

export interface CsvPreview {
  encoding: CsvEncoding | null;
  /** the file as a whole cannot be read: nothing to preview */
  error: Localized | null;
  rows: PreviewRow[];
  /** headers that fill no field */
  ignored: string[];
}

const failed = (error: Localized, encoding: CsvEncoding | null = null): CsvPreview => ({
  encoding,
  error,
  rows: [],
  ignored: [],
});

const TOO_BIG: Localized = {
  'zh-CN': `文件太大（超过 ${MAX_CSV_BYTES / 1_000_000} MB）：单位名单不会这么大，请确认选的是单位名单的 CSV 文件。`,
  en: `The file is too large (over ${MAX_CSV_BYTES / 1_000_000} MB). A company list is never this big: check that you picked the list's CSV file.`,
};
const WORKBOOK: Localized = {
  'zh-CN':
    '这是 Excel 工作簿（.xlsx/.xls），不是 CSV：请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”后再导入。',
  en: 'This is an Excel workbook (.xlsx/.xls), not a CSV file: in Excel use Save As → "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)", then import that.',
};
const TOO_MANY: Localized = {
  'zh-CN': `行数太多：一次最多导入 ${MAX_CSV_ROWS} 家单位，请把名单分成几个文件。`,
  en: `Too many rows: at most ${MAX_CSV_ROWS} companies can be imported at once. Split the list into several files.`,
};

function missingColumns(fields: CsvField[]): Localized {
  const names = (lang: 'zh-CN' | 'en') =>
    fields.map((f) => HEADER_TABLE.find((e) => e.field === f)!.label[lang]).join(lang === 'en' ? ', ' : '、');
  return {
    'zh-CN': `第一行没有找到这些列：${names('zh-CN')}。第一行应是列名，如“单位名称,统一社会信用代码,经办人,经办人证件号码,证书到期日”。`,
    en: `The first row lacks these columns: ${names('en')}. The first row must name the columns, e.g. "Company name,Credit code,Agent,Agent ID number,Certificate expiry".`,
  };
}

/** Zip (xlsx) and OLE (xls) signatures: a workbook picked by mistake. */
function isWorkbook(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
}

export function readCompanyCsv(bytes: Uint8Array, existing: readonly CompanyProfile[]): CsvPreview {
  if (bytes.length > MAX_CSV_BYTES) return failed(TOO_BIG);
  if (isWorkbook(bytes)) return failed(WORKBOOK);
  const { text, encoding } = decodeCsv(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, preview: MAX_CSV_ROWS + 50 });
  const table = parsed.data.filter(Array.isArray);
  const [headers = [], ...body] = table;
  const { columns, ignored } = mapHeaders(headers);
  const missing = (['name', 'creditCode'] as const).filter((f) => columns[f] === undefined);
  if (missing.length > 0) return failed(missingColumns([...missing]), encoding);
  const lines = body
    .map((cells, i) => ({ cells, line: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (lines.length > MAX_CSV_ROWS) return failed(TOO_MANY, encoding);
  const rows = withinCapacity(judgeRows(lines, columns, existing), MAX_CSV_ROWS - existing.length);
  return { encoding, error: null, rows, ignored };
}

/** The profile list holds MAX_CSV_ROWS companies in all: fine rows past what is left are refused, saying why. */
function withinCapacity(rows: PreviewRow[], room: number): PreviewRow[] {
  let fine = 0;
  return rows.map((row) => {
    if (row.status !== 'ok' || ++fine <= room) return row;
    const full: Localized = {
      'zh-CN': `设置里最多保存 ${MAX_CSV_ROWS} 家单位，这一行已经放不下：请先删除不再需要的单位。`,
      en: `The settings keep at most ${MAX_CSV_ROWS} companies and this row no longer fits: delete companies you no longer need first.`,
    };
    return { ...row, status: 'refused', company: null, reasons: [full, ...row.reasons] };
  });
}

function cellsOf(cells: string[], columns: Partial<Record<CsvField, number>>): RowCells {
  const out: RowCells = {};
  for (const entry of HEADER_TABLE) {
    const at = columns[entry.field];
    if (at !== undefined) out[entry.field] = (cells[at] ?? '').slice(0, MAX_CELL);
  }
  return out;
}

function shownOf(cells: RowCells): Record<CsvField, string> {
  const masked = (value = '') => (value.trim() ? maskId(normalizeId(value)) : '');
  return {
    name: (cells.name ?? '').trim(),
    creditCode: masked(cells.creditCode),
    agentName: (cells.agentName ?? '').trim(),
    agentId: masked(cells.agentId),
    certExpiry: (cells.certExpiry ?? '').trim().slice(0, 20),
  };
}

function judgeRows(
  lines: { cells: string[]; line: number }[],
  columns: Partial<Record<CsvField, number>>,
  existing: readonly CompanyProfile[],
): PreviewRow[] {
  const known = new Map(existing.map((p) => [normalizeId(p.creditCode), p.name]));
  const seen = new Map<string, number>();
  return lines.map(({ cells, line }) => {
    const fields = cellsOf(cells, columns);
    const { company, reasons } = checkRow(fields);
    const row: PreviewRow = { line, status: company ? 'ok' : 'refused', shown: shownOf(fields), company, reasons };
    if (!company) return row;
    const duplicate = duplicateOf(company.creditCode, known, seen);
    seen.set(company.creditCode, seen.get(company.creditCode) ?? line);
    return duplicate ? { ...row, status: 'duplicate', company: null, reasons: [duplicate, ...reasons] } : row;
  });
}

function duplicateOf(code: string, known: Map<string, string>, seen: Map<string, number>): Localized | null {
  const name = known.get(code);
  if (name !== undefined) {
    return {
      'zh-CN': `已有这家单位（“${name}”，信用代码相同），不再重复导入。`,
      en: `This company is already saved ("${name}", same credit code) and is not imported again.`,
    };
  }
  const line = seen.get(code);
  if (line === undefined) return null;
  return {
    'zh-CN': `与第 ${line} 行的信用代码相同，只导入第一行。`,
    en: `Same credit code as row ${line}: only the first is imported.`,
  };
}
