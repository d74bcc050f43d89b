import type { Localized } from '../categories';
import type { Certainty, DesktopOs } from '../portals/types';

/**
 * How a CA vendor's client talks to web pages. `http-json` / `soap` / `websocket`: a local service on 127.0.0.1 the
 * background can probe; `native-messaging`: a browser extension plus a native host (no port to probe);
 * `activex`: IE-only controls (nothing to probe from Chrome); `unknown`: the sources do not say.
 */
export type CaProtocol = 'http-json' | 'soap' | 'websocket' | 'native-messaging' | 'activex' | 'unknown';

/**
 * What a probe may learn: `list` = a read-only call lists the certificates (holder names), `reachability` = only
 * whether the service answers, `none` = nothing can be probed.
 */
export type CaProbeKind = 'list' | 'reachability' | 'none';

export interface CaVendor {
  /** lower-case, stable; portals' `caClients` and profiles' `certVendor` name it */
  id: string;
  name: Localized;
  /** the client the user installs, as the vendor calls it */
  client: Localized;
  protocol: CaProtocol;
  /** local service addresses, tried in this order (plain http first: its certificate cannot be untrusted) */
  endpoints: string[];
  probe: CaProbeKind;
  /** the vendor's page to download the client, where a source gives one */
  download?: string;
  /** systems the client exists for */
  platforms: DesktopOs[];
  /** the research facts the entry uses, with their sources */
  source: string[];
  certainty: Certainty;
  note?: string;
}
