import { describe, expect, it } from 'vitest';
import { runCheckIdCli, stdinValues } from '../../../src/cli/check-id';

const KEYS = ['input', 'type', 'valid', 'severity', 'codes', 'normalized', 'message', 'message_en'];

function lines(stdout: string): Record<string, unknown>[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('check-id CLI', () => {
  it('prints one JSON object per value, in order, and exits 0 even for invalid values', () => {
    const out = runCheckIdCli(['--type', 'uscc', '91110000600037341L', '91330106MA27Y4U47Y', '9111 0000 6000 3734 1L']);
    expect([out.code, out.stderr]).toEqual([0, '']);
    const rows = lines(out.stdout);
    expect(rows.map((r) => r.input)).toEqual(['91110000600037341L', '91330106MA27Y4U47Y', '9111 0000 6000 3734 1L']);
    expect(rows.map((r) => [r.type, r.valid, r.severity, r.codes])).toEqual([
      ['uscc', true, 'ok', []],
      ['uscc', false, 'error', ['E_CHECK']],
      ['uscc', false, 'error', ['E_CHARSET']],
    ]);
    for (const r of rows) {
      for (const k of Object.keys(r)) expect(KEYS).toContain(k);
      expect(typeof r.message).toBe('string');
      expect(typeof r.message_en).toBe('string');
    }
    expect('normalized' in (rows[0] ?? {})).toBe(false);
    expect(rows[2]?.normalized).toBe('91110000600037341L');
  });

  it('--stdin: one object per input line, same order, empty lines give E_EMPTY, CRLF tolerated', () => {
    const input = '11010519491231002X\r\n\n110101781027002\nMA27Y4U47\n';
    const rows = lines(runCheckIdCli(['--stdin'], input).stdout);
    expect(rows.map((r) => [r.input, r.codes])).toEqual([
      ['11010519491231002X', []],
      ['', ['E_EMPTY']],
      ['110101781027002', []],
      ['MA27Y4U47', []],
    ]);
    expect(stdinValues('a\nb')).toEqual(['a', 'b']);
    expect(stdinValues('a\n\n')).toEqual(['a', '']);
  });

  it('without --type detects company codes and ID documents', () => {
    const rows = lines(
      runCheckIdCli([
        '91110000600037341L',
        '11010519491231002X',
        'MA27Y4U47',
        '914403001922038216',
        '810000199408230021',
      ]).stdout,
    );
    expect(rows.map((r) => r.type)).toEqual(['uscc', 'resident-id', 'org-code', 'uscc', 'hk-mo-tw-permit']);
  });

  it('--type changes how a value is read; --today moves "now"', () => {
    const asTax = lines(runCheckIdCli(['--type=taxpayer-id', '110000600037341']).stdout)[0];
    const asId = lines(runCheckIdCli(['--type', 'resident-id-15', '110000600037341']).stdout)[0];
    expect([asTax?.type, asId?.type]).toEqual(['taxpayer-id', 'resident-id-15']);
    const past = lines(
      runCheckIdCli(['--type', 'hk-mo-tw-permit', '--today', '2000-01-01', '810000199408230021']).stdout,
    );
    expect(past[0]?.codes).toEqual([]);
    const before = lines(
      runCheckIdCli(['--type', 'hk-mo-tw-permit', '--today', '1994-08-22', '810000199408230021']).stdout,
    );
    expect(before[0]?.codes).toEqual(['E_DATE_FUTURE']);
  });

  it('--help prints usage and exits 0', () => {
    const out = runCheckIdCli(['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('--stdin');
    expect(out.stdout).toContain('resident-id-15');
  });

  it.each([
    [['--bogus', 'x']],
    [['--type', 'passport', 'x']],
    [['--type']],
    [[]],
    [['--type', 'uscc']],
    [['--today', '2026-02-30', 'x']],
  ])('bad usage %j exits 2 with a message on stderr', (argv) => {
    const out = runCheckIdCli(argv);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^check-id: .+/);
  });

  it('accepts values after -- even when they start with a dash', () => {
    const rows = lines(runCheckIdCli(['--type', 'uscc', '--', '-91110000600037341L']).stdout);
    expect(rows[0]?.codes).toEqual(['E_CHARSET']);
  });
});
