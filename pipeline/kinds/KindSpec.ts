import type { ExportKind } from '../types.js';

/**
 * How one canonical column is read. `type` picks the normaliser macro (pipeline/normalise) and the rule
 * that reports a value it cannot read.
 */
export type ColumnType =
	| { kind: 'nip' }
	| { kind: 'text' }
	| { kind: 'date' }
	| { kind: 'timestamp' }
	| { kind: 'time' }
	| { kind: 'number'; min?: number; max?: number }
	| { kind: 'int'; min?: number; max?: number }
	| { kind: 'code'; list: string }
	| { kind: 'agency' };

export interface ColumnDef {
	/** Canonical column name in the raw_<kind> table (snake_case, Indonesian as the exports say it). */
	name: string;
	/** Header variants as offices write them; compared through headerKey (case, punctuation, spaces ignored). */
	aliases: readonly string[];
	type: ColumnType;
	required?: boolean;
}

export interface KindSpec {
	kind: ExportKind;
	/** Warehouse table that holds this kind's loaded rows. */
	table: string;
	columns: readonly ColumnDef[];
	/** Columns that identify a row: the later export replaces earlier rows with the same key. */
	naturalKey: readonly string[];
	/** At least one column of each group must be mapped (e.g. an appraisal needs ratings or scores). */
	requireOneOf?: readonly (readonly string[])[];
	/** SQL for a key column whose cell is empty, e.g. an appraisal without a period is the annual one. */
	defaults?: Readonly<Record<string, string>>;
	/** Human description for messages: what the file looks like. */
	label: { id: string; en: string };
}

export const nipColumn: ColumnDef = {
	name: 'nip',
	aliases: [
		'NIP',
		'NIP Baru',
		'nip_baru',
		'NIP Pegawai',
		'NIP/NRPPPK',
		'NI PPPK',
		'NIP / NI PPPK',
		'No NIP'
	],
	type: { kind: 'nip' },
	required: true
};

export const agencyColumn = (required: boolean): ColumnDef => ({
	name: 'unit_kerja',
	aliases: [
		'Unit Kerja',
		'OPD',
		'SKPD',
		'nama_skpd',
		'Perangkat Daerah',
		'Nama OPD',
		'Nama SKPD',
		'Nama Unit Kerja',
		'Instansi',
		'Unor',
		'kode_opd',
		'id_skpd',
		'Kode OPD',
		'Kode SKPD',
		'Unit Kerja Saat Itu'
	],
	type: { kind: 'agency' },
	required
});

export const nameColumn: ColumnDef = {
	name: 'nama',
	aliases: ['Nama', 'Nama Pegawai', 'nama_pegawai', 'Nama Lengkap', 'Nama ASN', 'Nama PNS'],
	type: { kind: 'text' }
};
