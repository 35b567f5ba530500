import { nameColumn, nipColumn, type KindSpec } from './KindSpec.js';

/** Performance dialogues (dialog kinerja / umpan balik, PermenPANRB 6/2022 stage 2). Free text stays raw. */
export const feedback: KindSpec = {
	kind: 'feedback',
	table: 'raw_feedback',
	label: { id: 'dialog kinerja / umpan balik', en: 'performance dialogue / feedback' },
	naturalKey: ['nip', 'tanggal'],
	columns: [
		nipColumn,
		nameColumn,
		{
			name: 'tanggal',
			aliases: ['Tanggal', 'Tanggal Dialog', 'Tgl Dialog', 'Tgl'],
			type: { kind: 'date' },
			required: true
		},
		{ name: 'tahun', aliases: ['Tahun'], type: { kind: 'int', min: 2000, max: 2100 } },
		{ name: 'periode', aliases: ['Periode'], type: { kind: 'code', list: 'periode' } },
		{
			name: 'nip_atasan',
			aliases: ['NIP Atasan', 'NIP Penilai', 'NIP Pejabat Penilai', 'nip_atasan'],
			type: { kind: 'nip' }
		},
		{
			name: 'rencana_pengembangan',
			aliases: [
				'Rencana Pengembangan',
				'Ada Rencana Pengembangan',
				'Rencana',
				'Rencana Pengembangan Kompetensi'
			],
			type: { kind: 'text' }
		},
		{
			name: 'kompetensi',
			aliases: ['Kompetensi', 'Kompetensi Dikembangkan', 'Tindakan', 'Aksi'],
			type: { kind: 'text' }
		},
		{ name: 'catatan', aliases: ['Catatan', 'Uraian', 'Catatan Dialog'], type: { kind: 'text' } }
	]
};
