/**
 * What an item's buttons do, in the browser: copy, put a value into the page's own field (content script,
 * `fill-field`), probe the CA vendor's local service (background, `probe-ca`, after the user grants 127.0.0.1),
 * time a request to the portal (content script, `probe-network`), open an official page. Answers from the other
 * side are checked by shape before the popup believes them.
 */
import { ext as browser } from '../shared/ext';
import type { CaProbe, FillField, NetworkProbe } from '../core/checklist/types';
import { requestLocalAccess } from '../shared/local-permission';
import { ask, askTab } from '../shared/protocol';

export type FillOutcome = 'filled' | 'no-field' | 'refused' | 'unavailable';

export async function copyText(value: string): Promise<boolean> {
  return navigator.clipboard.writeText(value).then(
    () => true,
    () => false,
  );
}

/** The page's answering code (fill.js) is added on the click, before the first message to the tab. */
async function bringFillCode(tabId: number): Promise<void> {
  await ask((message) => browser.runtime.sendMessage(message), { type: 'fill-code', tabId }).catch(() => null);
}

export async function fillField(tabId: number, field: FillField, value: string): Promise<FillOutcome> {
  const toTab = (message: unknown) => browser.tabs.sendMessage(tabId, message);
  await bringFillCode(tabId);
  const answer = await askTab(toTab, { type: 'fill-field', field, value: value.slice(0, 64) }).catch(() => null);
  if (answer?.ok === true) return 'filled';
  if (answer?.ok === false && (answer.reason === 'no-field' || answer.reason === 'refused')) return answer.reason;
  return 'unavailable';
}

const CA_STATES = new Set(['not-probed', 'no-permission', 'not-running', 'no-key', 'key', 'running']);

function asCaProbe(value: unknown): CaProbe {
  const answer = value as { state?: unknown; certs?: unknown } | null;
  if (!answer || typeof answer.state !== 'string' || !CA_STATES.has(answer.state)) return { state: 'not-probed' };
  if (answer.state !== 'key') return { state: answer.state } as CaProbe;
  const certs = Array.isArray(answer.certs) ? answer.certs.slice(0, 20) : [];
  return {
    state: 'key',
    certs: certs
      .filter(
        (c): c is { holder: string; notAfter?: unknown } => typeof (c as { holder?: unknown })?.holder === 'string',
      )
      .map((c) => ({
        holder: c.holder.slice(0, 200),
        ...(typeof c.notAfter === 'string' ? { notAfter: c.notAfter.slice(0, 32) } : {}),
      })),
  };
}

/**
 * Must be called straight from the click: the browser asks for the permission only during a user gesture, so the
 * request is the first thing that happens.
 */
export async function probeCa(vendor: string): Promise<CaProbe> {
  const granted = await requestLocalAccess().catch(() => false);
  if (!granted) return { state: 'no-permission' };
  // still checked by shape: a refusal, or an answer from an older background, must not pass for a probe
  return asCaProbe(
    await ask((message) => browser.runtime.sendMessage(message), { type: 'probe-ca', vendor }).catch(() => null),
  );
}

export async function probeNetwork(tabId: number): Promise<NetworkProbe> {
  const toTab = (message: unknown) => browser.tabs.sendMessage(tabId, message);
  await bringFillCode(tabId);
  const answer = await askTab(toTab, { type: 'probe-network' }).catch(() => null);
  if (
    (answer?.state === 'fast' || answer?.state === 'slow') &&
    typeof answer.ms === 'number' &&
    Number.isFinite(answer.ms)
  ) {
    return { state: answer.state, ms: Math.max(0, Math.round(answer.ms)) };
  }
  return answer?.state === 'unreachable' ? { state: 'unreachable' } : { state: 'not-probed' };
}

export async function openPage(url: string): Promise<void> {
  // only web pages: an item's link is an official portal or vendor page, never a script or extension URL
  if (!/^https?:\/\//.test(url)) return;
  await browser.tabs.create({ url });
}
