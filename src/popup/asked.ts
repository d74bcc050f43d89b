/**
 * The background's first view for this popup, asked for as the very first thing the popup's script does (main.tsx
 * imports this before anything else, so the question is on its way while Preact and the components are still
 * being evaluated, and the answer is usually in when they are ready).
 */
import { requestView } from './view';

export const asked = requestView(location.search);
