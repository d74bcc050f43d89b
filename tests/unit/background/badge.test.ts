import { describe, expect, it } from 'vitest';
import { BADGE_DANGER_COLOR, BADGE_LOGIN_MARK, BADGE_WARNING_COLOR, badgeFor } from '../../../src/core/badge';

describe('badgeFor (README badge contract)', () => {
  it('is empty on an ordinary page', () => {
    expect(badgeFor({ lookalike: false, loginPage: false, findings: 0 }).text).toBe('');
  });
  it('marks a recognised login page', () => {
    expect(badgeFor({ lookalike: false, loginPage: true, findings: 0 }).text).toBe(BADGE_LOGIN_MARK);
  });
  it('shows ! in the warning colour while a finding shows', () => {
    expect(badgeFor({ lookalike: false, loginPage: true, findings: 2 })).toEqual({
      text: '!',
      color: BADGE_WARNING_COLOR,
    });
  });
  it('shows ! in red on a look-alike, whatever else is true', () => {
    expect(badgeFor({ lookalike: true, loginPage: true, findings: 1 })).toEqual({
      text: '!',
      color: BADGE_DANGER_COLOR,
    });
  });
});
