/** The event the main-world alert capture dispatches on window; its detail is the dialog's text, a plain string. */
export const NATIVE_DIALOG_EVENT = 'login-assistant:native-dialog';
/** Longest dialog text forwarded. */
export const NATIVE_DIALOG_MAX_TEXT = 2000;
