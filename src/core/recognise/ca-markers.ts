/**
 * Traces a CA (USB-key) client leaves in a page: script file names, ActiveX class ids, plugin MIME types.
 * The content script reports the names the page's scripts and plug-ins carry (`PageSnapshot.caMarkers`); the
 * recogniser and the background keep the known markers among them (pickCaMarkers), so this list stays out of the
 * page bundle; the checklist maps them to a vendor.
 * Sources: research/markers.json (script-src, object-clsid, embed-type) and research/ca-clients.md.
 */
import { maskIdentifiers } from '../mask';

export interface CaMarker {
  /** 'script' = lower-case substring of a script file name; 'clsid' = upper-case GUID; 'mime' = lower-case type */
  type: 'script' | 'clsid' | 'mime';
  value: string;
  vendor: string;
}

export const CA_MARKERS: readonly CaMarker[] = [
  { type: 'script', value: 'xtxsab', vendor: 'BJCA' },
  { type: 'script', value: 'xtxasyn', vendor: 'BJCA' },
  { type: 'script', value: 'xtxsync', vendor: 'BJCA' },
  { type: 'script', value: 'xtxapp', vendor: 'BJCA' },
  { type: 'script', value: 'netcapki', vendor: 'NETCA' },
  { type: 'script', value: 'netcawebsocket', vendor: 'NETCA' },
  { type: 'script', value: 'hebcaclient', vendor: 'HEBCA' },
  { type: 'script', value: 'topcertkit', vendor: 'TopCA' },
  { type: 'script', value: 'cryptokit', vendor: 'CFCA' },
  { type: 'clsid', value: '3F367B74-92D9-4C5E-AB93-234F8A91D5E6', vendor: 'BJCA' },
  { type: 'clsid', value: '3BC3C868-95B5-47ED-8686-E0E3E94EF366', vendor: 'BJCA' },
  { type: 'clsid', value: '506038C2-52A5-4EA5-8F7D-F39B10265709', vendor: 'FJCA' },
  { type: 'clsid', value: '8DD0214E-C884-4847-90E7-2F49DB3F0A2B', vendor: 'HBCA' },
  { type: 'clsid', value: '4C588282-7792-4E16-93CB-9744402E4E98', vendor: 'CFCA' },
  { type: 'clsid', value: 'B2F2D4D4-D808-43B3-B355-B671C0DE15D4', vendor: 'CFCA' },
  { type: 'clsid', value: 'BFEAA574-D032-49EE-BAB4-D09D0D511D52', vendor: 'GDCA' },
  { type: 'clsid', value: 'B48B9648-E9F0-48A3-90A5-8C588CE0898F', vendor: 'SHECA' },
  { type: 'clsid', value: 'F8119DB1-73CB-49F7-8559-2B5EDD869D2A', vendor: 'SDCA' },
  { type: 'clsid', value: '990AC2E1-4439-436A-823A-F96855361CB3', vendor: 'HNCA' },
  { type: 'clsid', value: '40CAB063-EF31-4FF6-B512-E1E4E454EB19', vendor: 'TopCA' },
  { type: 'clsid', value: '1E0DFFCF-27FF-4574-849B-55007349FEDA', vendor: 'iTrusChina' },
  { type: 'mime', value: 'application/x-xtx-axhost', vendor: 'BJCA' },
  { type: 'mime', value: 'application/gdca-activex', vendor: 'GDCA' },
  { type: 'mime', value: 'application/npcryptokit.ultimate.x86', vendor: 'CFCA' },
  { type: 'mime', value: 'application/hebca-np11x-plugin', vendor: 'HEBCA' },
  { type: 'mime', value: 'application/pta.itruspta.version.1', vendor: 'iTrusChina' },
];

/** The vendor behind a reported marker (`script:XTXSAB.js`, `clsid:3F36…`, `mime:application/…`), or null. */
export function caVendorOf(marker: string): string | null {
  const colon = marker.indexOf(':');
  const kind = marker.slice(0, colon);
  const value = marker.slice(colon + 1);
  for (const m of CA_MARKERS) {
    if (m.type !== kind) continue;
    if (
      kind === 'script'
        ? value.toLowerCase().includes(m.value)
        : kind === 'clsid'
          ? value.toUpperCase() === m.value
          : value.toLowerCase() === m.value
    ) {
      return m.vendor;
    }
  }
  return null;
}

/** Markers kept per page: a page carries one CA client's few traces. */
const MAX_KEPT = 20;
/** A kept script file name's length (the page may send longer names). */
const MAX_FILE = 60;

/**
 * A script file name is page text, so identifier-shaped runs in it are masked before it is kept; where masking
 * would hide the vendor's own name (`XTXSAB20231234567.js`), the marker alone is kept.
 */
function keptScript(name: string, vendor: string): string {
  const masked = maskIdentifiers(name.slice(0, 'script:'.length + MAX_FILE));
  if (caVendorOf(masked) === vendor) return masked;
  const marker = CA_MARKERS.find((m) => m.type === 'script' && name.toLowerCase().includes(m.value));
  return `script:${marker?.value ?? ''}`;
}

/**
 * The known CA markers among the names a page's scripts and plug-ins carry (`script:<file name>`, `clsid:<GUID>`,
 * `mime:<type>`), once each, in the page's order; at most MAX_KEPT.
 */
export function pickCaMarkers(names: readonly string[]): string[] {
  const kept = new Set<string>();
  for (const name of names) {
    if (kept.size >= MAX_KEPT) break;
    const vendor = caVendorOf(name);
    if (vendor !== null) kept.add(name.startsWith('script:') ? keptScript(name, vendor) : name);
  }
  return [...kept];
}
