import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind, looksLikeHeader } from '../../pipeline/kinds/index.js';
import { detectEncoding } from '../../pipeline/read/detectEncoding.js';
import { looksLikePunchLog } from '../../pipeline/read/punchLine.js';
import { sniffCsv } from '../../pipeline/read/sniffCsv.js';
import { uploadExtension } from '../../web/lib/client/uploadContract.js';
import {
	isMangledNip,
	PREVIEW_BYTES,
	PREVIEW_ROWS,
	previewBytes,
	type UploadPreview
} from '../../web/lib/client/uploadPreview.js';
import { ROOT } from '../helpers/cli.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const preview = (name: string, text: string | Uint8Array, maxMb = 100): UploadPreview => {
	const bytes = typeof text === 'string' ? utf8(text) : text;
	return previewBytes(name, bytes.length, bytes, maxMb);
};
const codes = (p: UploadPreview) => p.problems.map((problem) => problem.code);

const ROSTER_HEAD =
	'NIP;Nama Pegawai;OPD;Status;JK;Tgl Lahir;Pangkat/Gol;Jabatan;Jenis Jabatan;Eselon;Pendidikan Terakhir';
const rosterRow = (nip: string, name: string) =>
	`${nip};${name};Setdako;PNS;L;01/01/1980;IIIa;Analis Kebijakan;Fungsional;;S-1`;
const nip = (i: number) => `19800101200501${1 + (i % 2)}${String(i + 1).padStart(3, '0')}`;

describe('previewBytes: CSV', () => {
	it('takes the delimiter it counts, not papaparse’s guess: names with commas stay whole', () => {
		const rows = Array.from({ length: 14 }, (_, i) => rosterRow(nip(i), `Siti ${i}, S.Pd`));
		const p = preview('pegawai_2025-12-31.csv', [ROSTER_HEAD, ...rows, ''].join('\n'));
		expect(p.format).toBe('csv');
		expect(p.delimiter).toBe(';');
		expect(p.kind).toBe('roster');
		expect(p.rows).toHaveLength(PREVIEW_ROWS);
		expect(p.rows[0]!.cells[1]).toBe('Siti 0, S.Pd');
		expect(p.rows.map((row) => row.line)).toEqual(Array.from({ length: 10 }, (_, i) => i + 2));
		expect(p.columns.find((c) => c.header === 'Tgl Lahir')?.column).toBe('tanggal_lahir');
		expect(p.columns.find((c) => c.header === 'NIP')).toMatchObject({
			column: 'nip',
			required: true
		});
		expect(p.problems).toEqual([]);
		expect(p.sendable).toBe(true);
	});

	it('finds the header under report title rows and numbers lines as the file has them', () => {
		const text = [
			'REKAP PEGAWAI SETDA;;;;;;;;;;',
			'Per 31 Desember 2025;;;;;;;;;;',
			'',
			ROSTER_HEAD,
			rosterRow(nip(1), 'A'),
			'',
			rosterRow(nip(2), '"B\nC"'),
			rosterRow(nip(3), 'D')
		].join('\r\n');
		const p = preview('pegawai.csv', text);
		expect(p.headerLine).toBe(4);
		expect(p.titleRows).toBe(2);
		expect(p.rows.map((row) => row.line)).toEqual([5, 7, 9]);
	});

	it('reports Excel-mangled NIPs with their lines and unknown columns', () => {
		const text = [
			'NIP;Nama;Unit Kerja;Tahun;Periode;Nilai Akhir;Predikat;Catatan Atasan',
			`${nip(1)};A;Setdako;2025;Tahunan;90;Baik;-`,
			'1.98001E+17;B;Setdako;2025;Tahunan;90;Baik;-',
			'1,98001E+17;C;Setdako;2025;Tahunan;90;Baik;-',
			''
		].join('\n');
		const p = preview('eskp_2025.csv', text);
		expect(p.kind).toBe('appraisal');
		expect(p.problems).toContainEqual({
			code: 'nipMangled',
			level: 'warning',
			count: 2,
			example: '1.98001E+17',
			lines: [3, 4]
		});
		expect(p.problems).toContainEqual({
			code: 'unknownColumns',
			level: 'info',
			columns: ['Catatan Atasan']
		});
	});

	it('names the kind a header comes closest to and the required columns it lacks', () => {
		// A roster without its agency column: the load stops at "unknown kind".
		const header = ['NIP', 'Nama Pegawai', 'Jabatan', 'Golongan'];
		expect(detectKind(header)).toBeNull();
		const p = preview('pegawai.csv', `${header.join(';')}\n${nip(1)};A;Analis;IIIa\n`);
		expect(p.kind).toBeNull();
		expect(codes(p)).toEqual(['unknownKind', 'missing']);
		expect(p.problems[1]).toMatchObject({ kind: 'roster' });
		const missing = p.problems[1] as { columns: string[] };
		expect(missing.columns).toEqual(['unit_kerja (Unit Kerja / OPD / SKPD)']);
		expect(p.columns.map((c) => c.column)).toEqual(['nip', 'nama', 'jabatan', 'golongan']);
		// Nothing close: no guess.
		expect(codes(preview('x.csv', 'Foo;Bar\n1;2\n'))).toEqual(['unknownKind']);
	});

	it('reads an Excel `sep=;` line, tabs, and a Windows-1252 file', () => {
		const sep = preview('nilai.csv', 'sep=;\nNIP;Nama;Nilai\n198609262015051001;Siti;85,5\n');
		expect(sep.delimiter).toBe(';');
		expect(sep.headerLine).toBe(2);
		const tab = preview('x.txt', 'NIP\tNama\tTanggal\n1\tA\t01/01/2025\n2\tB\t02/01/2025\n');
		expect(tab.delimiter).toBe('\t');
		const latin = new Uint8Array([...utf8('NIP;Nama\n1;Jos'), 0xe9, ...utf8('\n2;Ren'), 0xe9, 10]);
		const p = preview('x.csv', latin);
		expect(p.encoding).toBe('windows-1252');
		expect(codes(p)).toContain('windows1252');
		expect(p.rows[0]!.cells[1]).toBe('José');
	});

	it('leaves out a record cut by the end of the sample', () => {
		const rows = Array.from({ length: 12_000 }, (_, i) => rosterRow(nip(i % 900), `Pegawai ${i}`));
		const bytes = utf8([ROSTER_HEAD, ...rows].join('\n'));
		const p = previewBytes('pegawai.csv', bytes.length, bytes.subarray(0, PREVIEW_BYTES), 100);
		expect(p.complete).toBe(false);
		expect(p.rows).toHaveLength(PREVIEW_ROWS);
		expect(p.problems).toEqual([]);
	});
});

describe('previewBytes: other formats and refusals', () => {
	it('recognises a ZKTeco punch log without a header', () => {
		const p = preview(
			'attlog_DISHUB_2025.dat',
			readFileSync(join(ROOT, 'test/fixtures/read/attlog.dat'))
		);
		expect(p.format).toBe('punches');
		expect(p.kind).toBe('punches');
		expect(p.headerLine).toBeNull();
		expect(p.columns.slice(0, 2).map((c) => c.column)).toEqual(['pin', 'waktu']);
		expect(p.rows[0]!.line).toBe(1);
	});

	it('does not read XLSX (no exceljs in the browser): the server checks it', () => {
		const zip = new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0]);
		const p = preview('pegawai.xlsx', zip);
		expect(p).toMatchObject({ format: 'xlsx', kind: null, rows: [], problems: [], sendable: true });
		// A workbook saved with a .csv name is still a workbook, as the pipeline reads it.
		expect(preview('pegawai.csv', zip).format).toBe('xlsx');
	});

	it.each([
		['laporan.pdf', 'pdf'],
		['pegawai.xls', 'xls'],
		['tanpa-ekstensi', '']
	])('refuses %s before reading it', (name, extension) => {
		const p = preview(name, 'NIP;Nama\n');
		expect(p.problems).toEqual([{ code: 'type', level: 'error', extension }]);
		expect(p.sendable).toBe(false);
	});

	it('refuses a file over the limit and an empty one', () => {
		const big = previewBytes('x.csv', 3 * 1024 * 1024, utf8('NIP;Nama\n'), 2);
		expect(codes(big)).toEqual(['tooBig']);
		expect(big.sendable).toBe(false);
		expect(codes(preview('x.csv', ''))).toEqual(['empty']);
		expect(codes(preview('x.csv', '\n;;\n'))).toEqual(['empty']);
		expect(codes(preview('x.csv', new Uint8Array([1, 2, 0, 4, 5, 0, 7])))).toEqual(['binary']);
	});
});

describe('previewBytes agrees with the pipeline', () => {
	const dir = join(ROOT, 'test/fixtures/read');
	const files = readdirSync(dir).filter((name) => uploadExtension(name) !== null);

	it.each(files)('%s: same delimiter, header line and kind as the reader', (name) => {
		const bytes = new Uint8Array(readFileSync(join(dir, name)));
		const p = previewBytes(name, bytes.length, bytes, 100);
		const encoding = detectEncoding(bytes, true);
		const text = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8').decode(
			bytes
		);
		if (looksLikePunchLog({ text, atEof: true })) {
			expect(p.format).toBe('punches');
			return;
		}
		const layout = sniffCsv(text, true, name, looksLikeHeader)!;
		expect(p.delimiter).toBe(layout.delimiter);
		expect(p.headerLine).toBe(layout.headerLine);
		expect(p.kind).toBe(detectKind(layout.header));
	});
});

describe('isMangledNip', () => {
	it.each([
		['1.98609E+17', true],
		['1,98609E+17', true],
		['1.98609e17', true],
		['198609262015051001.0', true],
		['198609262015051000', true],
		['198609262015051001', false],
		['19860926 201505 1 001', false],
		['', false]
	])('%s → %s', (value, mangled) => {
		expect(isMangledNip(value)).toBe(mangled);
	});
});
