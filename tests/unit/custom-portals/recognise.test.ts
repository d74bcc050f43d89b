import { describe, expect, it } from 'vitest';
import { customPortal, trust } from '../../../src/core/portals';
import { recognise } from '../../../src/core/recognise';
import { field, page } from '../../../src/core/recognise/detectors';
import { diagnose } from '../../../src/core/diagnose';

const CITY = customPortal({
  url: 'https://gjj.example-city.cn/dwzx/login',
  host: 'gjj.example-city.cn',
  name: '某市公积金单位网厅',
  kind: 'housing-fund',
});
const LOGIN = page('https://gjj.example-city.cn/dwzx/login', {
  title: '某市住房公积金 单位网上业务',
  fields: [field('text', '请输入单位登录账号'), field('password', '请输入密码')],
  buttons: ['登录'],
});

describe('a custom portal, passed to the core as data', () => {
  it('is an ordinary entry of its kind, named as the user named it', () => {
    expect(CITY).toMatchObject({
      id: 'housing-fund/custom-gjj.example-city.cn',
      kind: 'housing-fund',
      region: 'custom',
      hosts: ['gjj.example-city.cn'],
      entry: 'https://gjj.example-city.cn/dwzx/login',
      loginUrls: ['gjj.example-city.cn/dwzx/login'],
      hotline: '12329',
      name: { 'zh-CN': '某市公积金单位网厅', en: '某市公积金单位网厅' },
    });
  });

  it('makes its host official for trust; without it the host is unknown', () => {
    expect(trust('https://gjj.example-city.cn/').trust).toBe('unknown');
    const verdict = trust('https://gjj.example-city.cn:8443/dwzx/login', [CITY]);
    expect(verdict.trust).toBe('official');
    expect(verdict.portal?.id).toBe(CITY.id);
    // other hosts are judged as before
    expect(trust('https://other.example-city.cn/', [CITY]).trust).toBe('unknown');
    expect(trust('https://etax-chinatax.gov.cn.login-tax.top/', [CITY]).trust).toBe('lookalike');
  });

  it('is recognised by the core: its portal, its login page, its mode', () => {
    expect(recognise(LOGIN).portal).toBeNull();
    const recognition = recognise(LOGIN, [CITY]);
    expect(recognition).toMatchObject({
      portal: { id: CITY.id, kind: 'housing-fund', region: 'custom' },
      trust: 'official',
      isLoginPage: true,
      activeMode: 'password',
      step: 'credentials',
    });
  });

  it('is diagnosed with its kind like a registered portal of that kind', () => {
    const findings = diagnose([{ text: '用户名或密码错误', surface: 'dialog' }], {
      kind: CITY.kind,
      portalId: CITY.id,
    });
    expect(findings[0]?.category).toBe('password-wrong');
  });
});
