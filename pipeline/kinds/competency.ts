import { nameColumn, nipColumn, type KindSpec } from './KindSpec.js';

/** Competency assessment results (PermenPANRB 38/2017 dictionary, levels 1–5) with potential for the 9-box. */
export const competency: KindSpec = {
	kind: 'competency',
	table: 'raw_competency',
	label: { id: 'hasil asesmen kompetensi', en: 'competency assessment' },
	naturalKey: ['nip', 'kompetensi', 'tanggal_asesmen'],
	columns: [
		nipColumn,
		nameColumn,
		{
			name: 'kompetensi',
			aliases: ['Kompetensi', 'Kode Kompetensi', 'Nama Kompetensi', 'kode_kompetensi'],
			type: { kind: 'code', list: 'competency' },
			required: true
		},
		{
			name: 'level_capaian',
			aliases: [
				'Level Capaian',
				'Level',
				'Capaian',
				'Level Kompetensi',
				'Nilai Level',
				'level_capaian'
			],
			type: { kind: 'int', min: 1, max: 5 },
			required: true
		},
		{
			name: 'level_standar',
			aliases: [
				'Level Standar',
				'Standar',
				'Level Standar Jabatan',
				'level_standar',
				'Standar Level'
			],
			type: { kind: 'int', min: 1, max: 5 }
		},
		{
			name: 'tanggal_asesmen',
			aliases: [
				'Tanggal Asesmen',
				'Tgl Asesmen',
				'Tanggal Penilaian',
				'Tanggal Uji',
				'tanggal_asesmen'
			],
			type: { kind: 'date' }
		},
		{
			name: 'potensial',
			aliases: ['Potensial', 'Potensi', 'Kategori Potensial'],
			type: { kind: 'code', list: 'potensial' }
		},
		{
			name: 'asesor',
			aliases: ['Asesor', 'Penyelenggara', 'Lembaga Asesmen'],
			type: { kind: 'text' }
		}
	]
};
