/** The tab state is kept by the storage layer (src/shared/storage/tab-state.ts); the background's files use it from here. */
export { forgetTab, readTabState, writeTabState, type TabState } from '../shared/storage/tab-state';
