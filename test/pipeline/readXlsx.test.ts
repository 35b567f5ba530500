import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, quoteIdent, type Db } from '../../pipeline/db/connection.js';
import { PipelineError } from '../../pipeline/errors.js';
import { headerKey } from '../../pipeline/read/headerKey.js';
import { readSource, type SourceRead } from '../../pipeline/read/readSource.js';
import { dateText, isDateFormat, xlsxCellText } from '../../pipeline/read/xlsxCellText.js';

const knowsNip = (cells: string[]) => cells.some((c) => headerKey(c) === 'nip');

let db: Db;
let tmp: string;
let rekap: string;

/** A typical "rekap" sheet: title rows, a blank row, the header, data, a blank row and a signature. */
async function writeRekap(path: string): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Rekap');
	sheet.addRow(['REKAP PRESENSI BULAN NOVEMBER 2025']);
	sheet.mergeCells('A1:H1');
	sheet.addRow(['Dinas Pendidikan Kota Bukittinggi']);
	sheet.addRow([]);
	sheet.addRow(['No', 'NIP', 'Nama', 'Tanggal', 'Jam Masuk', 'Waktu Scan', 'Nilai', 'Catatan']);
	sheet.addRow([
		1,
		198609262015051000,
		{ richText: [{ text: 'Siti, ' }, { text: 'S.Pd', font: { bold: true } }] },
		new Date(Date.UTC(2025, 10, 3)),
		new Date(Date.UTC(1899, 11, 30, 7, 31, 0)),
		new Date(Date.UTC(2025, 10, 3, 16, 5, 9)),
		85.5,
		{ text: 'lihat', hyperlink: 'https://example.org' }
	]);
	sheet.addRow([
		2,
		'19700101 200003 1 002',
		'Budi',
		'03/11/2025',
		'07.45',
		null,
		{ formula: 'G5*2', result: 171 },
		true
	]);
	sheet.addRow([3, "'199002022019022003", 'Rina', null, null, null, { error: '#N/A' }, '   ']);
	sheet.getCell('D5').numFmt = 'dd/mm/yyyy';
	sheet.getCell('E5').numFmt = 'hh:mm';
	sheet.getCell('F5').numFmt = 'dd/mm/yyyy hh:mm:ss';
	sheet.addRow([]);
	sheet.addRow(['Jumlah', null, null, null, null, null, 256.5]);
	sheet.getCell('J11').value = 'Mengetahui';
	sheet.getCell('J12').value = 'Kepala Dinas';
	const other = workbook.addWorksheet('Lampiran');
	other.addRow(['Kode', 'Uraian']);
	other.addRow(['A', 'Hadir']);
	await workbook.xlsx.writeFile(path);
}

beforeAll(async () => {
	db = await openDb(':memory:');
	tmp = await mkdtemp(join(tmpdir(), 'kinerja-xlsx-'));
	rekap = join(tmp, 'rekap.xlsx');
	await writeRekap(rekap);
});
afterAll(async () => {
	db.close();
	await rm(tmp, { recursive: true, force: true });
});

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

describe('readSource: XLSX', () => {
	it.each([
		['the caller predicate', knowsNip],
		['the shape heuristic', undefined]
	])('skips title and blank rows via %s; sheet rows are the lines', async (_name, isHeader) => {
		const source = await readSource(db, rekap, { tmpDir: tmp, isHeader });
		expect(source).toMatchObject({
			format: 'xlsx',
			delimiter: null,
			headerLine: 4,
			readPath: 'slow'
		});
		expect(source.header).toEqual([
			'No',
			'NIP',
			'Nama',
			'Tanggal',
			'Jam Masuk',
			'Waktu Scan',
			'Nilai',
			'Catatan',
			'',
			''
		]);
		expect(await rows(source)).toEqual([
			[
				5,
				'1',
				'1.98609262015051e+17',
				'Siti, S.Pd',
				'2025-11-03',
				'07:31:00',
				'2025-11-03 16:05:09',
				'85.5',
				'lihat',
				'',
				''
			],
			[6, '2', '19700101 200003 1 002', 'Budi', '03/11/2025', '07.45', '', '171', 'TRUE', '', ''],
			[7, '3', "'199002022019022003", 'Rina', '', '', '', '#N/A', '   ', '', ''],
			[9, 'Jumlah', '', '', '', '', '', '256.5', '', '', ''],
			[11, '', '', '', '', '', '', '', '', '', 'Mengetahui'],
			[12, '', '', '', '', '', '', '', '', '', 'Kepala Dinas']
		]);
		const notes = source.notes.map((n) => n.en);
		expect(notes).toContain('2 title row(s) above the header skipped.');
		expect(notes.some((n) => n.includes('right of the header'))).toBe(true);
		expect(notes[0]).toBe('Sheet read: "Rekap".');
	});

	it('reads the sheet it is told to', async () => {
		const source = await readSource(db, rekap, { tmpDir: tmp, sheet: 'Lampiran' });
		expect(source.header).toEqual(['Kode', 'Uraian']);
		expect(await rows(source)).toEqual([[2, 'A', 'Hadir']]);
	});

	it('names the sheets present when the one asked for is missing', async () => {
		const error = await failure(readSource(db, rekap, { tmpDir: tmp, sheet: 'Desember' }));
		expect(error.code).toBe('read_sheet_missing');
		expect(error.text.en).toContain('Rekap, Lampiran');
		expect(error.file).toBe(rekap);
	});

	it('refuses a truncated workbook with a PipelineError, not a crash', async () => {
		const bytes = await readFile(rekap);
		const path = join(tmp, 'truncated.xlsx');
		await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
		const error = await failure(readSource(db, path, { tmpDir: tmp }));
		expect(error.code).toBe('read_xlsx_invalid');
	});

	it('refuses zip garbage with the XLSX magic', async () => {
		const path = join(tmp, 'garbage.xlsx');
		const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
		await writeFile(path, Buffer.concat([Buffer.from('PK\x03\x04'), noise]));
		expect((await failure(readSource(db, path, { tmpDir: tmp }))).code).toBe('read_xlsx_invalid');
	});

	it('refuses a zip that holds no worksheet', async () => {
		const path = join(tmp, 'notes.xlsx');
		await writeFile(path, storedZip([['notes.txt', 'hello']]));
		const error = await failure(readSource(db, path, { tmpDir: tmp }));
		expect(error.code).toBe('read_xlsx_invalid');
		expect(error.text.en).toContain('no XLSX worksheet');
	});

	it('refuses an OpenDocument spreadsheet by name', async () => {
		const path = join(tmp, 'rekap.ods');
		await writeFile(
			path,
			storedZip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']])
		);
		const error = await failure(readSource(db, path, { tmpDir: tmp }));
		expect(error.code).toBe('read_unsupported_format');
		expect(error.text.en).toContain('.ods');
	});

	it('reads a sheet with only a header as 0 rows', async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('S').addRow(['NIP', 'Nama']);
		const path = join(tmp, 'header-only.xlsx');
		await workbook.xlsx.writeFile(path);
		const source = await readSource(db, path, { tmpDir: tmp });
		expect(source).toMatchObject({ header: ['NIP', 'Nama'], headerLine: 1, rowCount: 0 });
	});
});

describe('xlsxCellText', () => {
	it.each<[string, ExcelJS.CellValue, string]>([
		['string as is', '  Siti  ', '  Siti  '],
		['integer', 42, '42'],
		['decimal', 85.5, '85.5'],
		['a NIP Excel turned into a number', 198609262015051000, '1.98609262015051e+17'],
		['safe big integer', 9007199254740991, '9007199254740991'],
		['date only', new Date(Date.UTC(2025, 10, 29)), '2025-11-29'],
		['time only (Excel day 0)', new Date(Date.UTC(1899, 11, 30, 7, 31, 0)), '07:31:00'],
		['midnight time only', new Date(Date.UTC(1899, 11, 30)), '00:00:00'],
		['date and time', new Date(Date.UTC(2025, 10, 29, 16, 5, 9)), '2025-11-29 16:05:09'],
		[
			'float noise rounds to the second',
			new Date(Date.UTC(1899, 11, 30, 7, 30, 59, 999)),
			'07:31:00'
		],
		['boolean', false, 'FALSE'],
		['rich text', { richText: [{ text: 'a' }, { text: 'b' }] }, 'ab'],
		['formula result', { formula: 'A1*2', result: 4 }, '4'],
		['formula error result', { formula: '1/0', result: { error: '#DIV/0!' } }, '#DIV/0!'],
		['error', { error: '#N/A' }, '#N/A'],
		['hyperlink', { text: 'web', hyperlink: 'https://x' }, 'web'],
		['empty', null, '']
	])('%s', (_name, value, text) => {
		expect(xlsxCellText(value)).toBe(text);
	});

	it('turns a formula result formatted as a date into a date', () => {
		expect(xlsxCellText({ formula: 'TODAY()', result: 45990 }, 'dd/mm/yyyy')).toBe('2025-11-29');
		expect(xlsxCellText({ formula: 'A1', result: 0.3125 }, 'hh:mm')).toBe('07:30:00');
		expect(xlsxCellText({ formula: 'A1', result: 45990 }, '#,##0')).toBe('45990');
	});

	it.each([
		['dd/mm/yyyy', true],
		['[$-421]dd mmmm yyyy', true],
		['h:mm', true],
		['General', false],
		['0.00', false],
		['#,##0 "hari"', false],
		['[$Rp-421]#,##0', false]
	])('isDateFormat(%j) is %s', (format, yes) => {
		expect(isDateFormat(format)).toBe(yes);
	});

	it('dateText of an invalid date is empty', () => {
		expect(dateText(new Date(Number.NaN))).toBe('');
	});
});

/** A zip with stored (uncompressed) entries, enough to test what the reader does with odd zips. */
function storedZip(entries: [string, string][]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [name, text] of entries) {
		const data = Buffer.from(text);
		const nameBytes = Buffer.from(name);
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBytes, data);
		centrals.push(central, nameBytes);
		offset += local.length + nameBytes.length + data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

function crc32(data: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of data) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return (crc ^ 0xffffffff) >>> 0;
}
