import type { Column } from './defects.js';
import type { AgencyStyle, DateStyle, GenderStyle, GolonganStyle } from './labels.js';
import type { NipStyle } from './nip.js';

/** The five roster shapes (one per year, cycling): SIMPEG CSV, SIMPEG Windows-1252, XLSX, SIASN, local list. */

export type Field =
	| 'no'
	| 'nip'
	| 'nama'
	| 'unit'
	| 'status'
	| 'jk'
	| 'lahir'
	| 'gol'
	| 'pangkat'
	| 'jabatan'
	| 'jenis'
	| 'eselon'
	| 'pendidikan'
	| 'tmt';

export interface Shape {
	format: 'csv' | 'xlsx';
	encoding?: 'utf-8-bom' | 'windows-1252';
	delimiter?: string;
	columns: [Field, string][];
	agency: AgencyStyle;
	date: DateStyle;
	gol: GolonganStyle;
	gender: GenderStyle;
	nipStyles: [NipStyle, number][];
	upper?: boolean;
}

export const SHAPES: Shape[] = [
	{
		format: 'csv',
		encoding: 'utf-8-bom',
		delimiter: ',',
		agency: 'name',
		date: 'iso',
		gol: 'slash',
		gender: 'long',
		nipStyles: [
			['plain', 95],
			['quoted', 5]
		],
		columns: [
			['nip', 'NIP'],
			['nama', 'Nama Pegawai'],
			['unit', 'Unit Kerja'],
			['status', 'Status Pegawai'],
			['jk', 'Jenis Kelamin'],
			['lahir', 'Tanggal Lahir'],
			['gol', 'Golongan'],
			['pangkat', 'Pangkat'],
			['jabatan', 'Jabatan'],
			['jenis', 'Jenis Jabatan'],
			['eselon', 'Eselon'],
			['pendidikan', 'Pendidikan'],
			['tmt', 'TMT CPNS']
		]
	},
	{
		format: 'csv',
		encoding: 'windows-1252',
		delimiter: ';',
		agency: 'upper',
		date: 'dmy',
		gol: 'dot',
		gender: 'long',
		upper: true,
		nipStyles: [
			['plain', 97],
			['dotted', 3]
		],
		columns: [
			['nip', 'nip'],
			['nama', 'nama_pegawai'],
			['unit', 'nama_skpd'],
			['status', 'Jenis Pegawai'],
			['jk', 'Jenis Kelamin'],
			['lahir', 'Tgl. Lahir'],
			['gol', 'Gol. Ruang'],
			['pangkat', 'Pangkat'],
			['jabatan', 'nama_jabatan'],
			['jenis', 'Jenis Jabatan'],
			['eselon', 'Eselon'],
			['pendidikan', 'Pendidikan']
		]
	},
	{
		format: 'xlsx',
		agency: 'name',
		date: 'cell',
		gol: 'slash',
		gender: 'short',
		nipStyles: [
			['plain', 90],
			['spaced', 10]
		],
		columns: [
			['no', 'No'],
			['nip', 'NIP'],
			['nama', 'Nama'],
			['unit', 'Perangkat Daerah'],
			['status', 'Status Pegawai'],
			['jk', 'Jenis Kelamin'],
			['lahir', 'Tanggal Lahir'],
			['gol', 'Gol/Ruang'],
			['jabatan', 'Jabatan'],
			['jenis', 'Jenis Jabatan'],
			['pendidikan', 'Pendidikan']
		]
	},
	{
		format: 'csv',
		encoding: 'utf-8-bom',
		delimiter: ',',
		agency: 'code',
		date: 'dmy-dash',
		gol: 'slash',
		gender: 'short',
		nipStyles: [
			['plain', 92],
			['formula', 8]
		],
		columns: [
			['nip', 'NIP'],
			['nama', 'Nama'],
			['unit', 'kode_opd'],
			['status', 'Jenis Pegawai'],
			['jk', 'Jenis Kelamin'],
			['lahir', 'Tanggal Lahir'],
			['gol', 'Golongan'],
			['jabatan', 'Jabatan'],
			['jenis', 'Jenis Jabatan'],
			['pendidikan', 'Pendidikan'],
			['tmt', 'TMT CPNS']
		]
	},
	{
		format: 'csv',
		encoding: 'windows-1252',
		delimiter: ';',
		agency: 'short',
		date: 'dmy',
		gol: 'compact',
		gender: 'short',
		nipStyles: [
			['plain', 96],
			['spaced', 4]
		],
		columns: [
			['nip', 'NIP'],
			['nama', 'Nama Pegawai'],
			['unit', 'OPD'],
			['status', 'Status'],
			['jk', 'JK'],
			['lahir', 'Tgl Lahir'],
			['gol', 'Pangkat/Gol'],
			['jabatan', 'Jabatan'],
			['jenis', 'Jenis Jabatan'],
			['eselon', 'Eselon'],
			['pendidikan', 'Pendidikan Terakhir']
		]
	}
];

export const ROLE: Partial<Record<Field, Column['role']>> = {
	nip: 'nip',
	unit: 'agency',
	status: 'code',
	jk: 'code',
	lahir: 'date',
	gol: 'code',
	jenis: 'code',
	tmt: 'date'
};
export const BAD: Partial<Record<Field, readonly string[]>> = {
	status: ['Honorer', 'THL', 'Kontrak'],
	gol: ['III/f', 'V/a', 'II/e']
};
