import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ManifestFile } from '../../data/generate/manifest.js';

/**
 * A small, independent reader for the generated sample (tests only): it does not share code with the
 * generator's writers, so the manifest's counts are checked against what is really in the files.
 */

export interface SampleRow {
	/** Physical line (sheet row for XLSX) where the record starts. */
	line: number;
	cells: string[];
}

export interface SampleTable {
	header: string[];
	headerLine: number;
	rows: SampleRow[];
	/** CSV records whose field count differs from the header's. */
	ragged: number[];
}

export async function readSampleFile(out: string, file: ManifestFile): Promise<SampleTable> {
	const path = join(out, file.path);
	if (file.format === 'xlsx') return readXlsx(path);
	const text = decode(readFileSync(path), file.encoding);
	if (file.format === 'punches') {
		const rows = text
			.split(/\r?\n/)
			.map((l, i) => ({ line: i + 1, cells: l.split('\t') }))
			.filter((r) => r.cells.some((c) => c.trim() !== ''));
		return { header: [], headerLine: 0, rows, ragged: [] };
	}
	return readCsv(text, file.delimiter ?? ',');
}

function decode(bytes: Buffer, encoding: string): string {
	if (encoding === 'windows-1252') return iconv.decode(bytes, 'win1252');
	if (encoding === 'utf-16le') {
		if (bytes[0] !== 0xff || bytes[1] !== 0xfe) throw new Error('UTF-16LE file without BOM');
		return bytes.subarray(2).toString('utf16le');
	}
	const text = bytes.toString('utf8');
	if (encoding === 'utf-8-bom' && !text.startsWith('\uFEFF')) throw new Error('missing UTF-8 BOM');
	if (encoding === 'utf-8' && text.startsWith('\uFEFF')) throw new Error('unexpected UTF-8 BOM');
	return text.replace(/^\uFEFF/, '');
}

/** RFC 4180 with a chosen delimiter; quoted fields may hold delimiters, quotes and line breaks. */
export function parseCsv(text: string, delimiter: string): SampleRow[] {
	const out: SampleRow[] = [];
	let line = 1;
	let start = 1;
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else {
				if (ch === '\n') line++;
				cell += ch;
			}
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === delimiter) {
			cells.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			cells.push(cell);
			out.push({ line: start, cells });
			cells = [];
			cell = '';
			line++;
			start = line;
		} else cell += ch;
	}
	if (cell !== '' || cells.length) {
		cells.push(cell);
		out.push({ line: start, cells });
	}
	return out;
}

function readCsv(text: string, delimiter: string): SampleTable {
	const records = parseCsv(text, delimiter);
	let first = 0;
	if (/^sep=.$/.test(records[0]?.cells.join(delimiter) ?? '')) first = 1;
	const head = records[first];
	if (!head) throw new Error('empty CSV');
	const rows = records.slice(first + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
	const ragged = rows.filter((r) => r.cells.length !== head.cells.length).map((r) => r.line);
	return { header: head.cells, headerLine: head.line, rows, ragged };
}

async function readXlsx(path: string): Promise<SampleTable> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(path);
	const ws = wb.worksheets[0];
	if (!ws) throw new Error('no sheet');
	const all: SampleRow[] = [];
	ws.eachRow({ includeEmpty: false }, (row, n) => {
		const cells: string[] = [];
		for (let c = 1; c <= row.cellCount; c++) {
			const cell = row.getCell(c);
			cells.push(cell.isMerged && cell.master !== cell ? '' : text(cell.value));
		}
		if (cells.some((c) => c.trim() !== '')) all.push({ line: n, cells });
	});
	const at = all.findIndex((r) => r.cells.some((c) => c.trim().toUpperCase() === 'NIP'));
	const head = all[at];
	if (!head) throw new Error('no header row with NIP');
	return { header: head.cells, headerLine: head.line, rows: all.slice(at + 1), ragged: [] };
}

/** Cell to text as the pipeline's XLSX reader promises (pipeline readers brief). */
function text(v: ExcelJS.CellValue): string {
	if (v === null || v === undefined) return '';
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (typeof v === 'number')
		return Number.isSafeInteger(v) || !Number.isInteger(v) ? String(v) : v.toExponential();
	if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
	return String(v);
}
