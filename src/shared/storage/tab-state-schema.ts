/**
 * The schema of a tab's state (`tab:<id>` in storage.session, keys/tab-state.ts). Storage is not trusted on read: an older version, a
 * crash mid-write or anything else with access to the extension's storage can leave a value of the wrong shape,
 * and one bad value must cost only its own key, never the popup or the diagnosis of the page.
 */
import * as z from 'zod/mini';
import { LOGIN_MODES, PORTAL_KINDS } from '../../core/portals/types';
import { MESSAGE_MAX_TEXT } from '../../core/page-limits';
import { CategorySchema, SurfaceSchema } from '../messages';

const text = (max: number) => z.string().check(z.maxLength(max));
/** one of our own texts (a title, a step, a warning): far longer than any we write, bounded all the same */
const OWN_TEXT = 2000;
const LocalizedSchema = z.object({ 'zh-CN': text(OWN_TEXT), en: text(OWN_TEXT) });
const TrustSchema = z.enum(['official', 'government', 'lookalike', 'unknown']);
const ModeSchema = z.enum(LOGIN_MODES as [string, ...string[]]);

export const RecognitionSchema = z.object({
  portal: z.nullable(
    z.object({
      id: text(200),
      kind: z.enum(PORTAL_KINDS as [string, ...string[]]),
      region: text(200),
      name: LocalizedSchema,
    }),
  ),
  unlistedGovernment: z.boolean(),
  trust: TrustSchema,
  isLoginPage: z.boolean(),
  modes: z.array(ModeSchema).check(z.maxLength(10)),
  activeMode: z.nullable(ModeSchema),
  step: z.nullable(z.enum(['credentials', 'sms-code', 'role-choice', 'agreement'])),
  loggedIn: z.boolean(),
});

const count = z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1e6)));

export const FindingSchema = z.object({
  category: CategorySchema,
  rule: text(200),
  severity: z.enum(['error', 'warning']),
  title: LocalizedSchema,
  captures: z.object({ triesLeft: count, minutes: count, days: count }),
  message: text(MESSAGE_MAX_TEXT),
  surface: SurfaceSchema,
});

export const HintContentSchema = z.object({
  categories: z.array(CategorySchema).check(z.maxLength(30)),
  lang: z.enum(['zh-CN', 'en']),
  title: text(OWN_TEXT),
  explanation: text(4000),
  steps: z.array(text(OWN_TEXT)).check(z.maxLength(30)),
  warning: z.optional(text(OWN_TEXT)),
  message: text(MESSAGE_MAX_TEXT),
  diagnostic: text(8000),
  labels: z.object({
    copy: text(200),
    copied: text(200),
    dismiss: text(200),
    notHelpful: text(200),
    muteQuestion: text(200),
    muteKind: text(200),
    muteSite: text(200),
    stepsHeading: text(200),
    region: text(200),
  }),
});

export const TabStateSchema = z.object({
  url: text(4096),
  documentId: text(4096),
  trust: TrustSchema,
  recognition: z.nullable(RecognitionSchema),
  findings: z.array(FindingSchema).check(z.maxLength(50)),
  hint: z.nullable(HintContentSchema),
  /** the snapshot's CA-client markers, for the checklist's certificate item */
  caMarkers: z.optional(z.array(text(200)).check(z.maxLength(50))),
  updatedAt: z.number(),
});
