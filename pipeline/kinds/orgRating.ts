import { agencyColumn, type KindSpec } from './KindSpec.js';

/** Organisation rating (capaian kinerja organisasi, SE MenPANRB 3/2023): enables the distribution-curve check. */
export const orgRating: KindSpec = {
	kind: 'org-rating',
	table: 'raw_org_rating',
	label: { id: 'predikat kinerja organisasi', en: 'organisation performance rating' },
	naturalKey: ['unit_kerja', 'tahun'],
	columns: [
		agencyColumn(true),
		{
			name: 'tahun',
			aliases: ['Tahun', 'Periode', 'Tahun Penilaian'],
			type: { kind: 'int', min: 2000, max: 2100 },
			required: true
		},
		{
			name: 'predikat_organisasi',
			aliases: [
				'Predikat Organisasi',
				'Predikat Kinerja Organisasi',
				'Capaian Kinerja Organisasi',
				'Predikat'
			],
			type: { kind: 'code', list: 'org_predikat' },
			required: true
		}
	]
};
