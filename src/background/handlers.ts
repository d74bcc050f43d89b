/**
 * One handler per message type (one catalogue in shared/messages.ts, one handler map here, so every message has
 * exactly one place that answers it). Handlers get a message that zod
 * has already parsed and a sender that sender.ts has already checked.
 */
import type { Runtime } from 'webextension-polyfill';
import { countsAsFailedAttempt, diagnose } from '../core/diagnose';
import { KNOWLEDGE } from '../core/diagnose/knowledge';
import type { Finding, HintContent, HintLabels } from '../core/diagnose/types';
import { officialEntry, trust } from '../core/portals';
import { recognise, type Recognition } from '../core/recognise';
import { pickCaMarkers } from '../core/recognise/ca-markers';
import type { HandlerMap } from '../shared/protocol';
import { showBadge } from './badge';
import { writeClipboard } from './clipboard';
import { composeHint } from './compose-hint';
import { bringHintCode } from './hint-code';
import { bringFillCode } from './fill-code';
import { knownCustomPortals } from './custom-portals';
import { adoptsRecognition, isSubframe } from './frames';
import { uiLang } from '../shared/lang';
import { mute, silenced } from '../shared/storage/mutes';
import { maskFindings } from './mask-findings';
import { probeCa } from './probes/ca';
import { popupView } from './popup-view';
import { message } from '../shared/language';
import { FIELD_NOTE_COUNT, FIELD_NOTE_KEYS } from '../shared/field-note-keys';
import { readTabState, writeTabState, type TabState } from './tab-state';
import { countFailure, forgetMutes, forgetTab, persisted, readFailureCount, readMuted, resetFailures } from './memory';
import { serially } from './serially';
import { stillShowing } from './still-showing';

const documentOf = (sender: Runtime.MessageSender) =>
  (sender as { documentId?: string }).documentId ?? (sender.url ?? '').split('#')[0] ?? '';

/** The state of the sender's document: the stored one, or a fresh one when the tab shows a new document. */
async function stateOf(sender: Runtime.MessageSender): Promise<{ tabId: number; state: TabState }> {
  const tabId = sender.tab!.id!;
  const url = sender.url!;
  const stored = await readTabState(tabId);
  if (stored && isSubframe(sender)) return { tabId, state: stored };
  if (stored && stored.documentId === documentOf(sender)) return { tabId, state: { ...stored, url } };
  return {
    tabId,
    state: {
      url,
      documentId: documentOf(sender),
      trust: trust(url, await knownCustomPortals()).trust,
      recognition: null,
      findings: [],
      hint: null,
      updatedAt: Date.now(),
    },
  };
}

/** the badge's updates, in the order the states were saved */
const badgeTurn = serially();
let lastSave: Promise<unknown> = Promise.resolve();

/**
 * Keeps the tab's state: in the worker's memory at once (./memory.ts; the popup reads it from there), then in
 * storage and on the badge. The handlers answer the page without waiting for either: the badge can only lag the
 * memory the popup reads, so the popup never shows findings older than the badge. A handler saves after its
 * awaits: when the user left for another site meanwhile (./still-showing.ts), the state is not that site's, and it
 * is taken back instead of reaching the badge.
 */
function save(tabId: number, state: TabState, sender: Runtime.MessageSender): void {
  const next = { ...state, updatedAt: Date.now() };
  const stored = writeTabState(tabId, next);
  const shown = stillShowing(tabId, sender);
  const badge = badgeTurn(async () => {
    if (await shown) return showBadge(tabId, next);
    if ((await readTabState(tabId)) === next) await forgetTab(tabId);
  }).catch(() => undefined);
  lastSave = Promise.all([stored, badge]);
}

/** Settles once the states saved so far are in storage and on the badge (tests wait for it). */
export async function saved(): Promise<void> {
  await Promise.all([lastSave, persisted()]);
}

function hintLabels(): HintLabels {
  const m = (name: string) => message(name);
  return {
    copy: m('hintCopy'),
    copied: m('hintCopied'),
    dismiss: m('hintDismiss'),
    notHelpful: m('hintNotHelpful'),
    muteQuestion: m('hintMuteQuestion'),
    muteKind: m('hintMuteKind'),
    muteSite: m('hintMuteSite'),
    stepsHeading: m('hintSteps'),
    region: m('hintRegion'),
  };
}

/** The key "don't show again on this portal" and the failure counter are kept under. */
export function portalKey(state: TabState): string {
  return state.recognition?.portal?.id ?? new URL(state.url).hostname;
}

function hintFor(findings: Finding[], state: TabState, failures: number): HintContent | null {
  const lang = uiLang();
  const portal = state.recognition?.portal ?? null;
  return composeHint(findings, {
    lang,
    labels: hintLabels(),
    portal: portal ? { id: portal.id, kind: portal.kind, name: portal.name[lang] } : null,
    host: new URL(state.url).hostname,
    failures,
    now: new Date(),
  });
}

/** On a look-alike that shows a login form, the page itself gets the warning, with the official entry. */
function lookalikeHint(state: TabState, recognition: Recognition): HintContent | null {
  const verdict = trust(state.url);
  if (verdict.trust !== 'lookalike' || !recognition.isLoginPage) return null;
  // not from a page message: the trust check (core/portals/trust.ts) raised it, under the category's own title
  const finding: Finding = {
    category: 'lookalike-portal',
    rule: 'trust.lookalike',
    severity: 'error',
    title: KNOWLEDGE['lookalike-portal'].title,
    captures: {},
    message: verdict.host,
    surface: 'page',
  };
  const hint = hintFor([finding], state, 0);
  const entry = officialEntry(verdict.imitates?.kind, verdict.imitates?.region);
  if (hint && entry) hint.steps = [...hint.steps, `${uiLang() === 'en' ? 'Official entry' : '官方入口'}: ${entry}`];
  return hint;
}

export const HANDLERS: HandlerMap<Runtime.MessageSender> = {
  async 'page-hello'(_message, sender) {
    const { tabId, state } = await stateOf(sender);
    const watch = state.trust !== 'unknown';
    // a frame's hello changes nothing of its tab's state: writing it back could undo the top frame's latest write
    if (watch && !isSubframe(sender)) save(tabId, state, sender);
    return { watch };
  },

  async 'page-snapshot'({ snapshot }, sender) {
    const { tabId, state } = await stateOf(sender);
    // The snapshot's URL is the page's own (with its hash route); it must be the sender's page.
    if (new URL(snapshot.url).origin !== new URL(sender.url!).origin) throw new Error('snapshot of another origin');
    const recognition = recognise(snapshot, await knownCustomPortals());
    if (!adoptsRecognition(sender, recognition)) return { recognition, hint: null };
    state.recognition = recognition;
    state.caMarkers = pickCaMarkers(snapshot.caMarkers);
    // a login page is where a failed login shows its error: the hint's code comes now, off that error's path
    if (recognition.isLoginPage) bringHintCode(sender);
    if (recognition.loggedIn) {
      void resetFailures(portalKey(state));
      state.findings = [];
      state.hint = null;
    }
    const warning = lookalikeHint(state, recognition);
    if (warning) {
      state.hint = warning;
      bringHintCode(sender);
    }
    save(tabId, state, sender);
    return { recognition, hint: warning };
  },

  async 'page-messages'({ messages }, sender) {
    const { tabId, state } = await stateOf(sender);
    // Precision first: on a government site we do not know, only a page recognised as a login page is diagnosed
    // (its other pages — news, notices, search — carry texts that only look like errors).
    if (state.trust === 'government' && !state.recognition?.isLoginPage) return { hint: null };
    // on a look-alike the only advice is to leave; its "errors" are not a portal's
    if (state.trust === 'lookalike') return { hint: null };
    const key = portalKey(state);
    // "not helpful": 'site' silences every hint here, 'kind' only the categories the user muted
    const muted = (await readMuted())[key];
    if (muted?.scope === 'site') return { hint: null };
    const portal = state.recognition?.portal;
    const findings = maskFindings(diagnose(messages, portal ? { kind: portal.kind, portalId: portal.id } : {})).filter(
      (finding) => !silenced(muted, finding.category),
    );
    if (findings.length === 0) return { hint: null };
    const failures = findings.some(countsAsFailedAttempt) ? await countFailure(key) : await readFailureCount(key);
    state.findings = findings;
    state.hint = hintFor(findings, state, failures);
    // answered now, the hint's code on its way to the frame at the same time; storage and the badge follow (save)
    bringHintCode(sender);
    save(tabId, state, sender);
    return { hint: state.hint };
  },

  async 'hint-feedback'({ action, categories, scope }, sender) {
    const { tabId, state } = await stateOf(sender);
    if (action === 'not-helpful') {
      await mute(portalKey(state), scope ?? 'kind', categories);
      forgetMutes();
    }
    state.findings = [];
    state.hint = null;
    save(tabId, state, sender);
    return { ok: true };
  },

  async 'get-tab-state'({ tabId }) {
    const state = await readTabState(tabId);
    // the popup's checklist also needs the lockout guard's count for this tab's portal
    return state ? { ...state, failures: await readFailureCount(portalKey(state)) } : null;
  },

  // the message names no page: no page address goes to the local service
  async 'probe-ca'({ vendor }) {
    return probeCa(vendor, '');
  },

  async 'copy-text'({ text }) {
    return { ok: await writeClipboard(text) };
  },

  // a field note needs the hint's code before any hint did (src/content/fill/field-note.ts)
  async 'hint-code'(_message, sender) {
    bringHintCode(sender);
    return { ok: true };
  },

  async 'field-note-texts'() {
    return Object.fromEntries(FIELD_NOTE_KEYS.map((key) => [key, message(key, [FIELD_NOTE_COUNT])]));
  },

  'popup-view': popupView,

  async 'fill-code'({ tabId }) {
    return { ok: await bringFillCode(tabId) };
  },
};
