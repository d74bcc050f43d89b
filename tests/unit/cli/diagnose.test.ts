import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiagnoseCli } from '../../../src/cli/diagnose';

const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const sites = resolve(import.meta.dirname, '../../fixtures/sites');

describe('diagnose --text / --stdin-text', () => {
  it('answers one object per text with findings best first, and none for a text that is no error', () => {
    const out = runDiagnoseCli(['--text', '证书已过期！', '--text', '忘记密码？']);
    expect(out.code).toBe(0);
    const [expired, link] = lines(out.stdout);
    expect(expired).toMatchObject({
      text: '证书已过期！',
      findings: [{ category: 'cert-expired', severity: 'error' }],
    });
    expect(Object.keys((expired!.findings as object[])[0]!).sort()).toEqual(['category', 'rule', 'severity', 'title']);
    expect(link).toEqual({ text: '忘记密码？', findings: [] });
  });

  it('reads one text a line from stdin, in order, keeping empty lines', () => {
    const out = runDiagnoseCli(['--stdin-text'], '网络连接超时，请稍后重试\n\n系统正在升级维护中\n');
    expect(lines(out.stdout).map((l) => (l.findings as { category: string }[])[0]?.category ?? null)).toEqual([
      'network',
      null,
      'maintenance',
    ]);
  });
});

describe('diagnose --surface / --explain', () => {
  it('judges advice by where it was seen: none as page text, an error in a popup', () => {
    const inline = lines(runDiagnoseCli(['--text', '请插入U盾']).stdout)[0];
    expect(inline).toEqual({ text: '请插入U盾', findings: [] });
    const dialog = lines(runDiagnoseCli(['--surface', 'dialog', '--text', '请插入U盾']).stdout)[0];
    expect((dialog!.findings as { category: string }[]).map((f) => f.category)).toEqual(['cert-not-detected']);
    const eq = lines(runDiagnoseCli(['--surface=toast', '--text', '请插入U盾']).stdout)[0];
    expect((eq!.findings as { category: string }[])[0]?.category).toBe('cert-not-detected');
  });

  it('--explain adds what matched, and only that key', () => {
    const [line] = lines(runDiagnoseCli(['--explain', '--text', '账号或密码错误，您还有3次机会']).stdout);
    expect(Object.keys(line!).sort()).toEqual(['explain', 'findings', 'text']);
    expect((line!.findings as { category: string }[])[0]?.category).toBe('password-wrong');
    const explain = line!.explain as { clauses: string[]; concepts: string[]; rules: string[]; instruction: boolean };
    expect(explain.clauses).toEqual(['fact: 账号或密码错误,', 'fact: 您还有3次机会']);
    expect(explain.concepts.some((c) => c.startsWith('password-wrong.password-wrong'))).toBe(true);
    expect(explain.rules).toContain('password-wrong.credentials');
    expect(explain.instruction).toBe(false);
  });

  it('refuses an unknown surface, and --surface/--after-attempt/--explain without texts', () => {
    expect(runDiagnoseCli(['--surface', 'popup', '--text', 'x']).code).toBe(2);
    expect(runDiagnoseCli(['--surface']).code).toBe(2);
    for (const flag of ['--explain', '--after-attempt']) {
      const out = runDiagnoseCli([flag, '--url', 'https://a.gov.cn/']);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain('--surface, --after-attempt and --explain go with');
    }
  });

  it('--after-attempt judges inline text as the page’s answer to the click', () => {
    const standing = JSON.parse(runDiagnoseCli(['--text', '请填写用户名.']).stdout);
    expect(standing.findings).toEqual([]);
    const answer = JSON.parse(runDiagnoseCli(['--after-attempt', '--explain', '--text', '请填写用户名.']).stdout);
    expect(answer.findings.map((f: { category: string }) => f.category)).toEqual(['input-missing']);
    expect(answer.explain.judgedAs).toBe('dialog');
  });
});

describe('diagnose --url / --stdin-urls', () => {
  it('judges trust and names the portal', () => {
    const out = runDiagnoseCli([
      '--url',
      'https://tpass.beijing.chinatax.gov.cn:8443/#/login',
      '--url',
      'https://www.qq.com/',
    ]);
    expect(lines(out.stdout)).toEqual([
      {
        url: 'https://tpass.beijing.chinatax.gov.cn:8443/#/login',
        trust: 'official',
        portal: { id: 'e-tax/beijing', kind: 'e-tax', region: 'beijing' },
      },
      { url: 'https://www.qq.com/', trust: 'unknown', portal: null },
    ]);
  });

  it('reads URLs from stdin; a bare host is judged as https (tests/unit/cli/diagnose-url.test.ts has the rest)', () => {
    const out = runDiagnoseCli(
      ['--stdin-urls'],
      'http://www.hunan.gov.cn/\nchinatax-gov.cn.etax.top\nhttps://chinatax-gov.cn.etax.top/\n',
    );
    expect(out.code).toBe(0);
    expect(lines(out.stdout).map((l) => l.trust)).toEqual(['government', 'lookalike', 'lookalike']);
  });
});

describe('diagnose FILE.html --url URL', () => {
  it('recognises a saved page and diagnoses the errors it shows', () => {
    const html = `<!doctype html><title>单位登录</title><form class="login-box">
      <input name="dwbh" placeholder="请输入统一社会信用代码"><input type="password" name="pwd" placeholder="请输入密码">
      <div class="el-form-item__error">密码错误，您还可以尝试2次</div>
      <div class="el-form-item__error" style="display:none">验证码错误</div>
      <button type="submit">登录</button></form>`;
    const out = runDiagnoseCli(['page.html', '--url', 'https://si.12333.gov.cn/'], '', () => html);
    const [result] = lines(out.stdout);
    expect(result).toMatchObject({ trust: 'official', portal: { id: 'social-insurance/national' } });
    expect(result!.recognition).toMatchObject({ isLoginPage: true });
    expect(result!.messages).toEqual([{ text: '密码错误，您还可以尝试2次', surface: 'field' }]);
    const findings = result!.findings as { category: string; captures: object }[];
    expect(findings.map((f) => f.category)).toContain('password-wrong');
    expect(findings.find((f) => f.category === 'account-locked')?.captures).toEqual({ triesLeft: 2 });
  });

  it('works on a fixture page file', () => {
    const file = resolve(sites, 'etax.hunan.chinatax.gov.cn/loginb/index.html');
    const out = runDiagnoseCli([file, '--url', 'https://etax.hunan.chinatax.gov.cn/loginb/']);
    const [result] = lines(out.stdout);
    expect((result!.findings as { category: string }[])[0]?.category).toBe('maintenance');
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
  });
});

describe('diagnose: bad usage exits 2 with a message', () => {
  it.each([
    [[]],
    [['--bogus']],
    [['--text']],
    [['--text', 'x', '--url', 'https://a.gov.cn/']],
    [['a.html', 'b.html', '--url', 'https://a.gov.cn/']],
    [['a.html']],
  ])('%j', (argv) => {
    const out = runDiagnoseCli(argv as string[]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^diagnose: .+\nRun with --help/);
  });

  it('a page that cannot be read is a usage error too', () => {
    const out = runDiagnoseCli(['/no/such/page.html', '--url', 'https://a.gov.cn/']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('cannot read');
  });

  it('--help prints the usage and exits 0', () => {
    const out = runDiagnoseCli(['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('--stdin-urls');
  });
});
