/**
 * Contracts between the pipeline steps (read → normalise → validate → load).
 * Every step exchanges these shapes; nothing else crosses a step boundary.
 */

/** Export kinds of ../shared/exports.md, plus the PIN→NIP mapping that travels with punch logs. */
export const EXPORT_KINDS = [
	'roster',
	'appraisal',
	'attendance',
	'punches',
	'pin-map',
	'training',
	'competency',
	'org-rating',
	'feedback',
	'awards',
	'sanctions'
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export type SourceFormat = 'csv' | 'xlsx' | 'punches';
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'binary';

/**
 * What a reader leaves behind: a temporary DuckDB table holding the file's data rows verbatim as text.
 * Columns: `__line` INTEGER (physical line in the file, header counted, 1-based; the sheet row for XLSX;
 * the line of the punch for punch logs), then `c0` … `c{n-1}` VARCHAR in the order of `header`.
 * Rows that are entirely empty are not in the table (they are not data); every other row is, including
 * footer rows such as totals or signatures, which validation rejects with a reason.
 */
export interface SourceTable {
	path: string;
	format: SourceFormat;
	encoding: SourceEncoding;
	/** The CSV delimiter used, or null for XLSX and punch logs. */
	delimiter: string | null;
	/** Header cells exactly as they appear in the file (trimmed of the BOM). Punch logs get synthetic names. */
	header: string[];
	/** Physical line (sheet row for XLSX) of the header, 1-based; 0 when the file has no header. */
	headerLine: number;
	/** Name of the temp table in the connection the reader was given. */
	table: string;
	rowCount: number;
	/** Facts worth telling the officer, e.g. "3 baris judul dilewati" — already bilingual via Message. */
	notes: Message[];
}

/** Text shown to people, in Indonesian first and English. */
export interface Message {
	id: string;
	en: string;
}

export type Severity = 'error' | 'warning';

/** One problem with one value of one row. Errors keep the row out of the warehouse; warnings do not. */
export interface RowProblem {
	line: number;
	column: string | null;
	value: string | null;
	rule: string;
	severity: Severity;
	message: Message;
}

export type FileStatus = 'loaded' | 'unchanged' | 'rejected';

/** The per-file part of the `--json` summary (a public contract: see README "CLI"). */
export interface FileResult {
	path: string;
	kind: ExportKind | null;
	sha256: string;
	status: FileStatus;
	rowsRead: number;
	rowsLoaded: number;
	rowsRejected: number;
	rowsDuplicate: number;
	/** Rows of earlier loads that this file replaced by natural key (the later export wins). */
	rowsReplaced: number;
	messages: string[];
}

export interface RunSummary {
	runId: number;
	files: FileResult[];
}

/** Side effects come in as arguments so steps stay testable and quiet in tests. */
export interface Effects {
	log: (line: string) => void;
	progress?: (done: number, total: number, label: string) => void;
	now: () => Date;
}
