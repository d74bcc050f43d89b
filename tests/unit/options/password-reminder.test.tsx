// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { chinaToday, dateOfDay } from '../../../src/core/reminders';
import { ProfilesCard } from '../../../src/options/ProfilesCard';
import { readProfiles } from '../../../src/shared/profiles';

const messages = zh as Record<string, { message: string }>;
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => messages[name]?.message ?? '');
afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('options: the password-change reminder of a profile', () => {
  it('an interval starts counting today, an interval out of range blocks saving, a good one is saved', async () => {
    const { container } = render(<ProfilesCard vendors={[]} lang="zh-CN" />);
    await waitFor(() => expect(container.querySelector('[data-profiles]')).not.toBeNull());
    fireEvent.click(screen.getByText('添加单位'));
    type('单位名称', '北京某某科技有限公司');
    type('统一社会信用代码（或纳税人识别号）', '91110000600037341L');
    expect(container.querySelector('#profile-password-changed')).toBeNull();
    type('提醒我每隔几天更换一次密码（可不填）', '3');
    expect((screen.getByLabelText('上次更换密码的日期') as HTMLInputElement).value).toBe(
      dateOfDay(chinaToday(new Date())),
    );
    fireEvent.submit(container.querySelector('form')!);
    expect(screen.getByRole('alert').textContent).toBe('换密码的间隔请填 7 到 730 之间的整数天数。');
    type('提醒我每隔几天更换一次密码（可不填）', '90');
    type('上次更换密码的日期', '2027-01-01');
    fireEvent.submit(container.querySelector('form')!);
    await waitFor(async () => expect(await readProfiles()).toHaveLength(1));
    expect((await readProfiles())[0]).toMatchObject({ passwordEveryDays: 90, passwordChangedOn: '2027-01-01' });
  });
});
