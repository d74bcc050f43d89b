import { describe, expect, it } from 'vitest';
import { recognise } from '../../../src/core/recognise';
import { field, page } from '../../../src/core/recognise/detectors';

// The mode shown is the one whose panel is visible: hidden panels' fields never reach the snapshot.
const URL = 'http://rsj.liuzhou.gov.cn/';
const TABS = (active: string) =>
  ['密码登录', '证书登录', '扫码登录'].map((label) => ({ label, active: label === active }));
const CERT_FIELDS = [
  field('select', '', { tag: 'select', label: '选择证书', name: 'certList' }),
  field('password', '请输入证书PIN码', { name: 'pin' }),
];
const PASSWORD_FIELDS = [field('text', '用户名'), field('password', '密码')];

describe('active login mode', () => {
  it('password tab active: password', () => {
    const r = recognise(page(URL, { tabs: TABS('密码登录'), fields: PASSWORD_FIELDS, buttons: ['登录'] }));
    expect(r).toMatchObject({ isLoginPage: true, activeMode: 'password' });
  });

  it('certificate tab active: certificate, although the PIN is a password field', () => {
    const r = recognise(page(URL, { tabs: TABS('证书登录'), fields: CERT_FIELDS, buttons: ['登录'] }));
    expect(r).toMatchObject({ isLoginPage: true, activeMode: 'ca' });
  });

  it('no tab marked active, a certificate list and a PIN field: certificate', () => {
    const r = recognise(page(URL, { tabs: TABS(''), fields: CERT_FIELDS, buttons: ['登录'] }));
    expect(r.activeMode).toBe('ca');
    expect(r.modes).toContain('ca');
  });

  it('a stale "password" active marker with the certificate form showing: the form wins', () => {
    const r = recognise(page(URL, { tabs: TABS('密码登录'), fields: CERT_FIELDS, buttons: ['登录'] }));
    expect(r.activeMode).toBe('ca');
  });

  it('QR tab active: qr', () => {
    const r = recognise(
      page(URL, {
        tabs: TABS('扫码登录'),
        hasQrCode: true,
        text: '请使用APP扫码登录',
        buttons: ['登录'],
        fields: PASSWORD_FIELDS,
      }),
    );
    expect(r.activeMode).toBe('qr');
  });

  it('a select that is not a certificate list leaves the password mode', () => {
    const fields = [
      field('select', '', { tag: 'select', label: '用户类型' }),
      field('password', '密码'),
      field('text', '用户名'),
    ];
    expect(recognise(page(URL, { fields, buttons: ['登录'] })).activeMode).toBe('password');
  });
});
