import { agencyColumn, nameColumn, nipColumn, type KindSpec } from './KindSpec.js';

/**
 * Appraisals (e-Kinerja, local e-SKP). Current scheme: two ratings and a predikat (PermenPANRB 6/2022);
 * legacy schemes carry numeric scores (PP 46/2011 0–100, PP 30/2019 up to 120), see domain.md §1–2.
 */
export const appraisal: KindSpec = {
	kind: 'appraisal',
	table: 'raw_appraisal',
	label: { id: 'penilaian kinerja (SKP)', en: 'performance appraisal (SKP)' },
	naturalKey: ['nip', 'tahun', 'periode'],
	// exports.md: "periode … default annual".
	defaults: { periode: "'TAHUNAN'" },
	requireOneOf: [['rating_hasil_kerja', 'nilai_akhir', 'nilai_skp', 'predikat']],
	columns: [
		nipColumn,
		nameColumn,
		{
			name: 'tahun',
			aliases: ['Tahun', 'Tahun Penilaian', 'Tahun SKP', 'Periode Tahun'],
			type: { kind: 'int', min: 2000, max: 2100 },
			required: true
		},
		{
			name: 'periode',
			aliases: ['Periode', 'Periode Penilaian', 'Jenis Periode', 'Bulan'],
			type: { kind: 'code', list: 'periode' }
		},
		{
			name: 'rating_hasil_kerja',
			aliases: ['Rating Hasil Kerja', 'rating_hasil_kerja', 'Hasil Kerja', 'Rating Kinerja'],
			type: { kind: 'code', list: 'rating' }
		},
		{
			name: 'rating_perilaku',
			aliases: [
				'Rating Perilaku',
				'Rating Perilaku Kerja',
				'rating_perilaku_kerja',
				'Perilaku Kerja',
				'Perilaku'
			],
			type: { kind: 'code', list: 'rating' }
		},
		{
			name: 'predikat',
			aliases: ['Predikat', 'Predikat Kinerja', 'Predikat Kinerja Pegawai', 'Sebutan', 'Kategori'],
			type: { kind: 'code', list: 'predikat' }
		},
		{
			name: 'nilai_skp',
			aliases: ['Nilai SKP', 'nilai_skp', 'Capaian SKP', 'Nilai Capaian SKP'],
			type: { kind: 'number', min: 0, max: 120 }
		},
		{
			name: 'nilai_perilaku',
			aliases: ['Nilai Perilaku', 'nilai_perilaku', 'Nilai Perilaku Kerja'],
			type: { kind: 'number', min: 0, max: 120 }
		},
		{
			name: 'nilai_akhir',
			aliases: [
				'Nilai Akhir',
				'Nilai Prestasi Kerja',
				'Nilai Kinerja',
				'nilai_akhir',
				'Nilai Akhir SKP',
				'NPK'
			],
			type: { kind: 'number', min: 0, max: 120 }
		},
		{
			name: 'nip_penilai',
			aliases: ['NIP Penilai', 'NIP Pejabat Penilai', 'nip_atasan', 'NIP Atasan'],
			type: { kind: 'nip' }
		},
		{
			name: 'tanggal_diajukan',
			aliases: [
				'Tanggal Diajukan',
				'Tgl Diajukan',
				'Tanggal Pengajuan',
				'Tgl Pengajuan',
				'Diajukan'
			],
			type: { kind: 'date' }
		},
		{
			name: 'tanggal_disetujui',
			aliases: [
				'Tanggal Disetujui',
				'Tgl Disetujui',
				'Tanggal Persetujuan',
				'Tgl Persetujuan',
				'Disetujui'
			],
			type: { kind: 'date' }
		},
		{
			name: 'status',
			aliases: ['Status', 'Status SKP', 'Status Penilaian'],
			type: { kind: 'code', list: 'appraisal_status' }
		},
		{
			name: 'jumlah_umpan_balik',
			aliases: [
				'Jumlah Umpan Balik',
				'Umpan Balik',
				'Jumlah Dialog Kinerja',
				'Dialog Kinerja',
				'jml_umpan_balik'
			],
			type: { kind: 'int', min: 0, max: 1000 }
		},
		agencyColumn(false)
	]
};
