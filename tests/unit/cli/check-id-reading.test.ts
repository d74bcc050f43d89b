import { describe, expect, it } from 'vitest';
import { runCheckIdCli } from '../../../src/cli/check-id';
import { checkId } from '../../../src/core/ids';

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const one = (...argv: string[]) => lines(runCheckIdCli(argv).stdout)[0]!;

describe('check-id without --type: the reading the user most likely meant', () => {
  it('a credit code with one typo (its letter check character typed as 0) is read as a credit code', () => {
    // 91110000600037341L is a valid code; with its last character mistyped it is all digits
    expect(checkId('91110000600037341L', 'uscc').valid).toBe(true);
    const line = one('911100006000373410');
    expect(line).toMatchObject({ type: 'uscc', codes: ['E_CHECK'] });
    expect(String(line.message)).not.toContain('出生日期');
    expect(line.alternative).toBeUndefined();
  });

  it('an ID number with one typo stays an ID number', () => {
    expect(one('110101199003071234')).toMatchObject({ type: 'resident-id', codes: ['E_CHECK'] });
  });

  it('says so when both readings are as likely', () => {
    const line = one('511301199003071234');
    expect(line.type).toBe('resident-id');
    expect(line.alternative).toMatchObject({ type: 'uscc', severity: 'error' });
    expect(String(line.message)).toContain('也可以读作统一社会信用代码');
    expect(String(line.message_en)).toContain('can also be read as a unified social credit code');
  });

  it('a valid ID number is not offered as a "taxpayer number" reading of itself', () => {
    expect(one('51130119900307123X')).toMatchObject({ type: 'resident-id', valid: true });
    expect(one('51130119900307123X').alternative).toBeUndefined();
  });

  it('91310000MA1FL0000X gets one consistent message: the check fails, no "the whole code passes"', () => {
    const line = one('91310000MA1FL0000X');
    expect(line.codes).toEqual(['E_CHECK']);
    expect(String(line.message_en)).not.toContain('passes');
    expect(String(line.message)).not.toContain('整个代码的校验是对的');
  });

  it('a UTF-8 byte-order mark before the first --stdin line is no part of the value', () => {
    const out = runCheckIdCli(['--stdin'], '\uFEFF91110000600037341L\r\n110101199003071233\r\n');
    expect(lines(out.stdout).map((l) => [l.input, l.valid])).toEqual([
      ['91110000600037341L', true],
      ['110101199003071233', expect.any(Boolean)],
    ]);
    expect(lines(out.stdout)[0]!.codes).toEqual([]);
  });
});
