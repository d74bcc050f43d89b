/**
 * The one catalogue of runtime messages between the extension's parts (one place to read the whole protocol, as in
 * 1Password's extension messaging): every message type is
 * declared here once as a zod schema; the background parses every incoming message with it and answers from one
 * handler map. Content scripts import only the *types* from this file, so no zod reaches the page bundle.
 *
 * zod/mini with jitless: a fraction of full zod's size, and no `new Function` probe (extension pages forbid eval).
 */
import * as z from 'zod/mini';
import { CATEGORIES } from '../core/categories';
import type { CaProbe, NetworkProbe } from '../core/checklist/types';
import type { HintContent } from '../core/diagnose/types';
import { MESSAGE_MAX_TEXT, SNAPSHOT_BOUNDS as B } from '../core/page-limits';
import type { Recognition } from '../core/recognise';
import type { PopupView } from './popup-view';
import type { TabState } from './tab-state';

z.config({ jitless: true });

/** Page text is hostile: every string from a page is bounded before anything else sees it. */
const text = (max: number) => z.string().check(z.maxLength(max));

const FieldSchema = z.object({
  tag: text(B.tag),
  type: text(B.type),
  name: text(B.label),
  id: text(B.label),
  placeholder: text(B.label),
  label: text(B.label),
  autocomplete: text(B.autocomplete),
});

export const PageSnapshotSchema = z.object({
  url: text(B.url),
  title: text(B.title),
  text: text(B.text),
  fields: z.array(FieldSchema).check(z.maxLength(B.fields)),
  buttons: z.array(text(B.label)).check(z.maxLength(B.buttons)),
  tabs: z.array(z.object({ label: text(B.label), active: z.boolean() })).check(z.maxLength(B.tabs)),
  dialogs: z.array(text(B.dialog)).check(z.maxLength(B.dialogs)),
  hasQrCode: z.boolean(),
  caMarkers: z.array(text(B.label)).check(z.maxLength(B.caMarkers)),
});

export const SurfaceSchema = z.enum(['toast', 'dialog', 'field', 'inline', 'alert', 'page']);

export const PageMessageSchema = z.object({
  text: text(MESSAGE_MAX_TEXT),
  surface: SurfaceSchema,
  afterAttempt: z.optional(z.boolean()),
});

export const CategorySchema = z.enum(CATEGORIES);

export const MessageSchema = z.discriminatedUnion('type', [
  /** content → background: a page loaded; the answer says whether this page is ours to watch */
  z.object({ type: z.literal('page-hello') }),
  /** content → background: the page's structure changed (load, SPA route change, new form or dialog) */
  z.object({ type: z.literal('page-snapshot'), snapshot: PageSnapshotSchema }),
  /** content → background: error texts that just became visible on the page */
  z.object({
    type: z.literal('page-messages'),
    messages: z.array(PageMessageSchema).check(z.minLength(1), z.maxLength(20)),
  }),
  /**
   * content → background: the user closed the hint, or said it did not help ("don't show again here"), or the hint
   * went with its error (`gone`: the error vanished, or the page moved to another route)
   */
  z.object({
    type: z.literal('hint-feedback'),
    action: z.enum(['dismissed', 'not-helpful', 'gone']),
    categories: z.array(CategorySchema).check(z.maxLength(CATEGORIES.length)),
    /**
     * for 'not-helpful': what the user chose to silence on this site — 'kind' these categories only, 'site' every
     * hint on this site. Absent means 'kind' (what older content scripts meant by "not helpful").
     */
    scope: z.optional(z.enum(['kind', 'site'])),
  }),
  /** popup → background: what do you know about this tab? */
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().check(z.int(), z.minimum(0)) }),
  /**
   * popup → background: probe the CA vendor's local service (127.0.0.1) on the user's click; answers a CaProbe
   * (src/core/checklist/types.ts). Read-only calls only: never a PIN, never a signing function.
   */
  z.object({ type: z.literal('probe-ca'), vendor: text(64) }),
  /**
   * content → background: "复制诊断信息" — the background puts the text on the clipboard from the extension's own
   * context, where no page `copy` listener can rewrite it → `{ ok: boolean }`
   */
  z.object({ type: z.literal('copy-text'), text: text(8000) }),
  /**
   * content → background: the texts of the note under a field in the language the user chose (FIELD_NOTE_KEYS,
   * src/shared/field-note-keys.ts), so the page bundle carries none → name → text, the count as `$1`
   */
  z.object({ type: z.literal('field-note-texts') }),
  /** content → background: add the hint's code to this frame (hint.js, src/content/hint-ui.ts) → `{ ok: true }` */
  z.object({ type: z.literal('hint-code') }),
  /**
   * popup → background, before its `fill-field` or `probe-network` (TabMessage): add the code that answers them to
   * the tab's frames (fill.js, src/background/fill-code.ts) → `{ ok }`, false where it may not go
   */
  z.object({ type: z.literal('fill-code'), tabId: z.number().check(z.int(), z.minimum(0)) }),
  /**
   * popup → background: everything the popup paints first, for one tab (`tabId` from `?tab=`, else the active tab;
   * `url` the address it was told) and the browser it runs in → PopupView (src/shared/popup-view.ts)
   */
  z.object({
    type: z.literal('popup-view'),
    tabId: z.nullable(z.number().check(z.int(), z.minimum(0))),
    url: z.nullable(text(4096)),
    navigator: z.object({
      brands: z.optional(z.array(z.object({ brand: text(100), version: text(32) })).check(z.maxLength(20))),
      platform: z.optional(text(64)),
      userAgent: text(1000),
      cookiesEnabled: z.boolean(),
      online: z.boolean(),
    }),
  }),
]);

/**
 * popup → content script (browser.tabs.sendMessage, after `fill-code` brought fill.js), checked by hand in the page
 * (no zod in the page bundle) and only accepted from our own extension pages:
 *  - `fill-field`: put a checked value into the page's credit-code / ID field → `{ ok: true } | { ok: false,
 *    reason: 'no-field' | 'refused' }` (never a password, PIN, SMS or captcha field);
 *  - `probe-network`: a timed same-origin request to the portal → NetworkProbe.
 */
export const TabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fill-field'), field: z.enum(['credit-code', 'agent-id']), value: text(64) }),
  z.object({ type: z.literal('probe-network') }),
]);
export type TabMessage = z.infer<typeof TabMessageSchema>;

export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/**
 * What the background answers to each runtime message, declared once next to the requests above: the handler map
 * (background/handlers.ts) must return exactly this, and every sender gets it typed (protocol.ts). A message the
 * router does not take (malformed, wrong sender, a handler that threw) is answered with a `Refusal` instead.
 */
export interface Responses {
  'page-hello': { watch: boolean };
  'page-snapshot': { recognition: Recognition; hint: HintContent | null };
  'page-messages': { hint: HintContent | null };
  'hint-feedback': { ok: true };
  /** null: the background knows nothing of this tab */
  'get-tab-state': (TabState & { failures: number }) | null;
  'probe-ca': CaProbe;
  'copy-text': { ok: boolean };
  'field-note-texts': Record<string, string>;
  'hint-code': { ok: true };
  'fill-code': { ok: boolean };
  'popup-view': PopupView;
}
export type ResponseOf<T extends MessageType> = Responses[T];

/** How the router says no (background/route.ts): the only other shape an answer can have. */
export interface Refusal {
  error: string;
}
/**
 * A refusal carries none of the declared answer's fields, so a sender that only reads them (`answer?.hint`) reads
 * undefined from a refusal without testing for it first; one that must tell the two apart uses isRefusal().
 */
export type Refused<T extends MessageType> = Refusal & { [K in keyof NonNullable<ResponseOf<T>>]?: never };
export type Reply<T extends MessageType> = ResponseOf<T> | Refused<T>;

export type TabMessageType = TabMessage['type'];
export type TabMessageOf<T extends TabMessageType> = Extract<TabMessage, { type: T }>;

/** What the content script answers to the popup's messages; a frame that does not answer stays silent. */
export interface TabResponses {
  'fill-field': { ok: true } | { ok: false; reason: 'no-field' | 'refused' };
  'probe-network': NetworkProbe;
}
export type TabResponseOf<T extends TabMessageType> = TabResponses[T];
