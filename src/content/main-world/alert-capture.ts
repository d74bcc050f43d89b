/**
 * Runs in the page's MAIN world at document_start (its own content script entry, `"world": "MAIN"`), as one classic
 * file. It only forwards the text of native alert()/confirm() dialogs to the isolated content script
 * (see ../native-dialogs.ts); the dialogs behave exactly as before.
 */
import { installAlertCapture } from './install-alert-capture';

installAlertCapture(window);
