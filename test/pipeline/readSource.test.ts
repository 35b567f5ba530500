import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, quoteIdent, type Db } from '../../pipeline/db/connection.js';
import { PipelineError } from '../../pipeline/errors.js';
import { textOf } from '../../pipeline/read/detectFormat.js';
import { readFileSample } from '../../pipeline/read/fileSample.js';
import { headerKey } from '../../pipeline/read/headerKey.js';
import { readCsv } from '../../pipeline/read/readCsv.js';
import { readCsvFast } from '../../pipeline/read/readCsvFast.js';
import { sniffCsv } from '../../pipeline/read/sniffCsv.js';
import { readSource, type ReadOptions, type SourceRead } from '../../pipeline/read/readSource.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/read');
const knowsNip = (cells: string[]) => cells.some((c) => headerKey(c) === 'nip');

let db: Db;
let tmp: string;
let counter = 0;

beforeAll(async () => {
	db = await openDb(':memory:');
	tmp = await mkdtemp(join(tmpdir(), 'kinerja-read-'));
});
afterAll(async () => {
	db.close();
	await rm(tmp, { recursive: true, force: true });
});

/** Writes `content` to a fresh temp file. */
async function file(content: string | Uint8Array, ext = 'csv'): Promise<string> {
	const path = join(tmp, `f${++counter}.${ext}`);
	await writeFile(path, content);
	return path;
}

async function read(path: string, options: Partial<ReadOptions> = {}): Promise<SourceRead> {
	return readSource(db, path, { tmpDir: tmp, ...options });
}

/** The table as `[line, c0, c1, …]` rows in line order, NULL shown as ''. */
async function rows(source: SourceRead): Promise<(string | number)[][]> {
	const found = await db.all(`select * from ${quoteIdent(source.table)} order by "__line"`);
	return found.map((r) => [
		r.__line as number,
		...source.header.map((_, i) => (r[`c${i}`] ?? '') as string)
	]);
}

async function failure(promise: Promise<unknown>): Promise<PipelineError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof PipelineError) return error;
		throw error;
	}
	throw new Error('expected a PipelineError');
}

describe('readSource: CSV shapes', () => {
	it.each([
		[
			'roster_semicolon.csv',
			';',
			['NIP', 'Nama', 'Unit Kerja', 'Gol/Ruang', 'Tgl. Lahir'],
			[
				[2, '198609262015051001', 'Siti, S.Pd', 'Dinas Pendidikan', 'III/a', '26/09/1986'],
				[
					3,
					'197001012000031002',
					'Drs. Budi Santoso, M.Si',
					'Sekretariat Daerah',
					'IV/b',
					'01/01/1970'
				],
				[4, '199002022019022003', 'Rina', 'Dinas Kesehatan', 'III/b', '02/02/1990']
			]
		],
		[
			'attendance_tab.tsv',
			'\t',
			['NIP', 'Tanggal', 'Jam Masuk', 'Jam Pulang', 'Keterangan'],
			[
				[2, '198609262015051001', '03/11/2025', '07:31', '16:05', 'H'],
				[3, '197001012000031002', '03/11/2025', '07.45', '16.10', 'DL']
			]
		],
		[
			'attendance_pipe.csv',
			'|',
			['NIP', 'Tanggal', 'Status'],
			[
				[2, '198609262015051001', '03/11/2025', 'H'],
				[3, '197001012000031002', '04/11/2025', 'S, surat dokter']
			]
		]
	])('%s: delimiter, header and rows', async (name, delimiter, header, expected) => {
		const source = await read(join(FIXTURES, name));
		expect(source).toMatchObject({
			format: 'csv',
			encoding: 'utf-8',
			delimiter,
			header,
			headerLine: 1
		});
		expect(source.rowCount).toBe(expected.length);
		expect(await rows(source)).toEqual(expected);
	});

	it('comma file: doubled quotes and embedded newlines, with physical start lines', async () => {
		const source = await read(join(FIXTURES, 'roster_comma.csv'));
		expect(source.delimiter).toBe(',');
		expect(source.readPath).toBe('slow');
		expect(await rows(source)).toEqual([
			[2, '198609262015051001', 'Siti, S.Pd', 'Jl. Sudirman No. 5\nBukittinggi', 'kata "rajin"'],
			[4, '197001012000031002', 'Budi', 'Jl. Ahmad Yani', ''],
			[5, '199002022019022003', 'Rina "Ina"', 'Jl. A\nBlok B\nNo. 3', 'ok']
		]);
	});

	it('UTF-8 with a BOM: the BOM is not part of the first header cell', async () => {
		const source = await read(await file('\uFEFFNIP;Nama\n1;Siti\n'));
		expect(source.encoding).toBe('utf-8-bom');
		expect(source.header).toEqual(['NIP', 'Nama']);
		expect(await rows(source)).toEqual([[2, '1', 'Siti']]);
	});

	it('Windows-1252: ’ “ ” é (0x92 0x93 0x94 0xE9) decode to the right characters', async () => {
		const bytes = Buffer.from(
			'NIP;Nama;Catatan\r\n1;Andr\xe9;Kata \x93rajin\x94 Jum\x92at\r\n',
			'latin1'
		);
		const source = await read(await file(bytes));
		expect(source.encoding).toBe('windows-1252');
		expect(source.readPath).toBe('slow');
		expect(await rows(source)).toEqual([[2, '1', 'André', 'Kata “rajin” Jum’at']]);
		expect(source.notes.map((n) => n.en).join(' ')).toContain('Windows-1252');
	});

	it('UTF-16LE with BOM (Excel "Unicode text", tab-separated)', async () => {
		const text = 'NIP\tNama\r\n1\tJosé\r\n2\t“Ucok”\r\n';
		const source = await read(
			await file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
		);
		expect(source).toMatchObject({
			encoding: 'utf-16le',
			delimiter: '\t',
			header: ['NIP', 'Nama']
		});
		expect(await rows(source)).toEqual([
			[2, '1', 'José'],
			[3, '2', '“Ucok”']
		]);
	});

	it('CRLF and LF give the same table', async () => {
		const lf = 'NIP,Nama\n1,Siti\n2,Budi\n';
		const a = await read(await file(lf));
		const b = await read(await file(lf.replaceAll('\n', '\r\n')));
		expect(await rows(b)).toEqual(await rows(a));
		expect([a.readPath, b.readPath]).toEqual(['fast', 'fast']);
	});

	it('an Excel sep=; first line sets the delimiter and counts as line 1', async () => {
		const source = await read(join(FIXTURES, 'excel_sep.csv'));
		expect(source).toMatchObject({
			delimiter: ';',
			headerLine: 2,
			header: ['NIP', 'Nama', 'Nilai']
		});
		expect(await rows(source)).toEqual([
			[3, '198609262015051001', 'Siti', '85,5'],
			[4, '197001012000031002', 'Budi', '90']
		]);
	});

	it.each([
		['with the caller predicate', { isHeader: knowsNip }],
		['with the shape heuristic', {}]
	])('title rows above the header are skipped, footer rows kept (%s)', async (_name, options) => {
		const source = await read(join(FIXTURES, 'title_rows.csv'), options);
		expect(source.headerLine).toBe(4);
		expect(source.header).toEqual(['No', 'NIP', 'Nama', 'Tanggal', 'Keterangan']);
		expect(await rows(source)).toEqual([
			[5, '1', '198609262015051001', 'Siti, S.Pd', '03/11/2025', 'H'],
			[6, '2', '197001012000031002', 'Budi', '03/11/2025', 'S'],
			[8, 'Jumlah', '', '', '', '2'],
			[9, '', '', '', 'Mengetahui', ''],
			[10, '', '', '', 'Kepala Dinas', '']
		]);
		expect(source.notes.map((n) => n.en)).toContain('2 title row(s) above the header skipped.');
	});

	it('a row with more cells than the header is refused, naming the file and line', async () => {
		const path = join(FIXTURES, 'ragged_more.csv');
		const error = await failure(read(path));
		expect(error.code).toBe('read_too_many_cells');
		expect(error.line).toBe(3);
		expect(error.file).toBe(path);
		expect(error.message).toContain('ragged_more.csv, baris/row 3');
		expect(error.text.en).toContain('4 cells but the header has 3');
		expect(error.text.id).toContain('4 sel');
	});

	it('short rows are padded and trailing empty cells dropped, never shifted', async () => {
		const source = await read(join(FIXTURES, 'ragged_fewer.csv'));
		expect(await rows(source)).toEqual([
			[2, '198609262015051001', 'Siti', ''],
			[3, '197001012000031002', 'Budi', '90']
		]);
	});

	it('empty cells are NULL, whitespace-only cells verbatim', async () => {
		const source = await read(await file('a;b;c\n1;;"  "\n'));
		const [row] = await db.all(`select * from ${quoteIdent(source.table)}`);
		expect(row).toEqual({ __line: 2, c0: '1', c1: null, c2: '  ' });
	});

	it.each([
		['fast path', 'NIP;Nama\n1;Siti\n;\n  ;\t\n2;Budi\n;;\n'],
		['slow path', 'NIP;Nama\n1;Siti\n\n;\n  ;\t\n"2";"Budi"\n\r\n']
	])('entirely empty rows are left out (%s)', async (_name, text) => {
		const source = await read(await file(text));
		expect(source.rowCount).toBe(2);
		expect((await rows(source)).map((r) => r[2])).toEqual(['Siti', 'Budi']);
	});

	it('a header-only file is 0 rows, not an error', async () => {
		const source = await read(await file('NIP;Nama;Unit Kerja\r\n'));
		expect(source.rowCount).toBe(0);
		expect(source.header).toEqual(['NIP', 'Nama', 'Unit Kerja']);
		expect(await rows(source)).toEqual([]);
	});

	it('creates "__line" INTEGER then c0 … c{n-1} VARCHAR, a fresh temp table per read', async () => {
		const path = await file('a,b,c\n1,2,3\n');
		const first = await read(path);
		const second = await read(path);
		expect(first.table).not.toBe(second.table);
		const columns = await db.all<{ column_name: string; data_type: string }>(
			`select column_name, data_type from information_schema.columns where table_name = $t order by ordinal_position`,
			{ t: first.table }
		);
		expect(columns.map((c) => `${c.column_name} ${c.data_type}`)).toEqual([
			'__line INTEGER',
			'c0 VARCHAR',
			'c1 VARCHAR',
			'c2 VARCHAR'
		]);
	});

	it('options.format forces CSV on a file that looks like a punch log', async () => {
		const source = await read(await file('1\t2025-11-03 07:31:05\t0\t1\t0\n'), { format: 'csv' });
		expect(source.format).toBe('csv');
		expect(source.header[0]).toBe('1');
	});
});

describe('readSource: unreadable files', () => {
	it.each<[string, string | Uint8Array, string]>([
		['an empty file', '', 'read_empty_file'],
		['a file of blank lines', '\r\n\n   \n', 'read_empty_file'],
		[
			'binary garbage',
			Uint8Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) % 256),
			'read_binary'
		],
		['a PDF', '%PDF-1.7\n1 0 obj\n', 'read_unsupported_format'],
		[
			'an old .xls',
			Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			'read_unsupported_format'
		],
		[
			'an HTML table named .xls',
			'<html><body><table><tr><td>NIP</td></tr></table>',
			'read_unsupported_format'
		],
		['UTF-16 big-endian', Buffer.from([0xfe, 0xff, 0, 0x4e, 0, 0x49]), 'read_unsupported_format'],
		['an unterminated quote', 'a,b\n1,"open\n2,3\n', 'read_unterminated_quote']
	])('%s', async (_name, content, code) => {
		const path = await file(content);
		const error = await failure(read(path));
		expect(error.code).toBe(code);
		expect(error.file).toBe(path);
		expect(error.text.id.length).toBeGreaterThan(10);
		expect(error.text.en.length).toBeGreaterThan(10);
	});

	it.each([
		['a missing file', () => join(tmp, 'nope.csv'), 'ENOENT'],
		['a directory', () => tmp, 'EISDIR']
	])('%s is a PipelineError saying why', async (_name, path, why) => {
		const error = await failure(read(path()));
		expect(error.code).toBe('read_unreadable');
		expect(error.text.en).toContain(why);
	});

	it('a NUL byte far into the file is refused with its line', async () => {
		const body = Array.from({ length: 5000 }, (_, i) => `${i};Pegawai ${i}`).join('\n');
		const error = await failure(read(await file(`NIP;Nama\n${body}\n1;ab\0c\n`)));
		expect(error.code).toBe('read_binary');
		expect(error.line).toBe(5002);
	});

	it('an unterminated quote in a large file fails fast instead of hanging', async () => {
		const started = Date.now();
		const error = await failure(read(await file(`a,b\n1,"${'x'.repeat(3_000_000)}\n`)));
		expect(error.code).toMatch(/read_record_too_long|read_unterminated_quote/);
		expect(error.line).toBe(2);
		expect(Date.now() - started).toBeLessThan(20_000);
	});
});

describe('readSource: fast and slow paths', () => {
	it('takes the fast path (DuckDB reads the file) for a regular UTF-8 file', async () => {
		const source = await read(join(FIXTURES, 'roster_semicolon.csv'));
		expect(source.readPath).toBe('fast');
		expect(source.notes[0]!.en).toContain('fast path');
	});

	it.each([
		['quoted line breaks', 'a,b\n"x\ny",1\n', 'line break'],
		['blank lines between rows', 'a,b\n1,2\n\n3,4\n', 'blank lines'],
		['quotes that do not open a cell', 'a,b\n1,ab"c\n', 'quotes'],
		['a space before an opening quote', 'a,b\n1,  "x"\n', 'quotes'],
		['mixed line endings', 'a,b\n1,2\r\n3,4\n', 'mix CRLF'],
		[
			'a CRLF title row over LF data (DuckDB would return no rows)',
			'REKAP\r\nNIP;Nama\n1;Siti\n',
			'mix CRLF'
		],
		['a short row', 'a,b,c\n1,2\n', 'DuckDB'],
		['Windows-1252', Buffer.from('a,b\n1,Jos\xe9\n', 'latin1'), 'Windows-1252']
	])('takes the slow path for %s, and says why', async (_name, text, why) => {
		const source = await read(await file(text));
		expect(source.readPath).toBe('slow');
		expect(source.notes[0]!.en).toContain('slow path');
		expect(source.notes[0]!.en).toContain(why);
	});

	it('drops the DuckDB table when its row count is not the number of data lines', async () => {
		const path = await file('NIP;Nama\n1;Siti\n2;Budi\n');
		const sample = textOf(await readFileSample(path), path);
		const layout = sniffCsv(sample.text, sample.atEof, path)!;
		const area = { start: 0, header: 0, delimiter: ';' };
		const wrong = await readCsvFast(db, path, { ...layout, headerLine: 2 }, area);
		expect(wrong.ok).toBe(false);
		expect(wrong.ok ? '' : wrong.reason.en).toBe(
			'DuckDB read 1 rows where the file has 2 data lines'
		);
		const right = await readCsvFast(db, path, layout, area);
		expect(right).toMatchObject({ ok: true, rowCount: 2 });
	});

	it('trailing blank lines and blank lines above the header keep the fast path', async () => {
		const source = await read(await file('REKAP\n\nNIP;Nama\n1;Siti\n2;Budi\n\n\n'));
		expect(source.readPath).toBe('fast');
		expect(await rows(source)).toEqual([
			[4, '1', 'Siti'],
			[5, '2', 'Budi']
		]);
	});

	it.each([
		'roster_semicolon.csv',
		'attendance_tab.tsv',
		'attendance_pipe.csv',
		'excel_sep.csv',
		'title_rows.csv',
		'ragged_fewer.csv'
	])('both paths give the same table for %s', async (name) => {
		const path = join(FIXTURES, name);
		const sample = textOf(await readFileSample(path), path);
		const options = { tmpDir: tmp, isHeader: knowsNip };
		const fast = await readCsv(db, path, sample, options);
		const slow = await readCsv(db, path, sample, options, { fastPath: false });
		expect(slow.readPath).toBe('slow');
		expect({ ...slow, table: '', notes: [], readPath: '' }).toEqual({
			...fast,
			table: '',
			notes: [],
			readPath: ''
		});
		expect(await rows(slow)).toEqual(await rows(fast));
	});

	it('keeps physical lines right over a large regular file (rowid order)', async () => {
		const n = 60_000;
		const lines = ['NIP;Nama;Baris'];
		for (let i = 2; i <= n + 1; i++)
			lines.push(i % 1000 === 0 ? ';;' : `${i};"Pegawai, ${i}";${i}`);
		const source = await read(await file(lines.join('\r\n') + '\r\n'));
		expect(source.readPath).toBe('fast');
		expect(source.rowCount).toBe(n - 60);
		const bad = await db.one<{ n: number }>(
			`select count(*)::INTEGER as n from ${quoteIdent(source.table)} where "__line"::VARCHAR <> c0 or c2 <> c0`
		);
		expect(bad?.n).toBe(0);
	});

	it('sees a quoted line break past the first 4 MB chunk of the scan', async () => {
		const body = Array.from({ length: 120_000 }, (_, i) => `${i},"Pegawai ${i}",x`).join('\n');
		const regular = await read(await file(`a,b,c\n${body}\n`));
		expect(regular.readPath).toBe('fast');
		const odd = await read(await file(`a,b,c\n${body}\n1,"two\nlines",y\n`));
		expect(odd.readPath).toBe('slow');
		const last = await db.one<{ line: number; b: string }>(
			`select "__line" as line, c1 as b from ${quoteIdent(odd.table)} order by "__line" desc limit 1`
		);
		expect(last).toEqual({ line: 120_002, b: 'two\nlines' });
	});

	it('falls back to Windows-1252 when bytes past the sample are not UTF-8', async () => {
		const body = Array.from({ length: 8000 }, (_, i) => `${i};Pegawai ${i}`).join('\n');
		const bytes = Buffer.concat([
			Buffer.from(`NIP;Nama\n${body}\n`),
			Buffer.from('9999;Andr\xe9 \x93x\x94\n', 'latin1')
		]);
		const source = await read(await file(bytes));
		expect(source.encoding).toBe('windows-1252');
		expect(source.notes[0]!.en).toContain('not UTF-8');
		const last = await db.one<{ nama: string; line: number }>(
			`select c1 as nama, "__line" as line from ${quoteIdent(source.table)} where c0 = '9999'`
		);
		expect(last).toEqual({ nama: 'André “x”', line: 8002 });
	});
});
