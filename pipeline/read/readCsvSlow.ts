import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/connection.js';
import { CsvParser, countLineBreaks } from './csvParser.js';
import { decodeChunks } from './decodeChunks.js';
import { LineCsvWriter } from './lineCsvWriter.js';
import { readError, readMessages } from './readMessages.js';
import { cleanCell, type CsvLayout } from './sniffCsv.js';
import { isBlankRow, isBlankCell, loadLineCsv, uniqueTableName } from './tempTable.js';
import type { TextSample } from './textSample.js';

export interface SlowOutcome {
	table: string;
	header: string[];
	rowCount: number;
}

/**
 * Parses the whole file in JavaScript, chunk by chunk, and writes a UTF-8 temp CSV whose first column
 * is the physical line each record starts on; DuckDB then loads that. Memory stays at a few chunks
 * whatever the file size. Throws NotUtf8Error if a file sniffed as UTF-8 is not (the caller retries).
 */
export async function readCsvSlow(
	db: Db,
	path: string,
	sample: TextSample,
	layout: CsvLayout,
	tmpDir: string
): Promise<SlowOutcome> {
	const table = uniqueTableName('csv');
	const file = join(tmpDir, `${table}.csv`);
	const delimiter = layout.delimiter;
	const writer = await LineCsvWriter.create(file, delimiter);
	let header: string[] | null = null;
	let index = 0;
	const parser = new CsvParser({ delimiter, file: path }, (cells, line, _offset, raw) => {
		const i = index++;
		if (i < layout.headerIndex) return;
		if (i === layout.headerIndex) {
			header = cells.map(cleanCell);
			return;
		}
		if (isBlankRow(cells)) return;
		const width = header!.length;
		if (raw !== undefined && cells.length <= width) {
			writer.addRaw(line, raw, cells.length, width - cells.length);
		} else {
			writer.add(line, cells.length > width ? fit(cells, width, line) : cells, width);
		}
	});
	const fit = (cells: string[], width: number, line: number): string[] => {
		// Trailing empty cells (a row ending in `;;`) are harmless; anything else would shift columns.
		if (cells.slice(width).every(isBlankCell)) return cells.slice(0, width);
		throw readError(
			'read_too_many_cells',
			readMessages.tooManyCells(cells.length, width, delimiter),
			{ file: path, line }
		);
	};
	try {
		const range = { start: sample.bom, end: sample.end };
		for await (const text of decodeChunks(path, sample.encoding, range)) {
			const nul = text.indexOf('\0');
			if (nul >= 0) {
				const before = text.slice(0, nul);
				throw readError('read_binary', readMessages.binary(), {
					file: path,
					line: parser.lineAtEnd + countLineBreaks(before)
				});
			}
			parser.push(text);
			await writer.flushIfFull();
		}
		parser.finish();
		await writer.close();
		const found: string[] = header ?? layout.header;
		await loadLineCsv(db, table, file, found.length, false, delimiter);
		return { table, header: found, rowCount: writer.rows };
	} catch (error) {
		await writer.close().catch(() => undefined);
		throw error;
	} finally {
		await rm(file, { force: true });
	}
}
