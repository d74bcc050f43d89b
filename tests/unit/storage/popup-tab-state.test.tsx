// @vitest-environment happy-dom
/**
 * A malformed tab state used to crash the popup with `e.modes.map is not a function`: the popup took the stored
 * state as it came. The background now reads it with the stored schema (a bad value is "nothing known") before it
 * composes the popup's view, so the popup paints the checklist as for a page it knows nothing about yet.
 */
import { cleanup, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { App } from '../../../src/popup/App';
import { route } from '../../../src/background/route';

const messages = zh as Record<string, { message: string }>;
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => messages[name]?.message ?? '');
vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false);
vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '0.1.0' });
afterEach(cleanup);

const TPASS = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';

describe('the popup and a malformed tab state', () => {
  it('renders the checklist, without an error, when the answer has modes as a string and findings as a number', async () => {
    const tab = await fakeBrowser.tabs.create({ url: TPASS });
    const malformed = {
      url: TPASS,
      documentId: 'd',
      trust: 'official',
      recognition: {
        portal: null,
        unlistedGovernment: false,
        trust: 'official',
        isLoginPage: true,
        modes: 'password',
        activeMode: null,
        step: null,
        loggedIn: false,
      },
      findings: 3,
      hint: 7,
      updatedAt: 0,
    };
    await browser.storage.session.set({ [`tab:${tab.id}`]: malformed });
    // the popup's messages go to the real background handlers, which read the stored (malformed) state
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((message: unknown) =>
      route(message, { id: browser.runtime.id, url: browser.runtime.getURL('popup.html') } as never),
    );
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const { container } = render(<App search={`?tab=${tab.id}`} />);
    await waitFor(() => expect(container.querySelector('main[aria-busy="false"]')).not.toBeNull());
    await new Promise((done) => setTimeout(done, 50));
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('[data-check]').length).toBe(7);
    expect(container.textContent).not.toContain('password');
  });
});
