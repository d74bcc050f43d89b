/**
 * Public contract (design.md "In the page"): the inline hint's host element carries this attribute, listing the
 * categories it shows. The error watcher uses it to ignore our own UI.
 */
export const HINT_HOST_ATTRIBUTE = 'data-login-assistant-hint';
