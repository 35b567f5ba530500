import { open } from 'node:fs/promises';

/** Why a UTF-8 CSV cannot go straight to DuckDB with `rowid` as its line number. */
export type Irregularity =
	'nul' | 'blank-lines' | 'mixed-newlines' | 'quoted-newline' | 'irregular-quotes';

export interface ScanArea {
	/** First byte of the text (after the BOM). */
	start: number;
	/** First byte of the header line: blank lines above it are fine, DuckDB's `skip` counts them. */
	header: number;
	delimiter: string;
}

/** Either why the file is irregular, or how many physical lines follow the header line. */
export type ScanResult = { irregular: Irregularity } | { irregular: null; dataLines: number };

const CHUNK = 4 << 20;
const TAIL = 1 << 16;
const BLANK_LINE = ['\n\n', '\r\r', '\n\r'];

/**
 * A byte scan that says whether every record is one physical line with no blank lines between them,
 * so that DuckDB's row order gives the line number. Native `indexOf` does the work unless the file
 * holds quotes; then a small state machine checks that quotes open at a field start, close at a field
 * end and never enclose a line break (DuckDB would read those too, but its rows would drift from lines).
 * It also counts the lines after the header: DuckDB must return exactly that many rows. That catches
 * what no rule above does — e.g. a CRLF title row over LF data, for which DuckDB silently returns nothing.
 */
export async function scanRegular(path: string, area: ScanArea): Promise<ScanResult> {
	const handle = await open(path, 'r');
	try {
		const { size } = await handle.stat();
		const contentEnd = await findContentEnd(handle, size);
		if (contentEnd < 0) return { irregular: 'blank-lines' };
		const quotes = new QuoteChecker(area.delimiter.charCodeAt(0));
		const lines = new LineCounter(area.header, contentEnd);
		const buffer = Buffer.allocUnsafe(CHUNK);
		let previous = Buffer.alloc(0);
		for (let position = 0; position < size;) {
			const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
			if (bytesRead === 0) break;
			const chunk = buffer.subarray(0, bytesRead);
			if (chunk.indexOf(0) >= 0) return { irregular: 'nul' };
			const seam = Buffer.concat([previous, chunk.subarray(0, 2)]);
			for (const pattern of BLANK_LINE) {
				if (blankLineAt(seam, pattern, position - previous.length, area.header, contentEnd)) {
					return { irregular: 'blank-lines' };
				}
				if (blankLineAt(chunk, pattern, position, area.header, contentEnd)) {
					return { irregular: 'blank-lines' };
				}
			}
			const problem = quotes.check(chunk, position === 0 ? area.start : -1);
			if (problem) return { irregular: problem };
			lines.count(chunk, position);
			previous = Buffer.from(chunk.subarray(Math.max(0, bytesRead - 2)));
			position += bytesRead;
		}
		if (quotes.inQuotes) return { irregular: 'irregular-quotes' };
		const dataLines = lines.dataLines();
		return dataLines === null ? { irregular: 'mixed-newlines' } : { irregular: null, dataLines };
	} finally {
		await handle.close();
	}
}

/**
 * Counts LF, CR and CRLF in the whole file, and the line breaks between the header and the content end.
 * The common LF-only chunk gets the bare `indexOf` loop; the few bytes outside the header–content range
 * are counted apart and subtracted rather than tested on every break.
 */
class LineCounter {
	private lf = 0;
	private cr = 0;
	private crlf = 0;
	private lfOutside = 0;
	private crOutside = 0;
	private last = -1;

	constructor(
		private readonly from: number,
		private readonly to: number
	) {}

	count(chunk: Buffer, position: number): void {
		const hasCr = chunk.indexOf(13) >= 0;
		if (hasCr) {
			for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) {
				this.lf++;
				if ((i > 0 ? chunk[i - 1] : this.last) === 13) this.crlf++;
			}
			this.cr += countByte(chunk, 13);
		} else {
			this.lf += countByte(chunk, 10);
		}
		const end = position + chunk.length;
		if (position < this.from) this.exclude(chunk.subarray(0, this.from - position));
		if (end > this.to) this.exclude(chunk.subarray(Math.max(0, this.to - position)));
		this.last = chunk[chunk.length - 1] ?? this.last;
	}

	/** Lines after the header line, or null when the file mixes line-break styles. */
	dataLines(): number | null {
		if (this.cr === 0) return this.lf - this.lfOutside;
		if (this.lf === 0) return this.cr - this.crOutside;
		if (this.crlf === this.lf && this.crlf === this.cr) return this.lf - this.lfOutside;
		return null;
	}

	private exclude(bytes: Buffer): void {
		this.lfOutside += countByte(bytes, 10);
		this.crOutside += countByte(bytes, 13);
	}
}

function countByte(bytes: Buffer, byte: number): number {
	let n = 0;
	for (let i = bytes.indexOf(byte); i >= 0; i = bytes.indexOf(byte, i + 1)) n++;
	return n;
}

function blankLineAt(
	bytes: Buffer,
	pattern: string,
	base: number,
	from: number,
	to: number
): boolean {
	for (let i = bytes.indexOf(pattern); i >= 0; i = bytes.indexOf(pattern, i + 1)) {
		const at = base + i;
		if (at >= to) return false;
		if (at >= from) return true;
	}
	return false;
}

/** One past the last byte that is not a line break; -1 if the tail is nothing but line breaks. */
async function findContentEnd(
	handle: Awaited<ReturnType<typeof open>>,
	size: number
): Promise<number> {
	const length = Math.min(size, TAIL);
	const tail = Buffer.allocUnsafe(length);
	await handle.read(tail, 0, length, size - length);
	let end = length;
	while (end > 0 && (tail[end - 1] === 10 || tail[end - 1] === 13)) end--;
	if (end === 0 && size > length) return -1;
	return size - length + end;
}

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

class QuoteChecker {
	private state = FIELD_START;
	private active = false;
	private last = 10;

	constructor(private readonly delimiter: number) {}

	get inQuotes(): boolean {
		return this.state === QUOTED;
	}

	/** `textStart` ≥ 0 on the first chunk: the byte after the BOM starts the first field. */
	check(chunk: Buffer, textStart: number): Irregularity | null {
		let i = 0;
		if (!this.active) {
			const q = chunk.indexOf(34);
			if (q < 0) {
				this.last = chunk[chunk.length - 1] ?? this.last;
				return null;
			}
			this.active = true;
			const before = q === textStart ? 10 : q > 0 ? chunk[q - 1]! : this.last;
			this.state = this.isBoundary(before) ? FIELD_START : UNQUOTED;
			i = q;
		}
		const d = this.delimiter;
		let state = this.state;
		for (const n = chunk.length; i < n; i++) {
			const c = chunk[i]!;
			if (state === QUOTED) {
				if (c === 34) state = QUOTE_IN_QUOTED;
				else if (c === 10 || c === 13) return 'quoted-newline';
			} else if (state === UNQUOTED) {
				if (c === d || c === 10 || c === 13) state = FIELD_START;
				else if (c === 34) return 'irregular-quotes';
			} else if (state === FIELD_START) {
				if (c === 34) state = QUOTED;
				else if (c !== d && c !== 10 && c !== 13) state = UNQUOTED;
			} else if (c === 34) state = QUOTED;
			else if (c === d || c === 10 || c === 13) state = FIELD_START;
			else return 'irregular-quotes';
		}
		this.state = state;
		return null;
	}

	private isBoundary(byte: number): boolean {
		return byte === this.delimiter || byte === 10 || byte === 13;
	}
}
