/**
 * A saved portal page judged like the extension judges a live one: the page snapshot and recognition, and the
 * error texts its surfaces hold, diagnosed. happy-dom parses the HTML (its scripts are not run); it has no
 * layout, so an element counts as shown unless it or an ancestor is hidden by attribute or inline style.
 */
import { Window } from 'happy-dom';
import { diagnose } from '../core/diagnose';
import type { PageMessage } from '../core/diagnose/types';
import { trust } from '../core/portals';
import { recognise } from '../core/recognise';
import { collectSnapshot } from '../content/snapshot';
import { SURFACES } from '../content/kits';
import { boundedMarkup, trimLongLists } from './bounded-page';

const MAX_MESSAGES = 20;

function hiddenByMarkup(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = (node.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  }
  return false;
}

export function pageMessages(doc: Document): PageMessage[] {
  const seen = new Set<Element>();
  const messages: PageMessage[] = [];
  for (const surface of SURFACES) {
    for (const el of doc.querySelectorAll(surface.selector)) {
      if (messages.length >= MAX_MESSAGES) return messages;
      if (seen.has(el) || hiddenByMarkup(el)) continue;
      // an element inside one already reported is the same message
      if (!surface.wholePage && [...seen].some((outer) => outer.contains(el))) continue;
      const text = surface.textOf(el);
      if (!text) continue;
      seen.add(el);
      messages.push({ text, surface: surface.surface });
    }
  }
  return messages;
}

export function diagnoseSavedPage(html: string, url: string) {
  const window = new Window({
    url: /^https?:\/\//.test(url) ? url : 'http://localhost/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  // bounded work (bounded-page.ts): an over-long page and long lists lose their middle; the output says so
  const markup = boundedMarkup(html);
  const doc = new window.DOMParser().parseFromString(markup.html, 'text/html') as unknown as Document;
  const dropped = trimLongLists(doc.documentElement);
  const snapshot = collectSnapshot(doc, url);
  const recognition = recognise(snapshot);
  const messages = pageMessages(doc);
  const portal = recognition.portal;
  const findings = diagnose(messages, portal ? { kind: portal.kind, portalId: portal.id } : {});
  void window.happyDOM.close();
  const verdict = trust(url);
  return {
    url,
    trust: verdict.trust,
    portal: verdict.portal ? { id: verdict.portal.id, kind: verdict.portal.kind, region: verdict.portal.region } : null,
    recognition,
    messages,
    ...(dropped > 0 || markup.dropped > 0
      ? { bounded: { charsDropped: markup.dropped, elementsDropped: dropped } }
      : {}),
    findings: findings.map(({ category, rule, severity, title, captures, message }) => ({
      category,
      rule,
      severity,
      title: title['zh-CN'],
      captures,
      message,
    })),
  };
}
