import Papa from 'papaparse';
import {
	detectKind,
	KIND_SPECS,
	kindSpec,
	looksLikeHeader,
	mapHeader,
	type KindSpec
} from '../../../pipeline/kinds/index.js';
import { detectEncoding } from '../../../pipeline/read/detectEncoding.js';
import { findHeader } from '../../../pipeline/read/findHeader.js';
import { looksLikePunchLog, punchHeader } from '../../../pipeline/read/punchLine.js';
import { cleanCell, detectDelimiter } from '../../../pipeline/read/sniffCsv.js';
import type { ExportKind, SourceEncoding } from '../../../pipeline/types.js';
import { uploadExtension, type UploadExtension } from './uploadContract.js';

/**
 * The browser's look at an export before it is sent: the same recognition the pipeline runs (its
 * delimiter count, header finder, kind detection and column mapping are pure and imported here),
 * on the first PREVIEW_BYTES of the file. papaparse splits the records, always with the delimiter
 * given: its own guess picks `,` in `;` files whose names hold commas (shared/stack.md pitfall 8).
 */
export const PREVIEW_BYTES = 256 * 1024;
export const PREVIEW_ROWS = 10;
/** Rows (below the header) checked for Excel-mangled NIPs. */
const SCAN_ROWS = 1000;
/** Title rows the header may sit under, as the pipeline's header finder allows. */
const TITLE_ROWS = 30;

export type ProblemLevel = 'error' | 'warning' | 'info';

export type PreviewProblem =
	| { code: 'type'; level: 'error'; extension: string }
	| { code: 'tooBig'; level: 'error'; maxMb: number }
	| { code: 'empty'; level: 'error' }
	| { code: 'binary'; level: 'error' }
	| { code: 'unknownKind'; level: 'error'; header: string[] }
	/** The kind the header comes closest to, and the required columns it lacks. */
	| { code: 'missing'; level: 'error'; kind: ExportKind; columns: string[] }
	| { code: 'nipMangled'; level: 'warning'; count: number; example: string; lines: number[] }
	| { code: 'unknownColumns'; level: 'info'; columns: string[] }
	| { code: 'windows1252'; level: 'info' };

export interface PreviewColumn {
	/** The header cell as the file has it. */
	header: string;
	/** The pipeline's column it maps to, or null (kept in the raw table's `extra`). */
	column: string | null;
	required: boolean;
}

export interface PreviewRow {
	/** Physical line in the file, 1-based, as the rejects will name it. */
	line: number;
	cells: string[];
}

export interface UploadPreview {
	name: string;
	size: number;
	extension: UploadExtension | null;
	/** Null when the file is refused before it is read (type, size, empty). */
	format: 'csv' | 'punches' | 'xlsx' | null;
	encoding: SourceEncoding | null;
	delimiter: string | null;
	/** Physical line of the header, null for punch logs (they have none). */
	headerLine: number | null;
	/** Non-empty rows above the header (report titles) that the load skips. */
	titleRows: number;
	kind: ExportKind | null;
	columns: PreviewColumn[];
	/** The first PREVIEW_ROWS data rows. */
	rows: PreviewRow[];
	problems: PreviewProblem[];
	/** True when the sample read was the whole file. */
	complete: boolean;
	/** False when the server would refuse the request itself (type, size, empty file). */
	sendable: boolean;
}

/** What a bare, unread preview looks like; refusals fill in their problem. */
function blank(name: string, size: number, extension: UploadExtension | null): UploadPreview {
	return {
		name,
		size,
		extension,
		format: null,
		encoding: null,
		delimiter: null,
		headerLine: null,
		titleRows: 0,
		kind: null,
		columns: [],
		rows: [],
		problems: [],
		complete: true,
		sendable: false
	};
}

/** Reads the start of a picked file and previews it. */
export async function previewFile(file: File, maxMb: number): Promise<UploadPreview> {
	const head = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
	return previewBytes(file.name, file.size, head, maxMb);
}

/** The preview of a file named `name` of `size` bytes whose first bytes are `head`. */
export function previewBytes(
	name: string,
	size: number,
	head: Uint8Array,
	maxMb: number
): UploadPreview {
	const extension = uploadExtension(name);
	const preview = blank(name, size, extension);
	if (!extension) {
		const typed = /\.([^./\\]+)$/.exec(name)?.[1] ?? '';
		preview.problems.push({ code: 'type', level: 'error', extension: typed });
		return preview;
	}
	if (size > maxMb * 1024 * 1024) {
		preview.problems.push({ code: 'tooBig', level: 'error', maxMb });
		return preview;
	}
	if (size === 0) {
		preview.problems.push({ code: 'empty', level: 'error' });
		return preview;
	}
	preview.sendable = true;
	preview.complete = head.length >= size;
	// The pipeline reads a zip as XLSX whatever its name says; exceljs is not sent to the browser.
	if (extension === 'xlsx' || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3)) {
		preview.format = 'xlsx';
		return preview;
	}
	const encoding = detectEncoding(head, preview.complete);
	preview.encoding = encoding;
	if (encoding === 'binary') {
		preview.problems.push({ code: 'binary', level: 'error' });
		return preview;
	}
	if (encoding === 'windows-1252') preview.problems.push({ code: 'windows1252', level: 'info' });
	const text = decode(head, encoding, preview.complete);
	if (looksLikePunchLog({ text, atEof: preview.complete })) previewPunches(preview, text);
	else previewCsv(preview, text);
	return preview;
}

/** A Windows-1252 preview is good enough in a browser (its decoder maps 0x80–0x9F correctly). */
function decode(bytes: Uint8Array, encoding: SourceEncoding, atEof: boolean): string {
	const label =
		encoding === 'windows-1252' ? 'windows-1252' : encoding === 'utf-16le' ? 'utf-16le' : 'utf-8';
	// `stream` leaves out a character cut at the end of the sample; the BOM is dropped by default.
	return new TextDecoder(label).decode(bytes, { stream: !atEof });
}

/** Records with the physical line each starts on; a record cut by the sample's end is left out. */
function records(text: string, delimiter: string, atEof: boolean, max: number): PreviewRow[] {
	const cut = atEof ? text : text.slice(0, Math.max(text.lastIndexOf('\n'), 0));
	const rows: PreviewRow[] = [];
	let line = 1;
	let counted = 0;
	let start = 0;
	Papa.parse<string[]>(cut, {
		delimiter,
		preview: max,
		skipEmptyLines: false,
		step: (result) => {
			line += lineBreaks(cut, counted, start);
			counted = start;
			rows.push({ line, cells: result.data });
			start = result.meta.cursor;
		}
	});
	return rows;
}

/** Line breaks (CRLF, LF, a lone CR) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
	}
	return n;
}

const filled = (cells: string[]) => cells.some((cell) => cell.trim() !== '');

function previewCsv(preview: UploadPreview, text: string): void {
	const sep = /^sep=([^\r\n"])[ \t]*(\r\n|\n|\r|$)/i.exec(text);
	const delimiter = sep?.[1] ?? detectDelimiter(text);
	preview.format = 'csv';
	preview.delimiter = delimiter;
	const all = records(text, delimiter, preview.complete, TITLE_ROWS + SCAN_ROWS + 1);
	const rows = all.slice(sep ? 1 : 0).filter((row) => filled(row.cells));
	if (rows.length === 0) {
		preview.problems.push({ code: 'empty', level: 'error' });
		return;
	}
	const choice = findHeader(
		rows.map((row) => row.cells.map(cleanCell)),
		looksLikeHeader
	);
	const headerRow = rows[choice.index]!;
	const header = headerRow.cells.map(cleanCell);
	preview.headerLine = headerRow.line;
	preview.titleRows = choice.index;
	const data = rows.slice(choice.index + 1);
	preview.rows = data.slice(0, PREVIEW_ROWS);
	preview.kind = detectKind(header);
	if (preview.kind) {
		checkColumns(preview, preview.kind, header, data);
		return;
	}
	preview.problems.push({ code: 'unknownKind', level: 'error', header: header.filter(Boolean) });
	// The load stops at "unknown kind"; the closest kind tells the officer which columns to fix.
	const closest = closestKind(header);
	if (closest) checkColumns(preview, closest, header, data);
	else preview.columns = header.map((cell) => ({ header: cell, column: null, required: false }));
}

/** The kind whose columns the header maps best (two at least), required ones missing or not. */
function closestKind(header: string[]): ExportKind | null {
	let best: { kind: ExportKind; mapped: number } | null = null;
	for (const spec of KIND_SPECS) {
		if (spec.kind === 'punches') continue;
		const mapped = mapHeader(spec, header).columns.size;
		if (mapped >= 2 && (!best || mapped > best.mapped)) best = { kind: spec.kind, mapped };
	}
	return best?.kind ?? null;
}

function previewPunches(preview: UploadPreview, text: string): void {
	preview.format = 'punches';
	preview.delimiter = '\t';
	const data = records(text, '\t', preview.complete, SCAN_ROWS).filter((row) => filled(row.cells));
	const width = data.reduce((max, row) => Math.max(max, row.cells.length), 0);
	preview.rows = data.slice(0, PREVIEW_ROWS);
	preview.kind = 'punches';
	checkColumns(preview, 'punches', punchHeader(width), data);
}

/** The pipeline's column mapping for the detected kind, and what it finds wrong. */
function checkColumns(
	preview: UploadPreview,
	kind: ExportKind,
	header: string[],
	data: PreviewRow[]
): void {
	const spec = kindSpec(kind);
	const mapping = mapHeader(spec, header);
	const byIndex = new Map([...mapping.columns].map(([column, index]) => [index, column]));
	preview.columns = header.map((cell, index) => {
		const column = byIndex.get(index) ?? null;
		const def = spec.columns.find((c) => c.name === column);
		return { header: cell, column, required: def?.required ?? false };
	});
	if (mapping.missing.length)
		preview.problems.push({
			code: 'missing',
			level: 'error',
			kind,
			columns: mapping.missing.map((group) => missingLabel(spec, group))
		});
	if (mapping.extras.length)
		preview.problems.push({
			code: 'unknownColumns',
			level: 'info',
			columns: mapping.extras.map((extra) => extra.name)
		});
	const nip = mapping.columns.get('nip');
	if (nip !== undefined) {
		const mangled = data.filter((row) => isMangledNip(row.cells[nip] ?? ''));
		if (mangled.length)
			preview.problems.push({
				code: 'nipMangled',
				level: 'warning',
				count: mangled.length,
				example: mangled[0]!.cells[nip]!.trim(),
				lines: mangled.slice(0, 5).map((row) => row.line)
			});
	}
}

/** A missing column (or one-of group) with the spellings that would satisfy it, as the loader says. */
function missingLabel(spec: KindSpec, group: string): string {
	return group
		.split(' | ')
		.map((name) => {
			const def = spec.columns.find((c) => c.name === name);
			return def ? `${name} (${def.aliases.slice(0, 3).join(' / ')})` : name;
		})
		.join(' | ');
}

/**
 * A NIP Excel turned into a number (the pipeline's `nip_excel_mangled`, pipeline/normalise/nip.ts):
 * scientific notation (`1.98609E+17`, `1,98609E+17`), a decimal tail (`198609262015051001.0`), or
 * 18 digits ending in 000, which no real NIP does (its sequence part is never 000).
 */
export function isMangledNip(value: string): boolean {
	const v = value.trim();
	return (
		/^[+-]?\d+(?:[.,]\d+)?e\+?\d+$/i.test(v) || /^\d{15,}[.,]0+$/.test(v) || /^\d{15}000$/.test(v)
	);
}
