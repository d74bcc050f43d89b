/**
 * The tab state is kept by the storage layer (src/shared/storage/tab-state.ts) behind the worker's memory
 * (./memory.ts): the background's files — handlers, the popup's view — read and write it from here, all through the
 * same memory, so none of them sees an older state than another.
 */
export { forgetTab, readTabState, writeTabState } from './memory';
export type { TabState } from '../shared/storage/tab-state';
