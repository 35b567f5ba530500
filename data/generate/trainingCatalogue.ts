import type { Employee } from './employees.js';

/** Courses a Bukittinggi civil servant takes; JP per Peraturan LAN (1 JP = 45 minutes [M]). */

export type Jalur =
	'Klasikal' | 'e-Learning' | 'Non Klasikal' | 'Coaching' | 'Mentoring' | 'Seminar' | 'Workshop';
export type Jenis = 'Teknis' | 'Manajerial' | 'Sosial Kultural';

export interface Course {
	name: string;
	jp: number;
	jalur: Jalur;
	jenis: Jenis;
	penyelenggara: string;
}

const E = 'ASN Unggul (LAN RI)';
const B = 'BKPSDM Kota Bukittinggi';
const P = 'BPSDM Provinsi Sumatera Barat';

export const E_LEARNING: readonly Course[] = [
	{
		name: 'Orientasi Nilai Dasar BerAKHLAK',
		jp: 10,
		jalur: 'e-Learning',
		jenis: 'Sosial Kultural',
		penyelenggara: E
	},
	{
		name: 'Literasi Digital bagi ASN',
		jp: 8,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: E
	},
	{
		name: 'Manajemen Kinerja ASN',
		jp: 6,
		jalur: 'e-Learning',
		jenis: 'Manajerial',
		penyelenggara: E
	},
	{
		name: 'Penyuluhan Anti Korupsi',
		jp: 5,
		jalur: 'e-Learning',
		jenis: 'Sosial Kultural',
		penyelenggara: 'KPK (ACLC)'
	},
	{
		name: 'Keterbukaan Informasi Publik',
		jp: 4,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: E
	},
	{ name: 'Penulisan Naskah Dinas', jp: 6, jalur: 'e-Learning', jenis: 'Teknis', penyelenggara: B },
	{ name: 'Pelayanan Prima', jp: 8, jalur: 'e-Learning', jenis: 'Teknis', penyelenggara: E },
	{
		name: 'Keamanan Informasi dan Perlindungan Data Pribadi',
		jp: 5,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: 'BSSN'
	},
	{
		name: 'Moderasi Beragama',
		jp: 6,
		jalur: 'e-Learning',
		jenis: 'Sosial Kultural',
		penyelenggara: 'Kementerian Agama'
	},
	{
		name: 'Pengantar Manajemen Risiko',
		jp: 6,
		jalur: 'e-Learning',
		jenis: 'Manajerial',
		penyelenggara: E
	}
];

export const CLASSROOM: readonly Course[] = [
	{
		name: 'Bimtek Penyusunan SKP dan Dialog Kinerja',
		jp: 16,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: B
	},
	{
		name: 'Diklat Teknis Pengelolaan Keuangan Daerah',
		jp: 30,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: P
	},
	{
		name: 'Pelatihan Pengadaan Barang/Jasa Tingkat Dasar',
		jp: 24,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'LKPP'
	},
	{
		name: 'Pelatihan Pengelolaan Arsip Dinamis',
		jp: 20,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'ANRI'
	},
	{
		name: 'Workshop Inovasi Pelayanan Publik',
		jp: 8,
		jalur: 'Workshop',
		jenis: 'Manajerial',
		penyelenggara: B
	},
	{
		name: 'Seminar Kesehatan Mental ASN',
		jp: 3,
		jalur: 'Seminar',
		jenis: 'Sosial Kultural',
		penyelenggara: B
	},
	{
		name: 'Coaching Kinerja oleh Atasan',
		jp: 4,
		jalur: 'Coaching',
		jenis: 'Manajerial',
		penyelenggara: B
	},
	{
		name: 'Mentoring Jabatan Fungsional',
		jp: 6,
		jalur: 'Mentoring',
		jenis: 'Teknis',
		penyelenggara: B
	},
	{
		name: 'Magang Pelayanan Terpadu',
		jp: 12,
		jalur: 'Non Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'DPMPTSP Kota Padang'
	}
];

const GURU: readonly Course[] = [
	{
		name: 'Pelatihan Implementasi Kurikulum Merdeka',
		jp: 32,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'BGP Provinsi Sumatera Barat'
	},
	{
		name: 'Pelatihan Mandiri Platform Merdeka Mengajar',
		jp: 12,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: 'Kemendikbudristek'
	},
	{
		name: 'Pendidikan Inklusif',
		jp: 8,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: 'Kemendikbudristek'
	}
];

const NAKES: readonly Course[] = [
	{
		name: 'Pelatihan Basic Trauma Cardiac Life Support',
		jp: 40,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'Dinas Kesehatan Provinsi Sumatera Barat'
	},
	{
		name: 'Pelatihan Pencegahan dan Pengendalian Infeksi',
		jp: 24,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'Kemenkes (Bapelkes)'
	},
	{
		name: 'Pelatihan Jarak Jauh Imunisasi',
		jp: 10,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: 'Kemenkes (Plataran Sehat)'
	}
];

/** Courses open to this employee, e-learning and classroom apart. */
export function coursesFor(e: Employee): { online: Course[]; offline: Course[] } {
	const sector =
		e.field === 'guru'
			? GURU
			: ['perawat', 'bidan', 'dokter', 'dokter_gigi', 'farmasi', 'kesmas'].includes(e.field)
				? NAKES
				: [];
	return {
		online: [...E_LEARNING, ...sector.filter((c) => c.jalur === 'e-Learning')],
		offline: [...CLASSROOM, ...sector.filter((c) => c.jalur !== 'e-Learning')]
	};
}
