import type { Db } from '../db/connection.js';
import type { Message } from '../types.js';
import { NotUtf8Error } from './decodeChunks.js';
import { readCsvFast } from './readCsvFast.js';
import { readCsvSlow, type SlowOutcome } from './readCsvSlow.js';
import { readError, readMessages } from './readMessages.js';
import type { ReadOptions, SourceRead } from './readTypes.js';
import { sniffCsv, type CsvLayout } from './sniffCsv.js';
import type { TextSample } from './textSample.js';

export interface CsvTuning {
	/** false forces the JavaScript path (tests compare both paths on one file). */
	fastPath?: boolean;
}

const ENCODING_NAMES: Record<string, string> = {
	'windows-1252': 'Windows-1252',
	'utf-16le': 'UTF-16LE'
};

/**
 * Reads a CSV into a temp table: DuckDB reads regular UTF-8 files itself (fast path); everything else
 * (Windows-1252, UTF-16, quoted line breaks, blank lines, odd quoting, ragged rows) is parsed in
 * JavaScript and loaded from a clean temp CSV (slow path). Both give the same table.
 */
export async function readCsv(
	db: Db,
	path: string,
	sample: TextSample,
	options: ReadOptions,
	tuning: CsvTuning = {}
): Promise<SourceRead> {
	const layout = sniffCsv(sample.text, sample.atEof, path, options.isHeader);
	if (!layout) throw readError('read_empty_file', readMessages.emptyFile(), { file: path });
	const notes: Message[] = [];
	let reason: Message = {
		id: `encoding ${ENCODING_NAMES[sample.encoding] ?? sample.encoding}`,
		en: `${ENCODING_NAMES[sample.encoding] ?? sample.encoding} encoding`
	};
	const utf8 = sample.encoding === 'utf-8' || sample.encoding === 'utf-8-bom';
	if (utf8 && sample.end < sample.size) {
		reason = { id: 'berkas diakhiri byte NUL', en: 'the file ends in NUL padding' };
	} else if (utf8 && tuning.fastPath === false) {
		reason = { id: 'jalur cepat dimatikan', en: 'fast path turned off' };
	} else if (utf8) {
		const header = sample.bom + Buffer.byteLength(sample.text.slice(0, layout.headerOffset));
		const area = { start: sample.bom, header, delimiter: layout.delimiter };
		const fast = await readCsvFast(db, path, layout, area);
		if (fast.ok) {
			notes.push(readMessages.fastPath(), ...layoutNotes(layout, options));
			return result(path, sample, layout, layout.header, fast, 'fast', notes);
		}
		reason = fast.reason;
	}
	let text = sample;
	let slow: SlowOutcome;
	try {
		slow = await readCsvSlow(db, path, text, layout, options.tmpDir);
	} catch (error) {
		if (!(error instanceof NotUtf8Error)) throw error;
		// UTF-8 in the sample, something else further down: Excel on Windows mixes them; treat as 1252.
		text = { ...sample, encoding: 'windows-1252' };
		reason = { id: 'bukan UTF-8 di tengah berkas', en: 'not UTF-8 further down the file' };
		slow = await readCsvSlow(db, path, text, layout, options.tmpDir);
	}
	notes.push(readMessages.slowPath(reason));
	if (!utf8 || text.encoding !== sample.encoding) {
		notes.push(readMessages.encoding(ENCODING_NAMES[text.encoding] ?? text.encoding));
	}
	notes.push(...layoutNotes(layout, options));
	return result(path, text, layout, slow.header, slow, 'slow', notes);
}

function layoutNotes(layout: CsvLayout, options: ReadOptions): Message[] {
	const notes: Message[] = [];
	if (layout.titleRows > 0) notes.push(readMessages.titleRows(layout.titleRows));
	if (layout.headerBy === 'first-row' || (options.isHeader && layout.headerBy !== 'predicate')) {
		notes.push(readMessages.headerGuessed(layout.headerLine));
	}
	return notes;
}

function result(
	path: string,
	sample: TextSample,
	layout: CsvLayout,
	header: string[],
	read: { table: string; rowCount: number },
	readPath: 'fast' | 'slow',
	notes: Message[]
): SourceRead {
	return {
		path,
		format: 'csv',
		encoding: sample.encoding,
		delimiter: layout.delimiter,
		header,
		headerLine: layout.headerLine,
		table: read.table,
		rowCount: read.rowCount,
		notes,
		readPath
	};
}
