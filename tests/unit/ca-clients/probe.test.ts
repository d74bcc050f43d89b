import { describe, expect, it } from 'vitest';
import { BJCA_XTXAPP_CLSID, caProbeRequests, parseBjcaUserList, readCaAnswer } from '../../../src/core/ca-clients';
import { CA_VENDORS } from '../../../src/core/ca-clients';

const PAGE = 'https://yzt.beijing.gov.cn/';

describe('BJCA SOF_GetUserList request', () => {
  it('posts the documented JSON to 21051 first, then 21061', () => {
    const reqs = caProbeRequests('bjca', PAGE);
    expect(reqs.map((r) => r.url)).toEqual(['http://127.0.0.1:21051/synctl', 'https://127.0.0.1:21061/synctl']);
    const r = reqs[0]!;
    expect([r.transport, r.method, r.read, r.headers?.['Content-Type']]).toEqual([
      'http',
      'POST',
      'bjca-user-list',
      'application/json',
    ]);
    expect(JSON.parse(r.body!)).toEqual({ url: PAGE, clsid: BJCA_XTXAPP_CLSID, func: 'SOF_GetUserList' });
  });

  it("sends the page's origin and path only, never its query or hash", () => {
    const r = caProbeRequests('bjca', 'https://yzt.beijing.gov.cn/login?ticket=ST-123#x')[0]!;
    expect(JSON.parse(r.body!).url).toBe('https://yzt.beijing.gov.cn/login');
    expect(JSON.parse(caProbeRequests('bjca', 'not a url')[0]!.body!).url).toBe('');
  });

  it('never carries a PIN or calls a login, signing or PIN function', () => {
    for (const v of CA_VENDORS) {
      for (const r of caProbeRequests(v.id, PAGE)) {
        const text = `${r.url} ${r.body ?? ''}`;
        expect(text).not.toMatch(/PassWd|pin|Login|Sign|Decrypt|ChangePass/i);
      }
    }
  });
});

describe('reading answers', () => {
  const bjca = caProbeRequests('bjca', PAGE)[0]!;
  const answer = (body: unknown, status = 200) => ({ status, body: JSON.stringify(body) });

  it('two certificates → key with both holders', () => {
    const p = readCaAnswer(bjca, answer({ retValue: '某某科技有限公司||{A1B2}&&&张三||{C3D4}&&&' }));
    expect(p).toEqual({ state: 'key', certs: [{ holder: '某某科技有限公司' }, { holder: '张三' }] });
  });

  it('retVal is read like retValue', () => {
    expect(readCaAnswer(bjca, answer({ retVal: 'A公司||x&&&' }))).toEqual({
      state: 'key',
      certs: [{ holder: 'A公司' }],
    });
  });

  it('empty list → no key', () => {
    expect(readCaAnswer(bjca, answer({ retValue: '' }))).toEqual({ state: 'no-key' });
  });

  it('refused or timed out → not running', () => {
    expect(readCaAnswer(bjca, 'refused')).toEqual({ state: 'not-running' });
    expect(readCaAnswer(bjca, 'timeout')).toEqual({ state: 'not-running', timedOut: true });
  });

  it('a live service with an odd answer → running', () => {
    expect(readCaAnswer(bjca, answer({}, 500))).toEqual({ state: 'running' });
    expect(readCaAnswer(bjca, { status: 200, body: '<html>' })).toEqual({ state: 'running' });
    expect(readCaAnswer(bjca, answer({ retValue: 7 }))).toEqual({ state: 'running' });
  });

  it('a holder that carries an ID number is masked', () => {
    const certs = parseBjcaUserList('张三110105194912310021||x&&&');
    expect(certs[0]!.holder).not.toContain('110105194912310021');
    expect(certs[0]!.holder).toContain('张三1101');
  });

  it('bounds the list', () => {
    expect(parseBjcaUserList('A||x&&&'.repeat(1000))).toHaveLength(20);
    expect(parseBjcaUserList(`${'长'.repeat(500)}||x&&&`)[0]!.holder).toHaveLength(80);
  });
});

describe('reachability-only vendors', () => {
  it('NETCA: WebSocket opens → running', () => {
    const reqs = caProbeRequests('netca', PAGE);
    expect(reqs.map((r) => [r.transport, r.read])).toEqual([
      ['websocket', 'reachability'],
      ['websocket', 'reachability'],
      ['websocket', 'reachability'],
    ]);
    expect(readCaAnswer(reqs[0]!, { opened: true })).toEqual({ state: 'running' });
  });

  it('SZCA: plain GET, any HTTP answer → running', () => {
    const r = caProbeRequests('szca', PAGE)[0]!;
    expect([r.method, r.body, r.url]).toEqual(['GET', undefined, 'http://127.0.0.1:21317/Service1.asmx']);
    expect(readCaAnswer(r, { status: 404, body: '' })).toEqual({ state: 'running' });
  });

  it('ActiveX and unknown vendors have nothing to probe', () => {
    expect(caProbeRequests('gdca', PAGE)).toEqual([]);
    expect(caProbeRequests('nosuchca', PAGE)).toEqual([]);
  });
});
