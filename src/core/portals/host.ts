/**
 * Host parsing for the registry and the phishing guard. Pure: the WHATWG URL API only.
 */

export interface ParsedUrl {
  /** lower-case, punycode (as the URL API gives it), no trailing dot, no port, no userinfo */
  host: string;
  pathname: string;
  hash: string;
  /** the user name before an "@" (`https://www.chinatax.gov.cn@evil.top/` → `www.chinatax.gov.cn`), decoded */
  userinfo: string;
}

/**
 * Parses an http(s) URL. Userinfo tricks (`https://www.chinatax.gov.cn@evil.top/`) end up where the browser sends
 * the request: the host after the `@`. Returns null for other schemes and for unparsable input.
 */
export function parseUrl(url: string): ParsedUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = normaliseHost(parsed.hostname);
  if (!host) return null;
  let userinfo = parsed.username;
  try {
    userinfo = decodeURIComponent(userinfo);
  } catch {
    // keep the raw form
  }
  return { host, pathname: parsed.pathname, hash: parsed.hash, userinfo: normaliseHost(userinfo) };
}

/** Lower-case and drop the trailing dot of a fully-qualified name (`www.chinatax.gov.cn.` is the same host). */
export function normaliseHost(hostname: string): string {
  let host = hostname.toLowerCase();
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

export function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** `.gov.cn` and the Chinese government TLD `.政务` (xn--zfr164b) can only be registered by government bodies. */
export function isGovernmentHost(host: string): boolean {
  return host === 'gov.cn' || host.endsWith('.gov.cn') || host === 'xn--zfr164b' || host.endsWith('.xn--zfr164b');
}

/**
 * Second-level suffixes under which Chinese names are registered. No full public-suffix list: the guard only
 * needs to tell `chinatax.gov.cn.evil.top` (registrable `evil.top`) from `chinatax.gov.cn`.
 */
const TWO_LABEL_SUFFIXES = new Set(['gov.cn', 'com.cn', 'net.cn', 'org.cn', 'edu.cn', 'ac.cn', 'com.hk', 'com.tw']);

/** The part of a host its owner registered: `rsj.beijing.gov.cn` → `beijing.gov.cn`, `a.b.evil.top` → `evil.top`. */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  const take = TWO_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * RFC 3492 punycode decoding of one label (without the `xn--` prefix). Written here because node's `punycode`
 * module is deprecated (DEP0040) and the npm package pulls a dependency into the content script for 40 lines of
 * arithmetic. Returns null on malformed input; bounded by the label length.
 */
export function decodePunycodeLabel(input: string): string | null {
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  const skew = 38;
  const damp = 700;
  if (input.length > 63) return null;
  const output: number[] = [];
  const delimiter = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(delimiter, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  const adapt = (deltaIn: number, numPoints: number, first: boolean): number => {
    let delta = first ? Math.floor(deltaIn / damp) : deltaIn >> 1;
    delta += Math.floor(delta / numPoints);
    let k = 0;
    while (delta > ((base - tMin) * tMax) >> 1) {
      delta = Math.floor(delta / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
  };
  const digitOf = (code: number): number => {
    if (code >= 0x30 && code <= 0x39) return code - 22; // '0'-'9' → 26-35
    if (code >= 0x41 && code <= 0x5a) return code - 0x41;
    if (code >= 0x61 && code <= 0x7a) return code - 0x61;
    return base;
  };
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (index >= input.length) return null;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= base) return null;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (w > 0x7fffffff) return null;
    }
    const length = output.length + 1;
    bias = adapt(i - oldi, length, oldi === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** `xn--` labels decoded to Unicode, others unchanged (undecodable labels stay as they are). */
export function toUnicodeHost(host: string): string {
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodePunycodeLabel(label.slice(4)) ?? label) : label))
    .join('.');
}

/** Edit (Levenshtein) distance with an early exit above `max`; strings are host labels, so at most 63 chars. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
