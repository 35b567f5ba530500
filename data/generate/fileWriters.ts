import { join } from 'node:path';
import type { ExportKind, SourceEncoding } from '../../pipeline/types.js';
import { keyText, type Layout, type Rates } from './defects.js';
import { Emitter } from './emitter.js';
import { FileLedger, type ManifestFile } from './manifest.js';
import type { Rng } from './random.js';
import { csvLine, type TextEncoding, TextSink } from './textSink.js';
import { type Cell, writeXlsx } from './xlsx.js';

/** Opens one output file of a kind and hands back an Emitter wired to its ledger. */

export interface FileSpec {
	/** Relative to the output folder. */
	path: string;
	kind: ExportKind;
	naturalKey: string[];
	layout: Layout;
	rates: Rates;
	rng: Rng;
	device?: string;
}

export interface CsvSpec extends FileSpec {
	encoding: TextEncoding;
	delimiter: string;
	eol?: '\r\n' | '\n';
	/** Excel's `sep=;` first line. */
	sepLine?: boolean;
}

/** The text-file part of a CsvSpec, for shape tables. */
export type CsvOptions = Pick<CsvSpec, 'encoding' | 'delimiter' | 'eol' | 'sepLine'>;

export class CsvFile {
	readonly emitter: Emitter;
	readonly ledger: FileLedger;
	private readonly sink: TextSink;
	private line: number;

	constructor(outDir: string, spec: CsvSpec) {
		this.sink = new TextSink(join(outDir, spec.path), spec.encoding, spec.eol ?? '\r\n');
		const header = spec.layout.columns.map((c) => c.header);
		if (spec.sepLine) this.sink.line(`sep=${spec.delimiter}`);
		this.sink.line(csvLine(header, spec.delimiter));
		this.line = spec.sepLine ? 2 : 1;
		this.ledger = new FileLedger({
			path: spec.path,
			kind: spec.kind,
			format: 'csv',
			encoding: manifestEncoding(spec.encoding),
			delimiter: spec.delimiter,
			header,
			headerLine: this.line,
			naturalKey: spec.naturalKey,
			...(spec.device ? { device: spec.device } : {})
		});
		const delimiter = spec.delimiter;
		this.emitter = new Emitter(
			spec.layout,
			this.ledger,
			(cells) => {
				const text = csvLine(
					cells.every(isText) ? (cells as string[]) : cells.map(keyText),
					delimiter
				);
				this.line += text.includes('\n') ? 1 + countNewlines(text) : 1;
				this.sink.line(text);
			},
			spec.rng,
			spec.rates
		);
	}

	/** A summary row at the end of the data (e.g. `TOTAL`), expected as not_data_row. */
	footer(cells: string[]): void {
		this.emitter.raw(cells);
		this.ledger.footerRow(this.line);
		this.ledger.reject('not_data_row');
	}

	close(): ManifestFile {
		this.sink.close();
		return this.ledger.finish();
	}
}

function isText(cell: Cell): boolean {
	return typeof cell === 'string';
}

function countNewlines(text: string): number {
	let n = 0;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

function manifestEncoding(encoding: TextEncoding): SourceEncoding {
	return encoding;
}

export interface XlsxSpec extends FileSpec {
	/** Text rows above the header (each in column A, merged across the table). */
	title: string[];
	creator: string;
	when: Date;
	widths?: number[];
}

/** An XLSX export: title rows, a blank row, the header, data, then the footer block. */
export class XlsxFile {
	readonly emitter: Emitter;
	readonly ledger: FileLedger;
	private readonly rows: Cell[][] = [];
	private readonly merges: string[] = [];
	private readonly spec: XlsxSpec;
	private readonly width: number;

	constructor(
		private readonly outDir: string,
		spec: XlsxSpec
	) {
		this.spec = spec;
		const header = spec.layout.columns.map((c) => c.header);
		this.width = header.length;
		for (const text of spec.title) {
			this.rows.push([text]);
			this.merges.push(`A${this.rows.length}:${column(this.width)}${this.rows.length}`);
		}
		if (spec.title.length) this.rows.push([]);
		this.rows.push(header);
		this.ledger = new FileLedger({
			path: spec.path,
			kind: spec.kind,
			format: 'xlsx',
			encoding: 'binary',
			delimiter: null,
			header,
			headerLine: this.rows.length,
			naturalKey: spec.naturalKey
		});
		this.emitter = new Emitter(
			spec.layout,
			this.ledger,
			(cells) => this.rows.push(cells),
			spec.rng,
			spec.rates
		);
	}

	get headerRow(): number {
		return this.ledger.shape.headerLine;
	}

	/**
	 * The block offices put under the data: `Jumlah …` right below it (merged over the first columns),
	 * a blank row, then the signature lines at the right. Every non-empty row counts as data read and
	 * is expected as not_data_row.
	 */
	footer(total: string, signature: string[]): void {
		this.footerRow([total]);
		this.merges.push(`A${this.rows.length}:C${this.rows.length}`);
		this.rows.push([]);
		const at = Math.max(0, this.width - 4);
		for (const text of signature) {
			if (text === '') this.rows.push([]);
			else this.footerRow([...Array<Cell>(at).fill(null), text]);
		}
	}

	private footerRow(cells: Cell[]): void {
		this.emitter.raw(cells);
		this.ledger.footerRow(this.rows.length);
		this.ledger.reject('not_data_row');
	}

	async close(): Promise<ManifestFile> {
		const spec = this.spec;
		await writeXlsx(
			join(this.outDir, spec.path),
			{
				name: 'Sheet1',
				rows: this.rows,
				headerRow: this.headerRow,
				merges: this.merges,
				creator: spec.creator,
				...(spec.widths ? { widths: spec.widths } : {})
			},
			spec.when
		);
		return this.ledger.finish();
	}
}

/** 1 → A, 27 → AA. */
export function column(n: number): string {
	let s = '';
	for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
		s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
	return s;
}

/** The rates a file gets: messy agencies' exports carry about three times the defects. */
export function ratesFor(messy: boolean, scale = 1): Rates {
	return {
		defect: (messy ? 0.024 : 0.007) * scale,
		duplicate: (messy ? 0.006 : 0.002) * scale,
		conflict: (messy ? 0.003 : 0.001) * scale
	};
}
