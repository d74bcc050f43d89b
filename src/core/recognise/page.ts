import { parseUrl } from '../portals/host';
import type { FieldDescription, PageSnapshot } from '../snapshot';
import { SNAPSHOT_BOUNDS as BOUNDS } from '../page-limits';
import { pickCaMarkers } from './ca-markers';

/**
 * A snapshot prepared once for all detectors: joined, lower-cased, length-bounded strings, so each detector is a
 * handful of `includes` calls (no regex backtracking over page text, which is hostile and may be long).
 */
export interface Page {
  snapshot: PageSnapshot;
  host: string;
  /** lower-cased */
  pathname: string;
  /** lower-cased, with the leading '#' */
  hash: string;
  /** every field's placeholder, label, name and id, lower-cased, one field per line */
  fieldText: string;
  passwordFields: number;
  /** visible text-like inputs (text, tel, number, email, search, no type) */
  textFields: number;
  buttons: string;
  tabs: string;
  activeTab: string;
  dialogs: string;
  /** title + text + buttons + tabs + dialogs */
  all: string;
}

const TEXT_TYPES = new Set(['', 'text', 'tel', 'number', 'email', 'search']);

function bounded(s: string): string {
  return (s.length > BOUNDS.text ? s.slice(0, BOUNDS.text) : s).toLowerCase();
}

function describeField(f: FieldDescription): string {
  return `${f.placeholder} ${f.label} ${f.name} ${f.id} ${f.autocomplete}`;
}

export function preparePage(snapshot: PageSnapshot): Page {
  const parsed = parseUrl(snapshot.url);
  const fields = snapshot.fields.slice(0, BOUNDS.fields);
  const buttons = bounded(snapshot.buttons.slice(0, BOUNDS.buttons).join('\n'));
  const tabs = bounded(
    snapshot.tabs
      .slice(0, BOUNDS.tabs)
      .map((t) => t.label)
      .join('\n'),
  );
  const dialogs = bounded(snapshot.dialogs.slice(0, BOUNDS.dialogs).join('\n'));
  return {
    // the page sends every script's and plug-in's name; the detectors see only the CA markers among them
    snapshot: { ...snapshot, caMarkers: pickCaMarkers(snapshot.caMarkers.slice(0, BOUNDS.caMarkers)) },
    host: parsed?.host ?? '',
    pathname: (parsed?.pathname ?? '').toLowerCase(),
    hash: (parsed?.hash ?? '').toLowerCase(),
    fieldText: bounded(fields.map(describeField).join('\n')),
    passwordFields: fields.filter((f) => f.tag === 'input' && f.type === 'password').length,
    textFields: fields.filter((f) => f.tag === 'input' && TEXT_TYPES.has(f.type)).length,
    buttons,
    tabs,
    activeTab: bounded(snapshot.tabs.find((t) => t.active)?.label ?? ''),
    dialogs,
    all: bounded([snapshot.title, snapshot.text, buttons, tabs, dialogs].join('\n')),
  };
}

/** Does any of the words occur in the text? Words are lower-case literals. */
export function hasAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

export function countAny(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) if (text.includes(w)) n++;
  return n;
}
