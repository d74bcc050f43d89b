/**
 * Identifier validation for the pre-login checklist (research/identifiers.md). Pure: no browser API, no
 * dependency. Other code calls `checkId`; everything else here is exported for tests and tools.
 */
import { detectCompanyType, detectPersonType } from './detect';
import { checkForeignPermanentId } from './foreign-id';
import { renderMessage } from './messages';
import { foldDigitLookalikes, MAX_INPUT_LENGTH, normalizeId } from './normalize';
import { checkOrgCode, orgCodeCanonical } from './org-code';
import { checkHkMoTwPermit } from './permits';
import { checkResidentId, checkResidentId15 } from './resident-id';
import { checkTaxpayerId } from './taxpayer-id';
import { checkUscc } from './uscc';
import type { ConcreteIdType, IdDetails, IdResult, IdSuggestion, IdType, Outcome, Severity } from './types';

export type {
  ConcreteIdType,
  IdCode,
  IdDetails,
  IdResult,
  IdSuggestion,
  IdType,
  Severity,
  Sex,
} from './types';
export { CONCRETE_ID_TYPES, ERROR_CODES, ID_TYPES, WARNING_CODES, isIdType } from './types';
export { normalizeId } from './normalize';
export { looksLikeCompany } from './detect';
export { upgradeResidentId15 } from './resident-id';

export interface CheckIdOptions {
  /** The date birth dates are compared with; tests inject it. Default: now. */
  today?: Date;
}

function runConcrete(type: ConcreteIdType, raw: string, today: Date): Outcome {
  switch (type) {
    case 'uscc':
      return checkUscc(raw);
    case 'org-code':
      return checkOrgCode(raw);
    case 'taxpayer-id':
      return checkTaxpayerId(raw, today);
    case 'resident-id':
      return checkResidentId(raw, today);
    case 'resident-id-15':
      return checkResidentId15(raw, today);
    case 'hk-mo-tw-permit':
      return checkHkMoTwPermit(raw, today);
    case 'foreign-permanent-id':
      return checkForeignPermanentId(raw, today);
  }
}

const hasError = (o: Outcome) => o.findings.some((f) => f.code.startsWith('E_'));

/** Digit-only ID documents, where a letter O/I/L is almost certainly a misread digit. */
const DIGIT_TYPES = new Set<ConcreteIdType>([
  'resident-id',
  'resident-id-15',
  'hk-mo-tw-permit',
  'foreign-permanent-id',
]);

/**
 * Check one value as `type`. Strict about what the portal will receive: spaces, lowercase and full-width characters
 * are errors (with "did you mean" when the cleaned value is valid). Never throws; any string gives a result.
 */
export function checkId(value: string, type: IdType, options?: CheckIdOptions): IdResult {
  const input = typeof value === 'string' ? value : String(value);
  const t = options?.today;
  const today = t instanceof Date && !Number.isNaN(t.getTime()) ? t : new Date();
  // Real identifiers have at most 20 characters; do not spend work on pasted pages.
  const normalized = input.length <= MAX_INPUT_LENGTH ? normalizeId(input) : null;

  let concrete: ConcreteIdType;
  if (type === 'company') concrete = detectCompanyType(normalized ?? '');
  else if (type === 'person') concrete = detectPersonType(normalized ?? '');
  else concrete = type;

  if (input === '' || normalized === '') {
    return finish({ input, type, outcome: { type: concrete, findings: [{ code: 'E_EMPTY' }] } });
  }

  let outcome = runConcrete(concrete, input, today);
  // An individual (e.g. an individual business) files tax under their ID number: in the company field an 18-digit
  // value that fails as a credit code but passes as an ID number is a taxpayer number.
  if (type === 'company' && concrete === 'uscc' && hasError(outcome) && /^\d{17}[\dX]$/.test(input)) {
    const asTaxpayer = runConcrete('taxpayer-id', input, today);
    if (!hasError(asTaxpayer)) outcome = asTaxpayer;
  }

  const canonical = outcome.type === 'org-code' ? orgCodeCanonical(input) : input;
  const changed = normalized !== null && normalized !== canonical ? normalized : undefined;
  const normalizedValid = changed !== undefined && !hasError(runConcrete(outcome.type, changed, today));

  let lookalike: string | undefined;
  if (!normalizedValid && normalized && DIGIT_TYPES.has(outcome.type)) {
    const folded = foldDigitLookalikes(normalized);
    if (folded && !hasError(runConcrete(outcome.type, folded, today))) lookalike = folded;
  }

  let suggestion = outcome.suggestion;
  if (changed !== undefined && normalizedValid) {
    suggestion = {
      kind: 'normalized',
      value: changed,
      message: { 'zh-CN': `您要填的是不是 ${changed}？`, en: `Did you mean ${changed}?` },
    };
  } else if (lookalike !== undefined) {
    suggestion = {
      kind: 'lookalike',
      value: lookalike,
      message: { 'zh-CN': `您要填的可能是 ${lookalike}？`, en: `Did you mean ${lookalike}?` },
    };
  }

  // company / person report the type that was detected; a concrete request keeps its own name.
  const reported = type === 'company' || type === 'person' ? outcome.type : type;
  return finish({ input, type: reported, outcome, changed, normalizedValid, lookalike, suggestion });
}

interface FinishArgs {
  input: string;
  type: IdType;
  outcome: Outcome;
  changed?: string;
  normalizedValid?: boolean;
  lookalike?: string;
  suggestion?: IdSuggestion;
}

function finish(args: FinishArgs): IdResult {
  const { input, type, outcome, changed, normalizedValid = false, lookalike, suggestion } = args;
  const codes = outcome.findings.map((f) => f.code);
  const severity: Severity = codes.some((c) => c.startsWith('E_')) ? 'error' : codes.length > 0 ? 'warning' : 'ok';
  const details: IdDetails | undefined =
    outcome.details && Object.keys(outcome.details).length > 0 ? outcome.details : undefined;
  const message = renderMessage({
    type: outcome.type,
    findings: outcome.findings,
    normalized: changed,
    normalizedValid,
    lookalike,
    details,
    note: outcome.note,
  });
  return {
    input,
    type,
    valid: severity !== 'error',
    severity,
    codes,
    ...(changed !== undefined ? { normalized: changed } : {}),
    message,
    ...(suggestion ? { suggestion } : {}),
    ...(details ? { details } : {}),
  };
}
