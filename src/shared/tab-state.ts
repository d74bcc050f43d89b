/**
 * What the extension knows about one tab's page: kept by the background (background/tab-state.ts, in
 * storage.session) and read by the popup through `get-tab-state` (messages.ts). Structure and findings only,
 * never anything a user typed.
 */
import type { Recognition } from '../core/recognise';
import type { Finding, HintContent } from '../core/diagnose/types';
import type { TrustResult } from '../core/portals';

export interface TabState {
  url: string;
  /** the page document the state belongs to; a new document starts a new state */
  documentId: string;
  trust: TrustResult['trust'];
  recognition: Recognition | null;
  /** CA client traces the page's snapshot reported (script names, ActiveX class ids): the checklist's certificate facts */
  caMarkers?: string[];
  findings: Finding[];
  hint: HintContent | null;
  updatedAt: number;
}
