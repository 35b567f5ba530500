import type { Db } from '../db/connection.js';
import { textFormat, textOf, isXlsxMagic } from './detectFormat.js';
import { readFileSample } from './fileSample.js';
import { readCsv } from './readCsv.js';
import { readError, readMessages } from './readMessages.js';
import { readPunches } from './readPunches.js';
import type { ReadOptions, SourceRead } from './readTypes.js';
import { readXlsx } from './readXlsx.js';

export type { ReadOptions, ReadPath, SourceRead } from './readTypes.js';

/** Enough bytes to see title rows, the header and the rows below it; more if all of it is blank. */
const SAMPLE_SIZES = [1 << 16, 1 << 24];

/**
 * Turns one export into a temp table of verbatim text cells with physical line numbers (see
 * SourceTable). Dispatch: XLSX by the zip magic, a punch log when there is no header and the lines are
 * `PIN \t yyyy-mm-dd HH:MM:SS …`, else CSV; `options.format` overrides. Unreadable files throw a
 * PipelineError naming the file (and the line, when there is one).
 */
export async function readSource(db: Db, path: string, options: ReadOptions): Promise<SourceRead> {
	for (const bytes of SAMPLE_SIZES) {
		const sample = await readFileSample(path, bytes).catch((error: unknown) => {
			const code = (error as NodeJS.ErrnoException).code ?? String(error);
			throw readError('read_unreadable', readMessages.unreadable(code), { file: path });
		});
		if (sample.end === 0) break;
		const xlsx = options.format === 'xlsx' || (!options.format && isXlsxMagic(sample.bytes, path));
		if (xlsx) return readXlsx(db, path, options);
		const text = textOf(sample, path);
		if (text.text.trim() === '' && !text.atEof) continue;
		if (text.text.trim() === '') break;
		const format = options.format ?? textFormat(text);
		return format === 'punches'
			? readPunches(db, path, text, options)
			: readCsv(db, path, text, options);
	}
	throw readError('read_empty_file', readMessages.emptyFile(), { file: path });
}
