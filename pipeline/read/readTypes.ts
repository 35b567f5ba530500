import type { SourceFormat, SourceTable } from '../types.js';
import type { IsHeader } from './findHeader.js';

export interface ReadOptions {
	/** Where the reader may write temp files (the caller deletes it). */
	tmpDir: string;
	/** The caller's "this row is the header" (it knows the column aliases). */
	isHeader?: IsHeader;
	/** XLSX sheet name; default the first sheet. */
	sheet?: string;
	/** Force a format; default: detect. */
	format?: SourceFormat;
}

/** `fast`: DuckDB read the file itself; `slow`: JavaScript parsed it into a temp CSV first. */
export type ReadPath = 'fast' | 'slow';

/** What `readSource` returns: the contract's SourceTable plus how the file was read. */
export interface SourceRead extends SourceTable {
	readPath: ReadPath;
}
