import { agencyColumn, nameColumn, nipColumn, type KindSpec } from './KindSpec.js';

/** Daily attendance recap (rekap presensi harian): one row per employee per day. */
export const attendance: KindSpec = {
	kind: 'attendance',
	table: 'raw_attendance',
	label: { id: 'rekap presensi harian', en: 'daily attendance recap' },
	naturalKey: ['nip', 'tanggal'],
	columns: [
		nipColumn,
		nameColumn,
		{
			name: 'tanggal',
			aliases: [
				'Tanggal',
				'Tgl',
				'Tgl.',
				'Hari/Tanggal',
				'Hari Tanggal',
				'Tanggal Presensi',
				'tgl_presensi'
			],
			type: { kind: 'date' },
			required: true
		},
		{
			name: 'jam_masuk',
			aliases: ['Jam Masuk', 'Scan Masuk', 'Masuk', 'jam_masuk', 'Jam Datang', 'Absen Masuk'],
			type: { kind: 'time' }
		},
		{
			name: 'jam_pulang',
			aliases: ['Jam Pulang', 'Scan Pulang', 'Pulang', 'jam_pulang', 'Absen Pulang'],
			type: { kind: 'time' }
		},
		{
			name: 'status',
			aliases: ['Status', 'Keterangan', 'Ket', 'Ket.', 'Status Kehadiran', 'Kode'],
			type: { kind: 'code', list: 'attendance_status' }
		},
		{
			name: 'terlambat_menit',
			aliases: [
				'Terlambat',
				'Terlambat (menit)',
				'Telat',
				'TL (menit)',
				'Menit Terlambat',
				'terlambat'
			],
			type: { kind: 'int', min: 0, max: 1440 }
		},
		{
			name: 'pulang_awal_menit',
			aliases: ['Pulang Awal', 'Pulang Awal (menit)', 'Pulang Cepat', 'PSW (menit)', 'pulang_awal'],
			type: { kind: 'int', min: 0, max: 1440 }
		},
		agencyColumn(false)
	]
};
