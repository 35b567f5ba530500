import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le';

const FLUSH_AT = 1 << 20;

/**
 * Buffered, synchronous line writer. Attendance files hold millions of lines: building ~1 MB strings
 * and writing them in one call is several times faster than a stream write per line.
 */
export class TextSink {
	readonly path: string;
	private readonly fd: number;
	private readonly encoding: TextEncoding;
	private readonly eol: string;
	private parts: string[] = [];
	private size = 0;

	constructor(path: string, encoding: TextEncoding, eol: '\r\n' | '\n' = '\r\n') {
		mkdirSync(dirname(path), { recursive: true });
		this.path = path;
		this.fd = openSync(path, 'w');
		this.encoding = encoding;
		this.eol = eol;
		if (encoding === 'utf-8-bom') writeSync(this.fd, Buffer.from([0xef, 0xbb, 0xbf]));
		if (encoding === 'utf-16le') writeSync(this.fd, Buffer.from([0xff, 0xfe]));
	}

	line(text: string): void {
		this.parts.push(text, this.eol);
		this.size += text.length + 2;
		if (this.size >= FLUSH_AT) this.flush();
	}

	close(): void {
		this.flush();
		closeSync(this.fd);
	}

	private flush(): void {
		if (this.parts.length === 0) return;
		const text = this.parts.join('');
		this.parts = [];
		this.size = 0;
		writeSync(this.fd, encode(text, this.encoding));
	}
}

function encode(text: string, encoding: TextEncoding): Buffer {
	if (encoding === 'windows-1252') return iconv.encode(text, 'win1252');
	if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
	return Buffer.from(text, 'utf8');
}

/** One CSV record: a field is quoted only when it holds the delimiter, a quote or a line break. */
export function csvLine(cells: readonly string[], delimiter: string): string {
	const line = cells.join(delimiter);
	// Fast path for the millions of plain attendance rows: nothing to quote.
	if (!QUOTE_OR_BREAK.test(line) && count(line, delimiter) === cells.length - 1) return line;
	return cells
		.map((cell) => (needsQuotes(cell, delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell))
		.join(delimiter);
}

const QUOTE_OR_BREAK = /["\r\n]/;

function count(text: string, part: string): number {
	let n = 0;
	for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
	return n;
}

function needsQuotes(cell: string, delimiter: string): boolean {
	return (
		cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r')
	);
}
