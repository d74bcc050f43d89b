/**
 * Many companies at once: a company list as accountants keep it in Excel, saved as CSV, read into a preview of
 * fine, refused and duplicate rows. Pure: bytes in, preview out; the options page shows it and saves the fine rows.
 */
export { decodeCsv, type CsvEncoding } from './decode';
export { parseSheetDate } from './dates';
export { HEADER_TABLE, headerKey, mapHeaders, type CsvField } from './headers';
export { checkRow, type ImportedCompany } from './row';
export {
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  readCompanyCsv,
  type CsvPreview,
  type PreviewRow,
  type RowStatus,
} from './read-csv';
export { taxRegionOf } from './tax-region';
