// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { ImportCompanies } from '../../../src/options/ImportCompanies';
import { NextReminder } from '../../../src/popup/NextReminder';
import { loadLanguage } from '../../../src/shared/language';
import { readProfiles } from '../../../src/shared/profiles';

afterEach(cleanup);
beforeEach(async () => {
  await browser.storage.local.set({ language: 'zh-CN' });
  await loadLanguage();
});

const CSV = [
  '单位名称,统一社会信用代码,经办人,经办人证件号码,证书到期日',
  '北京某某科技有限公司,91110000600037341L,张三,11010519491231002X,2027/3/31',
  '错码公司,91110000600037342L,,,',
].join('\r\n');

describe('options: CSV import', () => {
  it('previews a GBK file with the refused row and its reason, saves only the fine row on confirm', async () => {
    const imported = vi.fn();
    render(<ImportCompanies existing={[]} lang="zh-CN" onImported={imported} onClose={() => undefined} />);
    const file = new File([new Uint8Array(iconv.encode(CSV, 'gbk'))], 'list.csv', { type: 'text/csv' });
    const input = screen.getByLabelText('选择 CSV 文件') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    const summary = await screen.findByText(/共 2 行/);
    expect(summary.textContent).toBe(
      '共 2 行：1 行可以导入，1 行被拒绝，0 行与已有单位或前面的行重复。文件编码：GBK（简体中文 Windows）。',
    );
    const refused = document.querySelector('[data-import-row="3"]')!;
    expect(refused.getAttribute('data-status')).toBe('refused');
    expect(refused.querySelector('[data-import-reason]')!.textContent).toMatch(/^统一社会信用代码：/);
    expect(document.body.textContent).not.toContain('11010519491231002X');
    expect(await readProfiles()).toEqual([]);
    fireEvent.click(screen.getByText('导入 1 家单位'));
    await waitFor(() => expect(imported).toHaveBeenCalledWith(1));
    const saved = await readProfiles();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      name: '北京某某科技有限公司',
      creditCode: '91110000600037341L',
      certExpiry: '2027-03-31',
      agentId: '11010519491231002X',
    });
    // not remembered: the agent ID stays in session storage
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain('11010519491231002X');
  });
});

describe('popup: next reminder', () => {
  it('names the soonest certificate date', () => {
    const profiles = [
      { id: 'a', name: '某公司', creditCode: '91110000600037341L', usualPortals: [], certExpiry: '2027-03-31' },
    ];
    render(<NextReminder profiles={profiles} lang="zh-CN" now={new Date('2027-03-24T02:00:00Z')} />);
    expect(screen.getByText(/下次提醒/).textContent).toBe('下次提醒：某公司 证书 7 天后到期（2027-03-31）');
  });
});
