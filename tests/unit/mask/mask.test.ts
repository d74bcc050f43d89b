import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskId, maskIdentifiers } from '../../../src/core/mask';

describe('maskId', () => {
  it('keeps the first and last four of an 18-character ID', () => {
    expect(maskId('110101199003071234')).toBe('1101**********1234');
    expect(maskId('91310000MA1FL0000X')).toBe('9131**********000X');
  });
  it('keeps only the first character of short values', () => {
    expect(maskId('12345')).toBe('1****');
    expect(maskId('1')).toBe('1');
    expect(maskId('')).toBe('');
  });
});

describe('maskIdentifiers', () => {
  it('masks IDs, credit codes, 15-digit IDs, bank cards and mobile numbers inside text', () => {
    expect(maskIdentifiers('证件号码110101199003071234与姓名不一致')).toBe('证件号码1101**********1234与姓名不一致');
    expect(maskIdentifiers('纳税人识别号 91310000MA1FL0000X 未登记')).toBe('纳税人识别号 9131**********000X 未登记');
    expect(maskIdentifiers('身份证 110101900307123 已停用')).toBe('身份证 1101*******7123 已停用');
    expect(maskIdentifiers('卡号6222021234567890123')).toBe('卡号6222***********0123');
    expect(maskIdentifiers('验证码已发送至13812345678，请查收')).toBe('验证码已发送至138****5678，请查收');
  });
  it('leaves vendor error codes, short numbers and words alone', () => {
    for (const text of [
      '证书读取失败(-2146893807)',
      '错误码 0x80090016',
      '您还有3次机会，请30分钟后再试',
      'Invalid username or password',
      'SOF_GetUserList failed',
    ]) {
      expect(maskIdentifiers(text)).toBe(text);
    }
  });
  it('never leaves a run of 11+ identifier characters with 7+ digits unmasked, and keeps the length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const masked = maskIdentifiers(text);
        expect([...masked].length).toBe([...text].length);
        for (const run of masked.match(/[0-9A-Za-z]{11,64}/g) ?? []) {
          expect((run.match(/\d/g) ?? []).length).toBeLessThan(7);
        }
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{16}[\dX]$/), fc.string({ maxLength: 20 }), (id, around) => {
        expect(maskIdentifiers(`${around}${id}`)).not.toContain(id.slice(4, 14));
      }),
    );
  });
});
