/** Runs `stop` once when the content script's lifetime ends (./lifetime.ts). */
export function onAbort(signal: AbortSignal | undefined, stop: () => void): void {
  signal?.addEventListener('abort', stop, { once: true });
}
