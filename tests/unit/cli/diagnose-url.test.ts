import { describe, expect, it } from 'vitest';
import { runDiagnoseCli } from '../../../src/cli/diagnose';
import { urlArgument } from '../../../src/cli/url-arg';

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('diagnose --url: what counts as an address', () => {
  it.each([
    ['etax.beijing.chinatax.gov.cn', 'https://etax.beijing.chinatax.gov.cn'],
    ['tpass.beijing.chinatax.gov.cn:8443/#/login', 'https://tpass.beijing.chinatax.gov.cn:8443/#/login'],
    ['//si.12333.gov.cn/', 'https://si.12333.gov.cn/'],
    ['http://www.qq.com/', 'http://www.qq.com/'],
    ['北京市税务局.com', 'https://北京市税务局.com'],
  ])('%s → %s', (given, url) => expect(urlArgument(given)).toBe(url));

  it.each([
    'hello',
    'not a url',
    'ftp://www.chinatax.gov.cn/',
    'javascript:alert(1)',
    'chinatax',
    '',
    'https://',
    'a b.com',
  ])('%s is no address', (given) => expect(urlArgument(given)).toBeNull());

  it('a bare host is judged like its https address', () => {
    const out = runDiagnoseCli(['--url', 'etax.beijing.chinatax.gov.cn']);
    expect(out.code).toBe(0);
    expect(lines(out.stdout)[0]).toMatchObject({ url: 'https://etax.beijing.chinatax.gov.cn', trust: 'official' });
  });

  it('a --url that is no address exits with 2 and says why', () => {
    const out = runDiagnoseCli(['--url', 'hello world']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('hello world');
  });

  it('a stdin line that is no address gets its own answer; the others are judged', () => {
    const out = runDiagnoseCli(['--stdin-urls'], 'nonsense\nsi.12333.gov.cn\n');
    expect(out.code).toBe(0);
    expect(lines(out.stdout)).toEqual([
      { url: 'nonsense', trust: 'unknown', portal: null, error: 'not a web address' },
      {
        url: 'https://si.12333.gov.cn',
        trust: 'official',
        portal: { id: 'social-insurance/national', kind: 'social-insurance', region: 'national' },
      },
    ]);
  });
});
