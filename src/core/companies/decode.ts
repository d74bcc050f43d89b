/**
 * The bytes of a CSV file as Excel writes them: UTF-8 with a BOM ("CSV UTF-8"), UTF-8 without one (Excel for Mac,
 * WPS, LibreOffice), or GBK on Chinese Windows ("CSV (逗号分隔)"). UTF-8 is tried strictly first: GBK text almost
 * never forms valid UTF-8, while every byte string is "valid" GBK, so the order decides correctly.
 */

export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'gb18030';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

const BOM = [0xef, 0xbb, 0xbf];

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // gb18030 is the superset of GBK (and of GB2312); TextDecoder maps the label 'gbk' to it anyway
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}
