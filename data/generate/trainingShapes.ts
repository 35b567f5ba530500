import type { Column } from './defects.js';
import type { CsvOptions } from './fileWriters.js';
import type { DateStyle } from './labels.js';

/** The five training-history shapes, one per year: SIMPEG 1252, CSV with a TOTAL row, XLSX, hours, sep=;. */

export type Field =
	| 'no'
	| 'nip'
	| 'nama'
	| 'pelatihan'
	| 'jenis'
	| 'jalur'
	| 'penyelenggara'
	| 'mulai'
	| 'selesai'
	| 'jp'
	| 'durasi'
	| 'status'
	| 'sertifikat';

export interface Shape {
	format: 'csv' | 'xlsx';
	csv?: CsvOptions;
	date: DateStyle;
	columns: [Field, string][];
	total?: boolean;
}

export const SHAPES: Shape[] = [
	{
		format: 'csv',
		csv: { encoding: 'windows-1252', delimiter: ';' },
		date: 'dmy',
		columns: [
			['nip', 'NIP'],
			['nama', 'Nama'],
			['pelatihan', 'Nama Diklat'],
			['jenis', 'Jenis Diklat'],
			['jalur', 'Jalur'],
			['penyelenggara', 'Penyelenggara'],
			['mulai', 'Tanggal Mulai'],
			['selesai', 'Tanggal Selesai'],
			['jp', 'JP'],
			['status', 'Status'],
			['sertifikat', 'No Sertifikat']
		]
	},
	{
		format: 'csv',
		csv: { encoding: 'utf-8', delimiter: ';' },
		date: 'dmy',
		total: true,
		columns: [
			['nip', 'NIP'],
			['nama', 'Nama'],
			['pelatihan', 'Nama Pelatihan'],
			['jenis', 'Jenis Kompetensi'],
			['jalur', 'Jalur'],
			['penyelenggara', 'Penyelenggara'],
			['mulai', 'Tanggal Mulai'],
			['selesai', 'Tanggal Selesai'],
			['jp', 'JP'],
			['status', 'Status'],
			['sertifikat', 'Nomor Sertifikat']
		]
	},
	{
		format: 'xlsx',
		date: 'cell',
		columns: [
			['no', 'No'],
			['nip', 'NIP'],
			['nama', 'Nama'],
			['pelatihan', 'Nama Pelatihan'],
			['jenis', 'Jenis Kompetensi'],
			['jalur', 'Jalur'],
			['penyelenggara', 'Penyelenggara'],
			['mulai', 'Tanggal Mulai'],
			['selesai', 'Tanggal Selesai'],
			['jp', 'JP'],
			['status', 'Status'],
			['sertifikat', 'Nomor Sertifikat']
		]
	},
	{
		format: 'csv',
		csv: { encoding: 'utf-8-bom', delimiter: ',' },
		date: 'dmy',
		columns: [
			['nip', 'NIP'],
			['nama', 'Nama'],
			['pelatihan', 'Nama Pelatihan'],
			['jenis', 'Jenis Kompetensi'],
			['jalur', 'Metode'],
			['penyelenggara', 'Penyelenggara'],
			['mulai', 'Tgl Mulai'],
			['selesai', 'Tgl Selesai'],
			['durasi', 'Durasi (jam)'],
			['status', 'Status'],
			['sertifikat', 'No. Sertifikat']
		]
	},
	{
		format: 'csv',
		csv: { encoding: 'utf-8', delimiter: ';', sepLine: true },
		date: 'iso',
		columns: [
			['nip', 'NIP'],
			['nama', 'Nama'],
			['pelatihan', 'Judul Pelatihan'],
			['jenis', 'Rumpun'],
			['jalur', 'Bentuk'],
			['penyelenggara', 'Lembaga'],
			['mulai', 'Mulai'],
			['selesai', 'Selesai'],
			['jp', 'Jumlah JP'],
			['status', 'Status Pelatihan'],
			['sertifikat', 'Nomor Sertifikat']
		]
	}
];

export const ROLE: Partial<Record<Field, Column['role']>> = {
	nip: 'nip',
	jenis: 'code',
	jalur: 'code',
	status: 'code',
	mulai: 'date',
	selesai: 'date',
	jp: 'number',
	durasi: 'number'
};
export const BAD: Partial<Record<Field, readonly string[]>> = {
	jenis: ['Umum', 'Lain-lain'],
	jalur: ['Kunjungan Kerja'],
	status: ['Proses', 'Ditunda']
};
export const RANGE: Partial<Record<Field, readonly string[]>> = {
	jp: ['750', '1200'],
	durasi: ['2500']
};
