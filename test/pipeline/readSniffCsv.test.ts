import { describe, expect, it } from 'vitest';
import { headerKey } from '../../pipeline/read/headerKey.js';
import { findHeader } from '../../pipeline/read/findHeader.js';
import { detectDelimiter, sniffCsv } from '../../pipeline/read/sniffCsv.js';

const knowsNip = (cells: string[]) => cells.some((c) => headerKey(c) === 'nip');

describe('detectDelimiter', () => {
	it.each([
		['comma', 'a,b,c\n1,2,3\n4,5,6\n', ','],
		['semicolon', 'a;b;c\n1;2;3\n', ';'],
		['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
		['pipe', 'a|b|c\n1|2|3\n', '|'],
		[
			'semicolon with commas in names (papaparse picks ",")',
			'NIP;Nama\n1;Siti, S.Pd\n2;Budi, S.H\n3;Rina, A.Md\n',
			';'
		],
		['two-column semicolon', 'NIP;Nama\n1;Siti\n2;Budi\n', ';'],
		['comma with quoted semicolons', 'a,b\n"x;y;z",1\n"p;q",2\n', ','],
		['title rows above', 'REKAP PRESENSI\nNOVEMBER 2025\n\nNo;NIP;Nama\n1;2;x\n2;3;y\n', ';'],
		['header only', 'foo;bar\n', ';'],
		['one column', 'foo\n1\n2\n', ','],
		['a lone ; in a one-column file is data', 'sym\n!\n#\n;\n$\n%\n&\n', ','],
		['tiny ragged file', 'NIP;Nama;Nilai\n1;Siti\n2;Budi;90;;\n', ';'],
		['comma file with a stray ;', 'a,b\n1,x;y\n2,z\n3,w\n', ','],
		[
			'semicolon rows mostly holding two commas',
			'a;b\nbla,bla;bla,bla\nbla,bla;bla,bla\nx;y\n',
			';'
		]
	])('%s', (_name, text, delimiter) => {
		expect(detectDelimiter(text)).toBe(delimiter);
	});
});

describe('findHeader', () => {
	it('takes the first row the caller recognises', () => {
		const rows = [['REKAP'], ['Nama', 'NIP'], ['Siti', '1']];
		expect(findHeader(rows, knowsNip)).toEqual({ index: 1, by: 'predicate' });
	});

	it('skips title rows by shape when there is no predicate', () => {
		const rows = [
			['REKAP PRESENSI BULAN NOVEMBER 2025', '', '', ''],
			['OPD:', 'Dinas Pendidikan', '', ''],
			['No', 'NIP', 'Nama', 'Tanggal'],
			['1', '198609262015051001', 'Siti', '03/11/2025']
		];
		expect(findHeader(rows)).toEqual({ index: 2, by: 'heuristic' });
	});

	it('accepts a header with a blank name when it is as wide as the data', () => {
		expect(
			findHeader([
				['a', '', 'c'],
				['1', 'x', 'y']
			])
		).toEqual({ index: 0, by: 'heuristic' });
	});

	it('does not take a row of numbers for a header', () => {
		const rows = [
			['1', '2', '3'],
			['4', '5', '6']
		];
		expect(findHeader(rows)).toEqual({ index: 0, by: 'first-row' });
	});

	it('falls back to the heuristic when the predicate matches nothing', () => {
		const rows = [['Judul'], ['Kode', 'Uraian'], ['A', 'x']];
		expect(findHeader(rows, knowsNip)).toEqual({ index: 1, by: 'heuristic' });
	});

	it('looks at the first 30 rows only', () => {
		const rows = [...Array.from({ length: 31 }, () => ['x']), ['NIP', 'Nama']];
		expect(findHeader(rows, knowsNip).by).toBe('first-row');
	});
});

describe('sniffCsv', () => {
	it('honours an Excel sep= line and counts it as a line', () => {
		const layout = sniffCsv('sep=,\nNIP,Nama\n1,Siti\n', true, 'f.csv')!;
		expect(layout).toMatchObject({
			delimiter: ',',
			sepLine: true,
			headerIndex: 1,
			headerLine: 2,
			header: ['NIP', 'Nama'],
			titleRows: 0
		});
	});

	it('finds the header below title rows and blank lines, with its physical line and offset', () => {
		const text = 'REKAP;;\r\n\r\nNIP;Nama;Nilai\r\n1;Siti, S.Pd;85\r\n';
		const layout = sniffCsv(text, true, 'f.csv', knowsNip)!;
		expect(layout).toMatchObject({
			delimiter: ';',
			headerIndex: 2,
			headerLine: 3,
			header: ['NIP', 'Nama', 'Nilai'],
			titleRows: 1,
			headerBy: 'predicate'
		});
		expect(text.slice(layout.headerOffset, layout.dataOffset)).toBe('NIP;Nama;Nilai\r\n');
	});

	it('trims header cells and drops the BOM', () => {
		const layout = sniffCsv('\uFEFF NIP ; Nama \n1;2\n', true, 'f.csv')!;
		expect(layout.header).toEqual(['NIP', 'Nama']);
	});

	it('returns null for a sample with nothing in it', () => {
		expect(sniffCsv('\n\r\n  \n;;;\n', true, 'f.csv')).toBeNull();
	});

	it('ignores a record cut at the end of a sample', () => {
		const layout = sniffCsv('a,b\n1,"cut', false, 'f.csv')!;
		expect(layout.header).toEqual(['a', 'b']);
	});
});
