/** Moved to the storage layer (src/shared/storage/serially.ts); the background's files may keep importing it from here. */
export { serially } from '../shared/storage/serially';
