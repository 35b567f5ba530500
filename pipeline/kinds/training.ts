import { nameColumn, nipColumn, type KindSpec } from './KindSpec.js';

/** Training history (riwayat diklat / pengembangan kompetensi); 20 JP a year is the right of every PNS. */
export const training: KindSpec = {
	kind: 'training',
	table: 'raw_training',
	label: { id: 'riwayat diklat / pengembangan kompetensi', en: 'training history' },
	naturalKey: ['nip', 'nama_pelatihan', 'tanggal_mulai'],
	requireOneOf: [['jp', 'durasi_jam', 'durasi_menit', 'tanggal_mulai']],
	columns: [
		nipColumn,
		nameColumn,
		{
			name: 'nama_pelatihan',
			aliases: [
				'Nama Pelatihan',
				'Nama Diklat',
				'Pelatihan',
				'Diklat',
				'Judul Pelatihan',
				'nama_diklat',
				'Kegiatan'
			],
			type: { kind: 'text' },
			required: true
		},
		{
			name: 'jp',
			aliases: ['JP', 'Jumlah JP', 'Jam Pelajaran', 'Jumlah Jam Pelajaran', 'jp'],
			type: { kind: 'number', min: 0, max: 500 }
		},
		{
			name: 'durasi_jam',
			aliases: ['Durasi (jam)', 'Durasi Jam', 'Durasi', 'Lama (jam)'],
			type: { kind: 'number', min: 0, max: 2000 }
		},
		{
			name: 'durasi_menit',
			aliases: ['Durasi (menit)', 'Durasi Menit', 'Menit'],
			type: { kind: 'number', min: 0, max: 120000 }
		},
		{
			name: 'tanggal_mulai',
			aliases: [
				'Tanggal Mulai',
				'Tgl Mulai',
				'Mulai',
				'tgl_mulai',
				'Tanggal Pelaksanaan',
				'Tanggal'
			],
			type: { kind: 'date' }
		},
		{
			name: 'tanggal_selesai',
			aliases: ['Tanggal Selesai', 'Tgl Selesai', 'Selesai', 'tgl_selesai', 'Sampai'],
			type: { kind: 'date' }
		},
		{
			name: 'jenis_kompetensi',
			aliases: ['Jenis Kompetensi', 'Kompetensi', 'Jenis Diklat', 'Rumpun'],
			type: { kind: 'code', list: 'competency_type' }
		},
		{
			name: 'jalur',
			aliases: ['Jalur', 'Metode', 'Jalur Pengembangan', 'Bentuk', 'Jenis Pelatihan'],
			type: { kind: 'code', list: 'training_jalur' }
		},
		{
			name: 'penyelenggara',
			aliases: ['Penyelenggara', 'Instansi Penyelenggara', 'Lembaga'],
			type: { kind: 'text' }
		},
		{
			name: 'status',
			aliases: ['Status', 'Status Kehadiran', 'Keterangan', 'Status Pelatihan'],
			type: { kind: 'code', list: 'training_status' }
		},
		{
			name: 'nomor_sertifikat',
			aliases: ['Nomor Sertifikat', 'No Sertifikat', 'No. Sertifikat', 'Sertifikat', 'No STTPP'],
			type: { kind: 'text' }
		}
	]
};
