// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { CustomPortals } from '../../../src/options/CustomPortals';
import { CUSTOM_PORTALS_KEY, readCustomPortals } from '../../../src/shared/custom-portals';
import { loadLanguage } from '../../../src/shared/language';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
beforeEach(async () => {
  // the options page answers from the bundled Chinese catalogue, as with the user's choice 中文
  await browser.storage.local.set({ language: 'zh-CN' });
  await loadLanguage();
});

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function fill(url: string, name = '某市公积金') {
  const view = render(<CustomPortals lang="zh-CN" />);
  await waitFor(() => expect(view.container.querySelector('[data-custom-portals]')).not.toBeNull());
  type('网址（登录页或首页）', url);
  type('名称（自己起，如“某市公积金”）', name);
  fireEvent.change(screen.getByLabelText('类别'), { target: { value: 'housing-fund' } });
  return view.container;
}

const status = (container: Element) => container.querySelector('[data-custom-portal-status]')?.textContent ?? '';

describe('options: custom portals', () => {
  it('asks for exactly that host on the click and saves the portal once it is allowed', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
    const container = await fill('https://gjj.example-city.cn/dwzx/login?x=1');
    fireEvent.click(screen.getByText('添加并允许访问'));
    await waitFor(() => expect(status(container)).toContain('已添加“某市公积金”'));
    expect(request).toHaveBeenCalledWith({ origins: ['*://gjj.example-city.cn/*'] });
    expect(await readCustomPortals()).toEqual([
      {
        url: 'https://gjj.example-city.cn/dwzx/login',
        host: 'gjj.example-city.cn',
        name: '某市公积金',
        kind: 'housing-fund',
      },
    ]);
    await waitFor(() => expect(container.querySelector('[data-custom-portal="gjj.example-city.cn"]')).not.toBeNull());
  });

  it('saves nothing when the user refuses the permission, and says so', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false);
    const container = await fill('https://gjj.example-city.cn/');
    fireEvent.click(screen.getByText('添加并允许访问'));
    await waitFor(() => expect(status(container)).toContain('什么也没有保存'));
    expect((await browser.storage.local.get(CUSTOM_PORTALS_KEY))[CUSTOM_PORTALS_KEY]).toBeUndefined();
    expect(container.querySelector('[data-custom-portals]')?.getAttribute('data-custom-portals')).toBe('0');
  });

  it('names the registered portal an address belongs to, and asks for no permission', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
    const container = await fill('https://tpass.beijing.chinatax.gov.cn:8443/#/login');
    fireEvent.click(screen.getByText('添加并允许访问'));
    await waitFor(() => expect(status(container)).toMatch(/^这个网站已在内置名单里：.*北京.*。/));
    expect(request).not.toHaveBeenCalled();
  });

  it('wants a name', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
    const container = await fill('https://gjj.example-city.cn/', '   ');
    fireEvent.click(screen.getByText('添加并允许访问'));
    await waitFor(() => expect(status(container)).toBe('请给这个网站起一个名称。'));
    expect(request).not.toHaveBeenCalled();
  });

  it('removing one forgets it and gives its permission back', async () => {
    await browser.storage.local.set({
      [CUSTOM_PORTALS_KEY]: [
        { url: 'https://gjj.example-city.cn/', host: 'gjj.example-city.cn', name: '某市公积金', kind: 'housing-fund' },
      ],
    });
    const remove = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(true);
    render(<CustomPortals lang="zh-CN" />);
    fireEvent.click(await screen.findByLabelText('移除 某市公积金'));
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['*://gjj.example-city.cn/*'] }));
    expect(await readCustomPortals()).toEqual([]);
  });
});
