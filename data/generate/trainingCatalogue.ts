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
	/**
	 * The competency (data/reference/competencies.csv) the course develops, as BKPSDM's catalogue
	 * files it; sql/seeds/ref_training_competency.csv holds the same mapping for the warehouse.
	 */
	competency?: string;
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
		penyelenggara: E,
		competency: 'T.09'
	},
	{
		name: 'Manajemen Kinerja ASN',
		jp: 6,
		jalur: 'e-Learning',
		jenis: 'Manajerial',
		penyelenggara: E,
		competency: 'M.04'
	},
	{
		name: 'Penyuluhan Anti Korupsi',
		jp: 5,
		jalur: 'e-Learning',
		jenis: 'Sosial Kultural',
		penyelenggara: 'KPK (ACLC)',
		competency: 'M.01'
	},
	{
		name: 'Keterbukaan Informasi Publik',
		jp: 4,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: E
	},
	{
		name: 'Penulisan Naskah Dinas',
		jp: 6,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: B,
		competency: 'M.03'
	},
	{
		name: 'Pelayanan Prima',
		jp: 8,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: E,
		competency: 'M.05'
	},
	{
		name: 'Keamanan Informasi dan Perlindungan Data Pribadi',
		jp: 5,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: 'BSSN',
		competency: 'T.09'
	},
	{
		name: 'Moderasi Beragama',
		jp: 6,
		jalur: 'e-Learning',
		jenis: 'Sosial Kultural',
		penyelenggara: 'Kementerian Agama',
		competency: 'SK.01'
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
		penyelenggara: B,
		competency: 'T.05'
	},
	{
		name: 'Diklat Teknis Pengelolaan Keuangan Daerah',
		jp: 30,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: P,
		competency: 'T.02'
	},
	{
		name: 'Pelatihan Pengadaan Barang/Jasa Tingkat Dasar',
		jp: 24,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'LKPP',
		competency: 'T.03'
	},
	{
		name: 'Pelatihan Pengelolaan Arsip Dinamis',
		jp: 20,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'ANRI',
		competency: 'T.07'
	},
	{
		name: 'Workshop Inovasi Pelayanan Publik',
		jp: 8,
		jalur: 'Workshop',
		jenis: 'Manajerial',
		penyelenggara: B,
		competency: 'M.07'
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
		penyelenggara: B,
		competency: 'M.06'
	},
	{
		name: 'Mentoring Jabatan Fungsional',
		jp: 6,
		jalur: 'Mentoring',
		jenis: 'Teknis',
		penyelenggara: B,
		competency: 'M.06'
	},
	{
		name: 'Magang Pelayanan Terpadu',
		jp: 12,
		jalur: 'Non Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'DPMPTSP Kota Padang',
		competency: 'T.11'
	},
	{
		name: 'Pelatihan Komunikasi Efektif',
		jp: 12,
		jalur: 'Klasikal',
		jenis: 'Manajerial',
		penyelenggara: B,
		competency: 'M.03'
	},
	{
		name: 'Pelatihan Manajemen Perubahan',
		jp: 16,
		jalur: 'Klasikal',
		jenis: 'Manajerial',
		penyelenggara: P,
		competency: 'M.07'
	}
];

const GURU: readonly Course[] = [
	{
		name: 'Pelatihan Implementasi Kurikulum Merdeka',
		jp: 32,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'BGP Provinsi Sumatera Barat',
		competency: 'T.12'
	},
	{
		name: 'Pelatihan Mandiri Platform Merdeka Mengajar',
		jp: 12,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: 'Kemendikbudristek',
		competency: 'T.12'
	},
	{
		name: 'Pendidikan Inklusif',
		jp: 8,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: 'Kemendikbudristek',
		competency: 'T.12'
	}
];

const NAKES: readonly Course[] = [
	{
		name: 'Pelatihan Basic Trauma Cardiac Life Support',
		jp: 40,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'Dinas Kesehatan Provinsi Sumatera Barat',
		competency: 'T.13'
	},
	{
		name: 'Pelatihan Pencegahan dan Pengendalian Infeksi',
		jp: 24,
		jalur: 'Klasikal',
		jenis: 'Teknis',
		penyelenggara: 'Kemenkes (Bapelkes)',
		competency: 'T.13'
	},
	{
		name: 'Pelatihan Jarak Jauh Imunisasi',
		jp: 10,
		jalur: 'e-Learning',
		jenis: 'Teknis',
		penyelenggara: 'Kemenkes (Plataran Sehat)',
		competency: 'T.13'
	}
];

/**
 * Cohort courses one agency runs for a chosen group each year (not picked at random): Dinas Kesehatan's
 * public-service course, and BKPSDM's assessor course with a handful of places — the small programme
 * whose before/after figures must carry a small-number warning.
 */
export const COHORT_COURSES: readonly {
	agency: string;
	share: number;
	cap: number;
	course: Course;
}[] = [
	{
		agency: 'DINKES',
		share: 0.15,
		cap: 60,
		course: {
			name: 'Pelatihan Pelayanan Publik Bidang Kesehatan',
			jp: 24,
			jalur: 'Klasikal',
			jenis: 'Manajerial',
			penyelenggara: 'Dinas Kesehatan Kota Bukittinggi',
			competency: 'M.05'
		}
	},
	{
		agency: 'BKPSDM',
		share: 0.1,
		cap: 3,
		course: {
			name: 'Pelatihan Asesor SDM Aparatur',
			jp: 40,
			jalur: 'Klasikal',
			jenis: 'Teknis',
			penyelenggara: 'BKN (Pusbang ASN)',
			competency: 'T.05'
		}
	}
];

/** Every course of the catalogue, cohort courses included (for the warehouse mapping check). */
export function allCourses(): Course[] {
	return [...E_LEARNING, ...CLASSROOM, ...GURU, ...NAKES, ...COHORT_COURSES.map((c) => c.course)];
}

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
