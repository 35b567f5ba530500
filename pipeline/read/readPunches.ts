import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/connection.js';
import { CsvParser, countLineBreaks } from './csvParser.js';
import { decodeChunks } from './decodeChunks.js';
import { LineCsvWriter } from './lineCsvWriter.js';
import { punchHeader } from './punchLine.js';
import { readError, readMessages } from './readMessages.js';
import type { ReadOptions, SourceRead } from './readTypes.js';
import { isBlankRow, loadLineCsv, uniqueTableName } from './tempTable.js';
import type { TextSample } from './textSample.js';

// Recognising a punch log is pure (the browser's upload preview uses it too): see punchLine.ts.
export { looksLikePunchLog, punchHeader } from './punchLine.js';

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
