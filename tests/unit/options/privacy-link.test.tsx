// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { App } from '../../../src/options/App';

const messages = zh as Record<string, { message: string }>;
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => messages[name]?.message ?? '');
// the guard card on the same page asks whether the all-sites permission is granted
vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false);
afterEach(cleanup);

describe('options: privacy policy', () => {
  it('links the privacy page the build makes from PRIVACY.md, in a new tab', async () => {
    const { container } = render(<App />);
    await waitFor(() => expect(container.querySelector('[data-privacy-link]')).not.toBeNull());
    const link = container.querySelector<HTMLAnchorElement>('[data-privacy-link]')!;
    expect(link.getAttribute('href')).toBe('privacy.html');
    expect(link.target).toBe('_blank');
    expect(link.textContent).toBe('隐私政策：本扩展读取、保存和发送什么');
  });
});
