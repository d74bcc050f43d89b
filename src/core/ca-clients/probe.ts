import { maskIdentifiers } from '../mask';
import type { CaProbe } from '../checklist/types';
import { caVendorById } from './vendors';

/**
 * What the background sends to a vendor's local service, as data: it only does the fetch / WebSocket. Every
 * request here is read-only. No request carries a PIN, and none calls a login, signing or PIN-retry function:
 * such calls can lock the key.
 */
export interface CaProbeRequest {
  transport: 'http' | 'websocket';
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** how to read the answer: `bjca-user-list` → key / no-key; `reachability` → running */
  read: 'bjca-user-list' | 'reachability';
}

/** The XTXApp class id the BJCA service expects in every call (vendors.ts source). */
export const BJCA_XTXAPP_CLSID = '3F367B74-92D9-4C5E-AB93-234F8A91D5E6';

/** The page's origin and path: BJCA's pages send their address, but its query may hold one-time login codes. */
function pageAddress(pageUrl: string): string {
  try {
    const u = new URL(pageUrl);
    return /^https?:$/.test(u.protocol) ? `${u.origin}${u.pathname}` : '';
  } catch {
    return '';
  }
}

/** The one BJCA call we make: list the certificates on the inserted keys. It takes no parameter. */
export function bjcaUserListRequest(url: string, pageUrl: string): CaProbeRequest {
  return {
    transport: 'http',
    url,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: pageAddress(pageUrl), clsid: BJCA_XTXAPP_CLSID, func: 'SOF_GetUserList' }),
    read: 'bjca-user-list',
  };
}

/**
 * The requests to try, in order, for `vendorId` ([] when the vendor has nothing to probe). The first that gets any
 * answer decides; when none connects the client is not running. `pageUrl` is sent to BJCA, as its own pages do.
 */
export function caProbeRequests(vendorId: string, pageUrl: string): CaProbeRequest[] {
  const vendor = caVendorById(vendorId);
  if (!vendor || vendor.probe === 'none') return [];
  return vendor.endpoints.slice(0, 4).map((url): CaProbeRequest => {
    if (vendor.probe === 'list' && vendor.id === 'bjca') return bjcaUserListRequest(url, pageUrl);
    if (/^wss?:/.test(url)) return { transport: 'websocket', url, read: 'reachability' };
    return { transport: 'http', url, method: 'GET', read: 'reachability' };
  });
}

/** At most this many certificates and characters per holder are kept from an answer (the answer is local but untrusted). */
const MAX_CERTS = 20;
const MAX_HOLDER = 80;

/** Holders in a `SOF_GetUserList` value: `"<name>||<certId>&&&<name>||<certId>&&&"`; an empty value = no key. */
export function parseBjcaUserList(value: string): { holder: string }[] {
  const certs: { holder: string }[] = [];
  for (const entry of value.slice(0, 20_000).split('&&&')) {
    if (certs.length >= MAX_CERTS) break;
    const bar = entry.indexOf('||');
    const holder = (bar >= 0 ? entry.slice(0, bar) : entry).trim().slice(0, MAX_HOLDER);
    if (holder !== '') certs.push({ holder: maskIdentifiers(holder) });
  }
  return certs;
}

/** A local service's answer as the background saw it. */
export type CaServiceAnswer = { status: number; body: string } | { opened: true } | 'refused' | 'timeout';

/** The BJCA answer body `{retValue|retVal: "…"}` → key / no-key; anything else from a live service → running. */
function readBjca(answer: { status: number; body: string }): CaProbe {
  if (answer.status !== 200) return { state: 'running' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body.slice(0, 50_000));
  } catch {
    return { state: 'running' };
  }
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const value = record.retValue ?? record.retVal;
  if (typeof value !== 'string') return { state: 'running' };
  const certs = parseBjcaUserList(value);
  return certs.length > 0 ? { state: 'key', certs } : { state: 'no-key' };
}

/** The verdict of one request's answer. No answer at all (refused, timed out) → the client is not running. */
export function readCaAnswer(request: CaProbeRequest, answer: CaServiceAnswer): CaProbe {
  if (answer === 'refused') return { state: 'not-running' };
  if (answer === 'timeout') return { state: 'not-running', timedOut: true };
  if ('opened' in answer) return { state: 'running' };
  return request.read === 'bjca-user-list' ? readBjca(answer) : { state: 'running' };
}
