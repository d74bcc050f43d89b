/**
 * The popup's heavy part, loaded after its first paint (use-live.ts): the registry, the checklist and the ID
 * checks and the user's own portals, to compose the view again as the user types, probes or picks another company, and to save a correction.
 */
export { composePopupView, popupReport } from '../shared/popup-view';
export { checkId } from '../core/ids';
export { loadCustomPortals } from '../shared/custom-portals';
export { saveProfile, writeLastProfileId } from '../shared/profiles';
