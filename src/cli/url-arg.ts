/**
 * What `diagnose --url` accepts: an http(s) address, or a bare host name (`etax.beijing.chinatax.gov.cn`, with or
 * without a path or port), which is read as https. Anything else — words, another scheme, a host without a dot —
 * is refused, so a typo is never silently answered with "unknown".
 */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const BARE_HOST =
  /^(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff][a-z0-9\u00a1-\uffff-]{0,62}\.?(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** The address to judge, or null when `value` is neither an http(s) URL nor a bare host. */
export function urlArgument(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 4096) return null;
  const candidate = SCHEME.test(trimmed) && !/^[^/]+:\d+(?:[/?#]|$)/.test(trimmed) ? trimmed : bareHost(trimmed);
  if (candidate === null) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return candidate;
  } catch {
    return null;
  }
}

function bareHost(value: string): string | null {
  if (value.startsWith('//')) return bareHost(value.slice(2));
  return BARE_HOST.test(value) ? `https://${value}` : null;
}
