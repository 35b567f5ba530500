import { nipColumn, type KindSpec } from './KindSpec.js';

/**
 * Fingerprint punch logs (ZKTeco attlog: no header, `PIN \t timestamp \t status \t verify \t workcode`).
 * The reader names the columns; the PIN is mapped to a NIP through a pin-map file of the same device or agency.
 */
export const punches: KindSpec = {
	kind: 'punches',
	table: 'raw_punches',
	label: { id: 'log mesin sidik jari', en: 'fingerprint punch log' },
	naturalKey: ['device', 'pin', 'waktu'],
	columns: [
		{
			name: 'pin',
			aliases: ['pin', 'PIN', 'User ID', 'ID'],
			type: { kind: 'text' },
			required: true
		},
		{
			name: 'waktu',
			aliases: ['waktu', 'Waktu', 'Scan Date', 'scan_date', 'checktime', 'Tanggal Jam'],
			type: { kind: 'timestamp' },
			required: true
		},
		{ name: 'status_mesin', aliases: ['status', 'iomode', 'checktype'], type: { kind: 'text' } },
		{ name: 'verify', aliases: ['verify', 'verifymode'], type: { kind: 'text' } },
		{ name: 'workcode', aliases: ['workcode'], type: { kind: 'text' } }
	]
};

/** PIN → NIP mapping of one fingerprint machine (or of an agency's machines). */
export const pinMap: KindSpec = {
	kind: 'pin-map',
	table: 'raw_pin_map',
	label: { id: 'pemetaan PIN mesin ke NIP', en: 'device PIN to NIP mapping' },
	naturalKey: ['device', 'pin'],
	columns: [
		{
			name: 'pin',
			aliases: ['PIN', 'User ID', 'ID Mesin', 'No ID', 'PIN Mesin', 'ID Pegawai Mesin'],
			type: { kind: 'text' },
			required: true
		},
		nipColumn,
		{ name: 'nama', aliases: ['Nama', 'Nama Pegawai'], type: { kind: 'text' } },
		{
			name: 'sn_mesin',
			aliases: ['SN Mesin', 'SN', 'Serial Number', 'No Seri Mesin', 'Device SN', 'Mesin'],
			type: { kind: 'text' }
		}
	]
};
