import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/connection.js';
import { CsvParser, countLineBreaks } from './csvParser.js';
import { decodeChunks } from './decodeChunks.js';
import { LineCsvWriter } from './lineCsvWriter.js';
import { readError, readMessages } from './readMessages.js';
import type { ReadOptions, SourceRead } from './readTypes.js';
import { isBlankRow, loadLineCsv, uniqueTableName } from './tempTable.js';
import type { TextSample } from './textSample.js';

/** ZKTeco attlog: `PIN \t yyyy-mm-dd HH:MM:SS \t status \t verify \t workcode …`, PIN maybe padded. */
const PUNCH_LINE = /^\s*\d+\s*\t\s*\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(:\d{2})?\s*(\t|$)/;
const NAMES = ['pin', 'waktu', 'status', 'verify', 'workcode'];

/** True when the first lines (up to 20, the sample's cut last line aside) are all punches. */
export function looksLikePunchLog(sample: Pick<TextSample, 'text' | 'atEof'>): boolean {
	const lines = sample.text.split(/\r\n|\n|\r/);
	if (!sample.atEof && lines.length > 1) lines.pop();
	const filled = lines.filter((l) => l.trim() !== '').slice(0, 20);
	return filled.length > 0 && filled.every((l) => PUNCH_LINE.test(l));
}

/** Header names for a punch log whose widest line has `width` fields: pin, waktu, …, f6, f7 … */
export function punchHeader(width: number): string[] {
	return Array.from({ length: width }, (_, i) => NAMES[i] ?? `f${i + 1}`);
}

/**
 * Reads a fingerprint punch log: no header, tab-separated, 5 to 11 fields. Values stay verbatim except
 * the PIN, whose padding (`   123`) would otherwise stop it matching the PIN→NIP mapping.
 */
export async function readPunches(
	db: Db,
	path: string,
	sample: TextSample,
	options: ReadOptions
): Promise<SourceRead> {
	const table = uniqueTableName('punches');
	const file = join(options.tmpDir, `${table}.csv`);
	const writer = await LineCsvWriter.create(file);
	const parser = new CsvParser({ delimiter: '\t', file: path, quotes: false }, (cells, line) => {
		if (isBlankRow(cells)) return;
		cells[0] = cells[0]!.trim();
		writer.add(line, cells);
	});
	try {
		for await (const text of decodeChunks(path, sample.encoding, {
			start: sample.bom,
			end: sample.end
		})) {
			const nul = text.indexOf('\0');
			if (nul >= 0) {
				throw readError('read_binary', readMessages.binary(), {
					file: path,
					line: parser.lineAtEnd + countLineBreaks(text.slice(0, nul))
				});
			}
			parser.push(text);
			await writer.flushIfFull();
		}
		parser.finish();
		await writer.close();
		await loadLineCsv(db, table, file, writer.width, true);
	} catch (error) {
		await writer.close().catch(() => undefined);
		throw error;
	} finally {
		await rm(file, { force: true });
	}
	return {
		path,
		format: 'punches',
		encoding: sample.encoding,
		delimiter: null,
		header: punchHeader(writer.width),
		headerLine: 0,
		table,
		rowCount: writer.rows,
		notes: [readMessages.slowPath({ id: 'log mesin sidik jari', en: 'fingerprint punch log' })],
		readPath: 'slow'
	};
}
