import type { Lang } from '../core/categories';
import type { PortalUrlCheck, PortalUrlProblem } from '../core/portals';
import { t } from '../ui/i18n';

const PROBLEM_TEXT: Record<PortalUrlProblem, string> = {
  'not-a-url': 'customPortalNotUrl',
  scheme: 'customPortalScheme',
  'no-host': 'customPortalNoHost',
  registered: 'customPortalRegistered',
  lookalike: 'customPortalLookalike',
  'already-added': 'customPortalAlreadyAdded',
};

/** Why an address cannot be added, in the user's words; a registered portal is named, so they know it is covered. */
export function portalUrlProblemText(verdict: Extract<PortalUrlCheck, { ok: false }>, lang: Lang): string {
  return t(PROBLEM_TEXT[verdict.problem], verdict.portal?.name[lang] ?? '');
}
