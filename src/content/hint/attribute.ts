/**
 * Public contract (README "Public contracts", "In the page"): the inline hint's host element carries this attribute, listing the
 * categories it shows. The error watcher and the snapshot use the selector to ignore our own UI.
 */
export const HINT_HOST_ATTRIBUTE = 'data-login-assistant-hint';
export const HINT_HOST_SELECTOR = `[${HINT_HOST_ATTRIBUTE}]`;
