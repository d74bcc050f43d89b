import { describe, expect, it } from 'vitest';
import { recognise } from '../../../src/core/recognise';
import { field, page } from '../../../src/core/recognise/detectors';
import { SNAPSHOT_BOUNDS } from '../../../src/core/page-limits';

const TPASS = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login?response_type=code&client_id=x';
const TPASS_FIELDS = [
  field('text', '统一社会信用代码/纳税人识别号'),
  field('text', '居民身份证号码/手机号码/用户名'),
  field('password', '个人用户密码(初始密码为证件号码后六位)'),
];

describe('recognise', () => {
  it('tpass credentials step, password mode, with QR and SMS tabs', () => {
    const r = recognise(
      page(TPASS, {
        title: '统一身份认证平台',
        fields: TPASS_FIELDS,
        buttons: ['登录', '忘记密码'],
        tabs: [
          { label: '账号密码登录', active: true },
          { label: '扫码登录', active: false },
          { label: '短信登录', active: false },
        ],
      }),
    );
    expect(r).toEqual({
      portal: { id: 'e-tax/beijing', kind: 'e-tax', region: 'beijing', name: expect.any(Object) },
      unlistedGovernment: false,
      trust: 'official',
      isLoginPage: true,
      modes: ['password', 'qr', 'sms'],
      activeMode: 'password',
      step: 'credentials',
      loggedIn: false,
    });
  });

  it('tpass SMS step', () => {
    const r = recognise(
      page(TPASS, {
        fields: [field('text', '请输入手机号码'), field('text', '请输入短信验证码')],
        buttons: ['获取验证码', '登录'],
      }),
    );
    expect(r).toMatchObject({ isLoginPage: true, step: 'sms-code', activeMode: 'sms', loggedIn: false });
  });

  it('tpass role choice', () => {
    const r = recognise(
      page(TPASS, {
        dialogs: ['身份类型选择 法定代表人 财务负责人 办税员 社保经办人 取消 确定'],
        buttons: ['取消', '确定'],
      }),
    );
    expect(r).toMatchObject({ isLoginPage: true, step: 'role-choice', loggedIn: false });
  });

  it('user agreement dialog on the login page', () => {
    const r = recognise(page(TPASS, { fields: TPASS_FIELDS, buttons: ['登录'], dialogs: ['用户协议 … 同意'] }));
    expect(r.step).toBe('agreement');
  });

  it('a terms dialog on an ordinary page is not a login step', () => {
    const r = recognise(page('https://shop.example.com/', { dialogs: ['用户协议 … 同意'], buttons: ['同意'] }));
    expect(r).toMatchObject({ isLoginPage: false, step: null, trust: 'unknown', portal: null });
  });

  it('medical-insurance hallEnter unit login', () => {
    const r = recognise(
      page('https://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin', {
        fields: [
          field('text', '请输入经办人账号（手机号）'),
          field('password', '请输入密码'),
          field('text', '请输入验证码'),
        ],
        buttons: ['登录'],
        tabs: [
          { label: '单位登录', active: true },
          { label: '个人登录', active: false },
        ],
      }),
    );
    expect(r).toMatchObject({ isLoginPage: true, step: 'credentials', activeMode: 'password', modes: ['password'] });
    expect(r.portal?.id).toBe('medical-insurance/beijing');
  });

  it('city 社保 company login with the certificate tab active', () => {
    const r = recognise(
      page('http://rsj.liuzhou.gov.cn/', {
        fields: [field('password', '请输入证书密码')],
        buttons: ['登录'],
        tabs: [
          { label: '密码登录', active: false },
          { label: '证书登录', active: true },
        ],
        caMarkers: ['script:XTXSAB.js'],
      }),
    );
    expect(r).toMatchObject({ isLoginPage: true, activeMode: 'ca', modes: ['password', 'ca'], step: 'credentials' });
  });

  it('already logged in on an official host', () => {
    const r = recognise(
      page('https://etax.beijing.chinatax.gov.cn:8443/', {
        text: '欢迎您，北京某某科技有限公司',
        buttons: ['我要办税', '安全退出'],
      }),
    );
    expect(r).toMatchObject({
      loggedIn: true,
      isLoginPage: false,
      step: null,
      modes: [],
      activeMode: null,
      trust: 'official',
    });
  });

  it('an unlisted government login page', () => {
    const r = recognise(
      page('http://hrss.example-city.gov.cn/login', {
        fields: [field('text', '用户名'), field('password', '密码')],
        buttons: ['登录'],
      }),
    );
    expect(r).toMatchObject({ portal: null, unlistedGovernment: true, trust: 'government', isLoginPage: true });
  });

  it('a government page without a login form is not a login page', () => {
    const r = recognise(
      page('https://www.gov.cn/', {
        text: '国务院 新闻 政策',
        buttons: ['搜索'],
        fields: [field('text', '请输入关键词')],
      }),
    );
    expect(r).toMatchObject({ unlistedGovernment: false, isLoginPage: false, trust: 'government' });
  });

  it('a look-alike tax login', () => {
    const r = recognise(
      page('https://etax-chinatax.gov.cn.login-tax.top/#/login', { fields: TPASS_FIELDS, buttons: ['登录'] }),
    );
    expect(r).toMatchObject({ trust: 'lookalike', portal: null, isLoginPage: true, unlistedGovernment: false });
  });

  it('an empty snapshot recognises nothing', () => {
    expect(recognise(page('https://www.example.com/'))).toEqual({
      portal: null,
      unlistedGovernment: false,
      trust: 'unknown',
      isLoginPage: false,
      modes: [],
      activeMode: null,
      step: null,
      loggedIn: false,
    });
  });

  // Cost is held by what is read, not by a clock (timings belong to `npm run bench`): a hostile snapshot's lists
  // are read only up to SNAPSHOT_BOUNDS, whatever their length, and the answer is the one the bounded part gives.
  it('reads a hostile, long snapshot only up to its bounds', () => {
    const long = 'a'.repeat(200_000);
    const reads = { fields: 0, buttons: 0 };
    const counted = <T>(items: T[], key: keyof typeof reads): T[] =>
      new Proxy(items, {
        get(target, property, receiver) {
          if (typeof property === 'string' && /^\d+$/.test(property)) reads[key]++;
          return Reflect.get(target, property, receiver);
        },
      });
    const fields = Array.from({ length: 5_000 }, () => field('text', long.slice(0, 500)));
    const buttons = Array.from({ length: 5_000 }, () => long.slice(0, 300));
    const hostile = page(TPASS, {
      text: long,
      fields: counted(fields, 'fields'),
      buttons: counted(buttons, 'buttons'),
    });
    const result = recognise(hostile);
    expect(reads.fields).toBeLessThanOrEqual(SNAPSHOT_BOUNDS.fields * 2);
    expect(reads.buttons).toBeLessThanOrEqual(SNAPSHOT_BOUNDS.buttons * 2);
    const cut = page(TPASS, {
      text: long.slice(0, SNAPSHOT_BOUNDS.text),
      fields: fields.slice(0, SNAPSHOT_BOUNDS.fields),
      buttons: buttons.slice(0, SNAPSHOT_BOUNDS.buttons),
    });
    expect(result).toEqual(recognise(cut));
  });
});
