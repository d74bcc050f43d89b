/**
 * One checklist item (README public contract): an element with `data-check="<id>"` and `data-status="<status>"`,
 * its title, the one-sentence reason, the steps and a button per action. `children` is the item's own input (the
 * credit code and agent ID items let the user type a value to check).
 */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../core/categories';
import type { CheckAction, CheckResult, CheckStatus } from '../core/checklist/types';
import { t } from '../ui/i18n';

const STATUS: Record<CheckStatus, { mark: string; label: string }> = {
  pass: { mark: '✓', label: 'statusPass' },
  warn: { mark: '!', label: 'statusWarn' },
  fail: { mark: '✗', label: 'statusFail' },
  unknown: { mark: '?', label: 'statusUnknown' },
  'n/a': { mark: '–', label: 'statusNa' },
};

const ACTION_LABEL: Record<Exclude<CheckAction['kind'], 'open'>, string> = {
  copy: 'actionCopy',
  fill: 'actionFill',
  'probe-ca': 'actionProbeCa',
  'probe-network': 'actionProbeNetwork',
};

export function actionLabel(action: CheckAction, lang: Lang): string {
  return action.kind === 'open' ? action.label[lang] : t(ACTION_LABEL[action.kind]);
}

export interface CheckItemProps {
  result: CheckResult;
  lang: Lang;
  onAction(action: CheckAction): void;
  /** what the last action of this item did ("copied", "filled in", "no such field") */
  feedback?: string;
  children?: ComponentChildren;
}

export function CheckItem({ result, lang, onAction, feedback, children }: CheckItemProps) {
  const status = STATUS[result.status];
  const titleId = `check-${result.id}-title`;
  return (
    <li
      class={`check-item ${result.status.replace('/', '')}`}
      data-check={result.id}
      data-status={result.status}
      aria-labelledby={titleId}
    >
      <div class="check-head">
        <span class="mark" aria-hidden="true">
          {status.mark}
        </span>
        <h3 id={titleId}>{result.title[lang]}</h3>
        <span class="status">{t(status.label)}</span>
      </div>
      <p class="reason" id={`check-${result.id}-reason`} aria-live="polite">
        {result.reason[lang]}
      </p>
      {children}
      {result.steps.length ? (
        <ol class="steps">
          {result.steps.map((step) => (
            <li>{step[lang]}</li>
          ))}
        </ol>
      ) : null}
      {result.actions.length ? (
        <div class="actions">
          {result.actions.map((action) => (
            <button type="button" data-action={action.kind} onClick={() => onAction(action)}>
              {actionLabel(action, lang)}
            </button>
          ))}
        </div>
      ) : null}
      <p class="muted feedback" aria-live="polite" data-feedback={feedback ? '' : undefined}>
        {feedback ?? ''}
      </p>
    </li>
  );
}
