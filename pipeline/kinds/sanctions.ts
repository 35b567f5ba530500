import { nameColumn, nipColumn, type KindSpec } from './KindSpec.js';

/** Disciplinary sanctions (hukuman disiplin, PP 94/2021); a moderate or heavy one breaks Satyalancana eligibility. */
export const sanctions: KindSpec = {
	kind: 'sanctions',
	table: 'raw_sanctions',
	label: { id: 'hukuman disiplin', en: 'disciplinary sanctions' },
	naturalKey: ['nip', 'jenis_hukuman', 'tanggal_sk'],
	columns: [
		nipColumn,
		nameColumn,
		{
			name: 'tingkat',
			aliases: ['Tingkat', 'Tingkat Hukuman', 'Tingkat Hukuman Disiplin', 'Kategori'],
			type: { kind: 'code', list: 'sanction_level' },
			required: true
		},
		{
			name: 'jenis_hukuman',
			aliases: ['Jenis Hukuman', 'Jenis Hukuman Disiplin', 'Hukuman', 'Jenis'],
			type: { kind: 'text' },
			required: true
		},
		{
			name: 'nomor_sk',
			aliases: ['Nomor SK', 'No SK', 'No. SK', 'Nomor Keputusan', 'No Keputusan'],
			type: { kind: 'text' }
		},
		{
			name: 'tanggal_sk',
			aliases: ['Tanggal SK', 'Tgl SK', 'Tanggal Keputusan'],
			type: { kind: 'date' },
			required: true
		},
		{
			name: 'tanggal_mulai',
			aliases: ['Tanggal Mulai', 'TMT Hukuman', 'Tgl Mulai', 'Mulai Berlaku'],
			type: { kind: 'date' }
		},
		{
			name: 'tanggal_selesai',
			aliases: ['Tanggal Selesai', 'Tgl Selesai', 'Akhir Hukuman', 'Berakhir'],
			type: { kind: 'date' }
		}
	]
};
