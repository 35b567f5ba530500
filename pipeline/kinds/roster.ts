import { agencyColumn, nameColumn, nipColumn, type KindSpec } from './KindSpec.js';

/** Staff roster (SIMPEG / SIASN listing): a snapshot at a date, since employees move between agencies. */
export const roster: KindSpec = {
	kind: 'roster',
	table: 'raw_roster',
	label: { id: 'daftar pegawai (SIMPEG/SIASN)', en: 'staff roster (SIMPEG/SIASN)' },
	naturalKey: ['as_of', 'nip'],
	columns: [
		nipColumn,
		{ ...nameColumn, required: true },
		agencyColumn(true),
		{
			name: 'status_pegawai',
			aliases: ['Status', 'Status Pegawai', 'Jenis Pegawai', 'Kedudukan', 'Status Kepegawaian'],
			type: { kind: 'code', list: 'employee_type' }
		},
		{
			name: 'jenis_kelamin',
			aliases: ['Jenis Kelamin', 'JK', 'L/P', 'Kelamin', 'Gender', 'jenis_kelamin'],
			type: { kind: 'code', list: 'gender' }
		},
		{
			name: 'tanggal_lahir',
			aliases: ['Tanggal Lahir', 'Tgl Lahir', 'Tgl. Lahir', 'tgl_lahir', 'Tanggal_Lahir'],
			type: { kind: 'date' }
		},
		{
			name: 'golongan',
			aliases: [
				'Golongan',
				'Gol/Ruang',
				'Gol. Ruang',
				'Gol Ruang',
				'Pangkat/Gol',
				'Pangkat/Golongan',
				'Gol'
			],
			type: { kind: 'code', list: 'golongan' }
		},
		{ name: 'pangkat', aliases: ['Pangkat'], type: { kind: 'text' } },
		{
			name: 'jabatan',
			aliases: ['Jabatan', 'nama_jabatan', 'Nama Jabatan'],
			type: { kind: 'text' }
		},
		{
			name: 'jenis_jabatan',
			aliases: ['Jenis Jabatan', 'jenis_jabatan', 'Kelompok Jabatan'],
			type: { kind: 'code', list: 'jenis_jabatan' }
		},
		{ name: 'eselon', aliases: ['Eselon'], type: { kind: 'text' } },
		{
			name: 'pendidikan',
			aliases: ['Pendidikan', 'Pendidikan Terakhir', 'Tingkat Pendidikan'],
			type: { kind: 'text' }
		},
		{
			name: 'tmt_jabatan',
			aliases: ['TMT Jabatan', 'tmt_jabatan', 'TMT Jab'],
			type: { kind: 'date' }
		},
		{
			name: 'tmt_cpns',
			aliases: ['TMT CPNS', 'tmt_cpns', 'TMT Pengangkatan', 'TMT PPPK'],
			type: { kind: 'date' }
		}
	]
};
