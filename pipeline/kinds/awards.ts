import { nameColumn, nipColumn, type KindSpec } from './KindSpec.js';

/** Awards (penghargaan): Satyalancana Karya Satya, piagam, pegawai teladan (domain.md §9). */
export const awards: KindSpec = {
	kind: 'awards',
	table: 'raw_awards',
	label: { id: 'penghargaan', en: 'awards' },
	naturalKey: ['nip', 'jenis_penghargaan', 'tahun'],
	columns: [
		nipColumn,
		nameColumn,
		{
			name: 'jenis_penghargaan',
			aliases: ['Jenis Penghargaan', 'Penghargaan', 'Nama Penghargaan', 'Tanda Jasa'],
			type: { kind: 'text' },
			required: true
		},
		{
			name: 'tahun',
			aliases: ['Tahun', 'Tahun Perolehan'],
			type: { kind: 'int', min: 1950, max: 2100 },
			required: true
		},
		{
			name: 'nomor_keputusan',
			aliases: [
				'Nomor Keputusan',
				'No Keputusan',
				'Nomor SK',
				'No SK',
				'Nomor Keppres',
				'No. Keppres'
			],
			type: { kind: 'text' }
		},
		{
			name: 'tanggal',
			aliases: ['Tanggal', 'Tanggal SK', 'Tgl SK', 'Tanggal Keputusan'],
			type: { kind: 'date' }
		}
	]
};
