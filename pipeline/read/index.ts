export { headerKey } from './headerKey.js';
export { readSource } from './readSource.js';
export type { ReadOptions, ReadPath, SourceRead } from './readTypes.js';
export type { ReadErrorCode } from './readMessages.js';
