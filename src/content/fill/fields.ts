/**
 * Which of the page's own inputs is the company's credit-code field, the agent's ID field, or a secret one.
 * Judged from what the page says about a field (placeholder, label, name, id, aria-label, title) — the same hints
 * the page snapshot describes — never from its value. Bounded: a few attributes and one label per field.
 */
import type { FillField } from '../../core/checklist/types';

/** Fields we never write into, read or comment on: passwords, USB-key PINs, SMS and captcha codes. */
const SECRET = /密|口令|验证|校验码|动态码|短信|pin|pass|pwd|captcha|checkcode|verif|yzm|sms|otp/i;
const CREDIT_CODE = /信用代码|识别号|税号|nsrsbh|xydm|uscc|credit.?code|taxpayer.?id|tax.?no/i;
const AGENT_ID = /身份证|证件号|sfz|zjhm|idcard|idno|id.?number/i;
/** A field for the resident ID card alone ("证件号码" also takes passports and permits). */
const RESIDENT_ID = /身份证|sfz|idcard/i;
/** Other logins or documents the same field takes: there only a full 18-character number is checked. */
const OTHER_LOGINS = /手机|用户|账号|帐号|邮箱|护照|证件|phone|mobile|user|account|mail/i;
const TEXT_TYPES = /^(text|search|tel|number|)$/;

export interface FieldVerdict {
  kind: FillField | 'secret' | 'other';
  /** an ID field that also takes a phone number, a user name or other documents */
  mixed?: boolean;
}

/** Everything the page says about a field, each part bounded. */
export function describeField(input: HTMLInputElement): string {
  // `labels`: label[for] and a wrapping label; the UI kits put theirs beside the control in a form item
  const label =
    input.labels?.[0] ??
    input.closest('.el-form-item,.layui-form-item,.form-group,.ant-form-item')?.querySelector('label,[class*="label"]');
  return [input.placeholder, input.getAttribute('aria-label'), input.name, input.id, input.title, label?.textContent]
    .map((part) => (part ?? '').slice(0, 200))
    .join(' ');
}

/** What kind of field this is; content.js needs no more (the `mixed` question is the note's, in hint.js). */
export function kindOfField(input: HTMLInputElement): FieldVerdict['kind'] {
  const type = (input.getAttribute('type') ?? '').toLowerCase();
  const hints = describeField(input);
  if (type === 'password' || SECRET.test(hints)) return 'secret';
  if (!TEXT_TYPES.test(type)) return 'other';
  if (CREDIT_CODE.test(hints)) return 'credit-code';
  return AGENT_ID.test(hints) ? 'agent-id' : 'other';
}

/** An ID field that also takes a phone number, a user name or other documents. */
export function takesOtherLogins(input: HTMLInputElement): boolean {
  const hints = describeField(input);
  return !RESIDENT_ID.test(hints) || OTHER_LOGINS.test(hints);
}

export function judgeField(input: HTMLInputElement): FieldVerdict {
  const kind = kindOfField(input);
  return kind === 'agent-id' ? { kind, mixed: takesOtherLogins(input) } : { kind };
}

/** checkVisibility: Chrome 105+, Firefox 125+ (both below our minimum versions) */
function usable(input: HTMLInputElement): boolean {
  return !input.disabled && !input.readOnly && !input.closest('[hidden]') && input.checkVisibility();
}

/** The page's first visible, editable field of this kind; 200 inputs at most are looked at. */
export function findField(doc: Document, field: FillField): HTMLInputElement | null {
  const inputs = doc.querySelectorAll('input');
  for (let i = 0; i < Math.min(inputs.length, 200); i++) {
    const input = inputs[i]!;
    if (judgeField(input).kind === field && usable(input)) return input;
  }
  return null;
}
