import { checkId } from '../../ids';
import { maskId, maskIdentifiers } from '../../mask';
import { onPage, TPASS_BEIJING } from '../example-facts';
import { both, result } from '../result';
import type { ItemHead } from '../result';
import type { AgentIdType, CheckAction, ChecklistFacts, ChecklistItem, CheckResult, Localized } from '../types';

const MAX_VALUE = 64;
const HEAD: ItemHead = { id: 'agent-id', title: both('经办人证件号码', 'Agent’s ID number') };

/** The agent's ID is private: every text this item returns goes through the mask (a message may quote the value). */
function masked(text: Localized): Localized {
  return { 'zh-CN': maskIdentifiers(text['zh-CN']), en: maskIdentifiers(text.en) };
}

/** Facts of the guide: a first login may need activation and the agent linked to the company first. */
const FIRST_LOGIN: Localized[] = [
  both(
    '首次登录的经办人通常要先注册或激活账号并设置密码。',
    'An agent logging in for the first time usually has to register or activate the account and set a password first.',
  ),
  both(
    '经办人要先与单位绑定（由单位的法定代表人或管理员在系统里添加），否则登录后看不到这家单位。',
    'The agent must be linked to the company first (added by its legal representative or administrator); otherwise the company does not appear after login.',
  ),
];

function input(facts: ChecklistFacts): { value: string; type: AgentIdType } {
  // ID documents have at most 18 characters; a pasted page is cut short (the check still reports the wrong length).
  const value = (facts.typed.agentId?.trim() || facts.profile?.agentId || '').trim().slice(0, MAX_VALUE);
  const type = facts.typed.agentIdType ?? facts.profile?.agentIdType ?? 'person';
  return { value, type };
}

function actionsFor(value: string, facts: ChecklistFacts): CheckAction[] {
  const actions: CheckAction[] = [{ kind: 'copy', value }];
  if (facts.recognition?.isLoginPage) actions.push({ kind: 'fill', field: 'agent-id', value });
  return actions;
}

function check(facts: ChecklistFacts): CheckResult {
  const { value, type } = input(facts);
  if (value === '') {
    return result(HEAD, 'unknown', both('还没有填写经办人的证件号码。', 'The agent’s ID number is not filled in.'), [
      both(
        '在单位资料里填写经办人的证件号码，或在此处临时输入。',
        'Add the agent’s ID number to the company profile, or type it here for now.',
      ),
    ]);
  }
  const id = checkId(value, type, { today: facts.now });
  const shown = maskId(value);
  if (!id.valid) {
    return result(HEAD, 'fail', masked(id.message), [
      both(
        `对照证件原件核对号码（${shown}），改正后再登录。`,
        `Compare the number (${shown}) with the card itself and correct it before logging in.`,
      ),
    ]);
  }
  const reason =
    id.severity === 'ok'
      ? both(`证件号码 ${shown} 格式正确。`, `The ID number ${shown} is well formed.`)
      : masked(id.message);
  return result(HEAD, id.severity === 'ok' ? 'pass' : 'warn', reason, FIRST_LOGIN, actionsFor(value, facts));
}

export const agentId: ChecklistItem = {
  id: HEAD.id,
  title: HEAD.title,
  check,
  examples: [
    {
      name: 'valid resident ID from the profile',
      facts: {
        ...onPage(TPASS_BEIJING),
        profile: {
          id: 'a',
          name: 'A',
          creditCode: '',
          usualPortals: [],
          agentId: '11010519491231002X',
          agentIdType: 'resident-id',
        },
      },
      expect: 'pass',
    },
    { name: 'detected as a person ID', facts: { typed: { agentId: '11010519491231002X' } }, expect: 'pass' },
    {
      name: 'wrong check digit',
      facts: { typed: { agentId: '110105194912310021', agentIdType: 'resident-id' } },
      expect: 'fail',
    },
    {
      name: 'born in the future',
      facts: { typed: { agentId: '110105209912310020', agentIdType: 'resident-id' } },
      expect: 'fail',
    },
    { name: 'not filled in', facts: {}, expect: 'unknown' },
  ],
};
