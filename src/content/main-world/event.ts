import { MESSAGE_MAX_TEXT } from '../../core/page-limits';

/** The event the main-world alert capture dispatches on window; its detail is the dialog's text, a plain string. */
export const NATIVE_DIALOG_EVENT = 'login-assistant:native-dialog';
/** Longest dialog text forwarded: a page message's bound. */
export const NATIVE_DIALOG_MAX_TEXT = MESSAGE_MAX_TEXT;
