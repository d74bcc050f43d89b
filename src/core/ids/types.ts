import type { Localized } from '../categories';

/** The concrete document types a value can be checked as. */
export type ConcreteIdType =
  | 'uscc'
  | 'org-code'
  | 'taxpayer-id'
  | 'resident-id'
  | 'resident-id-15'
  | 'hk-mo-tw-permit'
  | 'foreign-permanent-id';

/** What callers may ask for: a concrete type, or `company` / `person` to let the checker detect it. */
export type IdType = ConcreteIdType | 'company' | 'person';

export const CONCRETE_ID_TYPES: readonly ConcreteIdType[] = [
  'uscc',
  'org-code',
  'taxpayer-id',
  'resident-id',
  'resident-id-15',
  'hk-mo-tw-permit',
  'foreign-permanent-id',
];

export const ID_TYPES: readonly IdType[] = [...CONCRETE_ID_TYPES, 'company', 'person'];

export function isIdType(value: string): value is IdType {
  return (ID_TYPES as readonly string[]).includes(value);
}

/**
 * Rule codes (examples/README.md). E_* block the value, W_* only ask the user to confirm it.
 * The list is a public contract: tests and the CLI print exactly these strings.
 */
export const ERROR_CODES = [
  'E_EMPTY',
  'E_CHARSET',
  'E_LENGTH',
  'E_FORMAT',
  'E_FORBIDDEN_LETTER',
  'E_REGION_NOT_DIGITS',
  'E_CHECK',
  'E_PROVINCE',
  'E_PREFIX',
  'E_DATE',
  'E_DATE_FUTURE',
  'E_DATE_TOO_OLD',
  'E_WRONG_TYPE',
] as const;

export const WARNING_CODES = [
  'W_CATEGORY',
  'W_ORG_BODY_CHECK',
  'W_REGION_UNKNOWN',
  'W_PILOT_CHECK',
  'W_AGE_OVER_120',
  'W_PROVINCE_71',
  'W_NATIONALITY_UNKNOWN',
  'W_CHECK_731',
  'W_RESERVED_RANGE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type IdCode = ErrorCode | WarningCode;

export function isErrorCode(code: IdCode): code is ErrorCode {
  return code.startsWith('E_');
}

/** One broken rule, with the facts its message needs (never a computed check character). */
export interface Finding {
  code: IdCode;
  params?: Record<string, string>;
}

export type Sex = 'male' | 'female';

/** Facts decoded from a value, to help the user spot a wrong paste. */
export interface IdDetails {
  /** USCC positions 1-2, e.g. "91" with "工商 / 企业". */
  category?: { code: string; label: Localized };
  /** The region part as typed, with the province (or HK/MO/TW, national level) it names. */
  region?: { code: string; label: Localized };
  /** YYYY-MM-DD, from the value itself. */
  birthDate?: string;
  sex?: Sex;
  /** ISO 3166-1 code of a foreigner card, as typed (alpha-3 or numeric). */
  nationality?: string;
  /** Which form a taxpayer number or foreigner card has, e.g. "uscc", "resident-id+2", "2017". */
  form?: string;
}

export interface IdSuggestion {
  /**
   * `normalized`: the value without spaces/full-width/lowercase is valid — "did you mean".
   * `lookalike`: letters O/I/L typed for digits; with them fixed the value is valid.
   * `upgrade-18`: the 18-digit number for a 15-digit ID (computed from the given digits).
   * `type`: the value belongs to another document type.
   */
  kind: 'normalized' | 'lookalike' | 'upgrade-18' | 'type';
  value?: string;
  type?: ConcreteIdType;
  message: Localized;
}

export type Severity = 'ok' | 'warning' | 'error';

export interface IdResult {
  input: string;
  /** The concrete type that was checked (detected for `company` / `person`, the requested one otherwise). */
  type: IdType;
  /** False only for severity `error`: warnings do not block. */
  valid: boolean;
  severity: Severity;
  codes: IdCode[];
  /** Present when NFKC + removing spaces/zero-width/hyphens + upper-casing changes the input. */
  normalized?: string;
  message: Localized;
  suggestion?: IdSuggestion;
  details?: IdDetails;
}

/** What each type validator returns before messages are rendered. */
export interface Outcome {
  type: ConcreteIdType;
  findings: Finding[];
  details?: IdDetails;
  /** Type-specific facts for the "ok" message, e.g. a legacy taxpayer form. */
  note?: Localized;
  suggestion?: IdSuggestion;
}
