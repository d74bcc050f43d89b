import { checkId } from '../../ids';
import type { IdResult } from '../../ids';
import { onPage, TPASS_BEIJING } from '../example-facts';
import { both, result } from '../result';
import type { ItemHead } from '../result';
import type { CheckAction, ChecklistFacts, ChecklistItem, CheckResult } from '../types';

const MAX_VALUE = 64;
const HEAD: ItemHead = { id: 'credit-code', title: both('单位统一社会信用代码', 'Company credit code') };

/** The value to check: typed into the popup wins over the selected profile's; an emptied field falls back to it. */
function codeToCheck(facts: ChecklistFacts): string {
  // Real codes have 18 characters; a pasted page is cut short (the check still reports the wrong length).
  return (facts.typed.creditCode?.trim() || facts.profile?.creditCode || '').trim().slice(0, MAX_VALUE);
}

/** The value worth copying: the cleaned one when only spaces, case or full-width characters were wrong. */
function usable(value: string, id: IdResult): string | null {
  if (id.valid) return value;
  return id.suggestion?.kind === 'normalized' && id.suggestion.value ? id.suggestion.value : null;
}

function actionsFor(value: string, facts: ChecklistFacts): CheckAction[] {
  const actions: CheckAction[] = [{ kind: 'copy', value }];
  if (facts.recognition?.isLoginPage) actions.push({ kind: 'fill', field: 'credit-code', value });
  return actions;
}

function check(facts: ChecklistFacts): CheckResult {
  const value = codeToCheck(facts);
  if (value === '') {
    return result(
      HEAD,
      'unknown',
      both('还没有选择单位，也没有输入信用代码。', 'No company is selected and no credit code was typed.'),
      [
        both(
          '在上方选择单位，或输入营业执照上的 18 位统一社会信用代码。',
          'Select the company above, or type the 18-character code from the business licence.',
        ),
      ],
    );
  }
  const id = checkId(value, 'company', { today: facts.now });
  const good = usable(value, id);
  if (id.valid && id.severity === 'ok') return result(HEAD, 'pass', id.message, [], actionsFor(value, facts));
  if (id.valid)
    return result(
      HEAD,
      'warn',
      id.message,
      [both('对照营业执照再核对一遍。', 'Compare it with the business licence once more.')],
      actionsFor(value, facts),
    );
  if (good)
    return result(
      HEAD,
      'warn',
      id.message,
      [
        both(
          '使用整理后的代码（去掉空格、改为大写半角）。',
          'Use the cleaned code (no spaces, capital half-width letters).',
        ),
      ],
      actionsFor(good, facts),
    );
  return result(HEAD, 'fail', id.message, [
    both(
      '改正后再登录：每输错一次都会用掉一次尝试机会。',
      'Correct it before logging in: every wrong try uses up one attempt.',
    ),
  ]);
}

export const creditCode: ChecklistItem = {
  id: HEAD.id,
  title: HEAD.title,
  check,
  examples: [
    {
      name: 'valid code from the profile',
      facts: {
        ...onPage(TPASS_BEIJING),
        profile: { id: 'a', name: 'A', creditCode: '914403001922038216', usualPortals: [] },
      },
      expect: 'pass',
    },
    {
      name: 'typed code wins over the profile',
      facts: {
        typed: { creditCode: '914403001922038217' },
        profile: { id: 'a', name: 'A', creditCode: '914403001922038216', usualPortals: [] },
      },
      expect: 'fail',
    },
    {
      name: 'an emptied popup field falls back to the profile',
      facts: {
        typed: { creditCode: ' ' },
        profile: { id: 'a', name: 'A', creditCode: '914403001922038216', usualPortals: [] },
      },
      expect: 'pass',
    },
    { name: 'check character wrong', facts: { typed: { creditCode: '914403001922038217' } }, expect: 'fail' },
    {
      name: 'full-width digits: cleaned code offered',
      facts: { typed: { creditCode: '9144030019220382１６ ' } },
      expect: 'warn',
    },
    { name: 'too short', facts: { typed: { creditCode: '9135010' } }, expect: 'fail' },
    { name: 'nothing selected', facts: {}, expect: 'unknown' },
  ],
};
