/**
 * Firefox ESR with dist/firefox: the snapshot's one walk (src/content/snapshot-walk.ts) reads a login form inside
 * an open shadow root, and after a click on a login-mode tab reads the tabs again: the tab's recognition follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

const SHADOW = 'http://login.kits-fixture.gov.cn/shadow-root/';
const TPASS = 'http://tpass.beijing.chinatax.gov.cn:8443/#/login';
let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox ESR: what the snapshot reads', () => {
  it('a login form inside an open shadow root is a password login page', async () => {
    const page = await session.open(SHADOW);
    const { state } = await session.waitForTabState(SHADOW, (s) => s.recognition?.isLoginPage === true);
    expect(state.recognition).toMatchObject({ isLoginPage: true, modes: ['password'], activeMode: 'password' });
    await session.screenshot(page, 'snapshot-firefox-shadow-root');
    await page.close();
  });

  it('tpass: the QR tab clicked, the active mode follows (the tabs are read again)', async () => {
    const page = await session.open(TPASS);
    const first = await session.waitForTabState(TPASS, (s) => s.recognition?.activeMode === 'password');
    expect(first.state.recognition).toMatchObject({ modes: ['password', 'qr', 'sms'], step: 'credentials' });
    await page.click('[data-tab="qr"]');
    const { state } = await session.waitForTabState(TPASS, (s) => s.recognition?.activeMode === 'qr');
    expect(state.recognition).toMatchObject({ isLoginPage: true, modes: ['password', 'qr', 'sms'], activeMode: 'qr' });
    await session.screenshot(page, 'snapshot-firefox-tpass-qr');
    await page.close();
  });
});
