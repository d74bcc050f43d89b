/**
 * Loads live.ts once, after the first paint (an effect runs after the browser painted), and gives it to the
 * components that need it; null until it is there.
 */
import { useEffect, useState } from 'preact/hooks';

export type Live = typeof import('./live');

let loading: Promise<Live> | null = null;

export function loadLive(): Promise<Live> {
  // the user's own portals are read with it: trust and the checklist judge by them too (src/shared/custom-portals.ts)
  loading ??= import('./live').then(async (live) => {
    await live.loadCustomPortals().catch(() => []);
    return live;
  });
  return loading;
}

export function useLive(): Live | null {
  const [live, setLive] = useState<Live | null>(null);
  useEffect(() => {
    let on = true;
    void loadLive().then((loaded) => on && setLive(() => loaded));
    return () => {
      on = false;
    };
  }, []);
  return live;
}
