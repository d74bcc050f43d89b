// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { ProfilesCard } from '../../../src/options/ProfilesCard';
import { readProfiles, saveProfile } from '../../../src/shared/profiles';

const messages = zh as Record<string, { message: string }>;
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string, subs?: string | string[]) =>
  (messages[name]?.message ?? '').replace(/\$[A-Z]+\$/, [subs ?? []].flat()[0] ?? ''),
);

afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function openForm() {
  const { container } = render(
    <ProfilesCard vendors={[{ id: 'bjca', name: { 'zh-CN': '北京CA', en: 'BJCA' } }]} lang="zh-CN" />,
  );
  await waitFor(() => expect(container.querySelector('[data-profiles]')).not.toBeNull());
  fireEvent.click(screen.getByText('添加单位'));
  return container;
}

describe('options: company profiles', () => {
  it('labels every input and has no field for a password, PIN or SMS code', async () => {
    const container = await openForm();
    const inputs = [...container.querySelectorAll('input, select')];
    expect(inputs.length).toBeGreaterThanOrEqual(9);
    for (const input of inputs) {
      expect(container.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
    }
    expect(container.querySelector('input[type="password"]')).toBeNull();
    expect(container.textContent).not.toMatch(/密码：|PIN码|验证码：/);
    expect(document.activeElement?.id).toBe('profile-name');
  });

  it('checks the credit code as it is typed, with the exact reason, and will not save a wrong one', async () => {
    const container = await openForm();
    type('单位名称', '深圳某某科技有限公司');
    type('统一社会信用代码（或纳税人识别号）', '914403001922038217');
    const reason = container.querySelector('#profile-code-check')!;
    expect(reason.textContent).toContain('没有通过校验');
    expect(screen.getByLabelText('统一社会信用代码（或纳税人识别号）').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByText('保存'));
    expect(screen.getByRole('alert').textContent).toContain('信用代码不对');
    expect(await readProfiles()).toEqual([]);

    type('统一社会信用代码（或纳税人识别号）', '914403001922038216');
    expect(reason.textContent).toContain('格式正确');
    type('经办人证件号码（选填）', '11010519491231002X');
    expect(container.querySelector('#profile-agent-id-check')!.textContent).toContain('居民身份证号码格式正确');
    fireEvent.click(screen.getByText('保存'));
    await waitFor(async () => expect((await readProfiles()).map((p) => p.creditCode)).toEqual(['914403001922038216']));
    const [saved] = await readProfiles();
    expect(saved!.agentId).toBe('11010519491231002X');
    expect((await browser.storage.local.get('companyProfiles')).companyProfiles).not.toContain('11010519491231002X');
    await waitFor(() =>
      expect(container.querySelector('[data-profile] .muted')?.textContent).toContain('1101**********002X'),
    );
    // the list is on screen where others may see it: the credit code is masked like the ID (the form shows it whole)
    const listed = container.querySelector('[data-profile] .muted')?.textContent ?? '';
    expect(listed).toContain('9144**********8216');
    expect(listed).not.toContain('914403001922038216');
  });

  it('picks usual portals from the registry by name and a certificate vendor from the list', async () => {
    const container = await openForm();
    type('单位名称', '北京某某公司');
    type('统一社会信用代码（或纳税人识别号）', '91110000600037341L');
    type('按名称查找门户（如“北京”“医保”）', '北京 税务');
    expect(container.querySelectorAll('[data-add-portal]')).toHaveLength(1);
    fireEvent.click(container.querySelector('[data-add-portal="e-tax/beijing"]')!);
    expect(container.querySelector('[data-portal="e-tax/beijing"]')).not.toBeNull();
    fireEvent.change(screen.getByLabelText('数字证书（U盾）厂商'), { target: { value: 'bjca' } });
    fireEvent.input(screen.getByLabelText('证书有效期至'), { target: { value: '2027-03-31' } });
    fireEvent.click(screen.getByText('保存'));
    await waitFor(async () => expect(await readProfiles()).toHaveLength(1));
    const [saved] = await readProfiles();
    expect(saved).toMatchObject({ usualPortals: ['e-tax/beijing'], certVendor: 'bjca', certExpiry: '2027-03-31' });
  });

  it('edits and deletes a saved company', async () => {
    await saveProfile({ id: 'x', name: '旧名称', creditCode: '91110000600037341L', usualPortals: [] });
    const { container } = render(<ProfilesCard vendors={[]} lang="zh-CN" />);
    await waitFor(() => expect(container.querySelector('[data-profile="x"]')).not.toBeNull());
    fireEvent.click(screen.getByLabelText('修改 旧名称'));
    type('单位名称', '新名称');
    fireEvent.click(screen.getByText('保存'));
    await waitFor(async () => expect((await readProfiles())[0]?.name).toBe('新名称'));
    vi.stubGlobal('confirm', () => true);
    fireEvent.click(await screen.findByLabelText('删除 新名称'));
    await waitFor(async () => expect(await readProfiles()).toEqual([]));
    vi.unstubAllGlobals();
  });
});
