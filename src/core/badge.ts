/**
 * The toolbar badge contract (README "Toolbar badge"): empty on ordinary pages; a mark on a recognised login page;
 * "!" in the warning colour while a finding shows; "!" in red on a look-alike. Pure, so it is tested in node.
 */
export interface BadgeInput {
  lookalike: boolean;
  loginPage: boolean;
  findings: number;
}

export interface Badge {
  text: string;
  color: string;
}

export const BADGE_LOGIN_MARK = '✓';
export const BADGE_WARNING_COLOR = '#E8710A';
export const BADGE_DANGER_COLOR = '#C5221F';
export const BADGE_OK_COLOR = '#188038';

export function badgeFor({ lookalike, loginPage, findings }: BadgeInput): Badge {
  if (lookalike) return { text: '!', color: BADGE_DANGER_COLOR };
  if (findings > 0) return { text: '!', color: BADGE_WARNING_COLOR };
  if (loginPage) return { text: BADGE_LOGIN_MARK, color: BADGE_OK_COLOR };
  return { text: '', color: BADGE_OK_COLOR };
}
