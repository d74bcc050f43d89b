import { describe, expect, it } from 'vitest';
import { parseSheetDate } from '../../../src/core/companies';

describe('dates as Excel writes them', () => {
  it.each([
    ['2027-03-31', '2027-03-31'],
    ['2027/3/31', '2027-03-31'],
    ['2027.3.1', '2027-03-01'],
    ['2027年3月31日', '2027-03-31'],
    ['2027年3月31', '2027-03-31'],
    ['20270331', '2027-03-31'],
    [' 2027/3/31 0:00 ', '2027-03-31'],
    ['２０２７－０３－３１'.replace(/－/g, '-'), '2027-03-31'],
    ['2028-02-29', '2028-02-29'],
  ])('%s → %s', (text, date) => expect(parseSheetDate(text)).toBe(date));

  it.each(['2027-02-29', '2027-13-01', '2027-3-32', '31/03/2027', '46112', 'soon', '1999-01-01', ''])(
    'refuses %s',
    (text) => expect(parseSheetDate(text)).toBeNull(),
  );
});
