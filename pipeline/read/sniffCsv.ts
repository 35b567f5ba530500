import { CsvParser } from './csvParser.js';
import { findHeader, type HeaderChoice, type IsHeader } from './findHeader.js';

export interface CsvLayout {
	delimiter: string;
	/** The file starts with Excel's `sep=;` line. */
	sepLine: boolean;
	/** Index of the header among all records of the file (blank ones and the `sep=` line included). */
	headerIndex: number;
	headerLine: number;
	header: string[];
	/** Character offsets (in the decoded text, BOM excluded) of the header record and of the one after it. */
	headerOffset: number;
	dataOffset: number;
	/** Non-empty rows above the header. */
	titleRows: number;
	headerBy: HeaderChoice['by'];
}

export const DELIMITERS = [';', ',', '\t', '|'] as const;
const SAMPLE_RECORDS = 300;

/**
 * Reads the layout of a CSV from its first bytes (decoded): `sep=` line, delimiter, header row.
 * Returns null when the sample holds no non-empty row at all.
 */
export function sniffCsv(
	text: string,
	atEof: boolean,
	file: string,
	isHeader?: IsHeader
): CsvLayout | null {
	const sep = /^sep=([^\r\n"])[ \t]*(\r\n|\n|\r|$)/i.exec(text);
	const delimiter = sep?.[1] ?? detectDelimiter(text);
	const records: { cells: string[]; line: number; offset: number }[] = [];
	const parser = new CsvParser({ delimiter, file }, (cells, line, offset) => {
		if (records.length < SAMPLE_RECORDS) records.push({ cells, line, offset });
	});
	parser.push(text);
	if (atEof) parser.finish();

	const first = sep ? 1 : 0;
	const rows: { index: number; cells: string[] }[] = [];
	for (let index = first; index < records.length; index++) {
		const cells = records[index]!.cells.map(cleanCell);
		if (cells.some((c) => c !== '')) rows.push({ index, cells });
	}
	if (rows.length === 0) return null;
	const choice = findHeader(
		rows.map((r) => r.cells),
		isHeader
	);
	const headerIndex = rows[choice.index]!.index;
	const headerRecord = records[headerIndex]!;
	return {
		delimiter,
		sepLine: sep !== null,
		headerIndex,
		headerLine: headerRecord.line,
		header: rows[choice.index]!.cells,
		headerOffset: headerRecord.offset,
		dataOffset: records[headerIndex + 1]?.offset ?? text.length,
		titleRows: choice.index,
		headerBy: choice.by
	};
}

/** Header cells as people typed them: without the BOM and outer spaces. */
export function cleanCell(cell: string): string {
	return cell.replace(/^\uFEFF/, '').trim();
}

/**
 * The delimiter whose count per row (outside quotes) repeats most often. A candidate must repeat on at
 * least two rows, and on most rows of the block where it appears, so one `;` typed in a single value of
 * a one-column file is not taken for a delimiter; tiny ragged files fall back to the most widespread
 * candidate. papaparse's guess fails on `;` files whose names hold commas (`Siti, S.Pd`); counting
 * consistency does not.
 */
export function detectDelimiter(text: string): string {
	const counts = countPerRecord(text);
	let best: { delimiter: string; hits: number; per: number } | null = null;
	for (const [k, delimiter] of DELIMITERS.entries()) {
		const perRecord = counts.map((c) => c[k]!);
		const score = consistency(perRecord);
		if (!score) continue;
		if (!best || score.hits > best.hits || (score.hits === best.hits && score.per > best.per)) {
			best = { delimiter, ...score };
		}
	}
	return best?.delimiter ?? mostWidespread(counts) ?? ',';
}

/** For tiny ragged files no count repeats: take the candidate on most rows, if on at least half. */
function mostWidespread(counts: number[][]): string | null {
	let best: string | null = null;
	let rows = 0;
	for (const [k, delimiter] of DELIMITERS.entries()) {
		const present = counts.filter((c) => c[k]! > 0).length;
		if (present > rows && present * 2 >= counts.length) [best, rows] = [delimiter, present];
	}
	return best;
}

function consistency(perRecord: number[]): { hits: number; per: number } | null {
	const frequency = new Map<number, number>();
	for (const c of perRecord) if (c > 0) frequency.set(c, (frequency.get(c) ?? 0) + 1);
	let per = 0;
	let hits = 0;
	for (const [c, f] of frequency) if (f > hits || (f === hits && c > per)) [per, hits] = [c, f];
	if (hits === 0 || hits < Math.min(2, perRecord.length)) return null;
	const firstAt = perRecord.indexOf(per);
	const lastAt = perRecord.lastIndexOf(per);
	return hits * 2 >= lastAt - firstAt + 1 ? { hits, per } : null;
}

/** Per record that is not an empty line, how often each candidate occurs outside double quotes. */
function countPerRecord(text: string): number[][] {
	const codes = DELIMITERS.map((d) => d.charCodeAt(0));
	const result: number[][] = [];
	let current = [0, 0, 0, 0];
	let filled = false;
	let inQuotes = false;
	for (let i = 0; i < text.length && result.length < SAMPLE_RECORDS; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) inQuotes = !inQuotes;
		if (inQuotes) {
			filled = true;
			continue;
		}
		if (c === 10 || c === 13) {
			if (filled) result.push(current);
			current = [0, 0, 0, 0];
			filled = false;
			continue;
		}
		const k = codes.indexOf(c);
		if (k >= 0) current[k]!++;
		if (c !== 32) filled = true;
	}
	if (filled && result.length < SAMPLE_RECORDS) result.push(current);
	return result;
}
