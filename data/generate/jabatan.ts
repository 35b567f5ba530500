import type { Agency } from './agencies.js';
import type { Field, Pendidikan } from './names.js';
import type { Rng } from './random.js';

/** Jabatan, golongan and pangkat: the words a SIMPEG listing uses. */

export type JenisJabatan = 'JPT' | 'Administrator' | 'Pengawas' | 'Pelaksana' | 'Fungsional';

export const GOLONGAN = [
	'I/a',
	'I/b',
	'I/c',
	'I/d',
	'II/a',
	'II/b',
	'II/c',
	'II/d',
	'III/a',
	'III/b',
	'III/c',
	'III/d',
	'IV/a',
	'IV/b',
	'IV/c',
	'IV/d',
	'IV/e'
] as const;

export const PANGKAT = [
	'Juru Muda',
	'Juru Muda Tingkat I',
	'Juru',
	'Juru Tingkat I',
	'Pengatur Muda',
	'Pengatur Muda Tingkat I',
	'Pengatur',
	'Pengatur Tingkat I',
	'Penata Muda',
	'Penata Muda Tingkat I',
	'Penata',
	'Penata Tingkat I',
	'Pembina',
	'Pembina Tingkat I',
	'Pembina Utama Muda',
	'Pembina Utama Madya',
	'Pembina Utama'
] as const;

/** Index into GOLONGAN of the entry grade (PP 99/2000 style: education sets the start). */
export function entryGrade(pendidikan: Pendidikan, field: Field): number {
	if (pendidikan === 'SLTA') return 4;
	if (pendidikan === 'D-III') return 6;
	if (pendidikan === 'S-2' || field === 'dokter' || field === 'dokter_gigi') return 9;
	if (pendidikan === 'S-3') return 10;
	return 8;
}

const GRADE_CAP: Record<JenisJabatan, number> = {
	JPT: 14,
	Administrator: 13,
	Pengawas: 12,
	Fungsional: 13,
	Pelaksana: 11
};

/** Regular promotion every four years from the TMT, capped by the kind of position. */
export function gradeAt(entry: number, jenis: JenisJabatan, serviceYears: number): number {
	return Math.min(GRADE_CAP[jenis], Math.max(entry, entry + Math.floor(serviceYears / 4)));
}

/** PPPK golongan run I–XVII (Perpres 98/2020); entry grades by education. */
export function pppkGrade(pendidikan: Pendidikan): string {
	if (pendidikan === 'SLTA') return 'V';
	if (pendidikan === 'D-III') return 'VII';
	return 'IX';
}

export function eselon(jenis: JenisJabatan, code: string, title: string): string {
	if (jenis === 'JPT') return title === 'Sekretaris Daerah' ? 'II.a' : 'II.b';
	if (jenis === 'Administrator')
		return code.startsWith('KEC_') || title.startsWith('Sekretaris') ? 'III.a' : 'III.b';
	if (jenis === 'Pengawas') return title.startsWith('Lurah') ? 'IV.a' : 'IV.a';
	return '';
}

const KELURAHAN: Record<string, readonly string[]> = {
	KEC_GP: [
		'Bukit Cangang Kayu Ramang',
		'Tarok Dipo',
		'Pakan Kurai',
		'Aur Tajungkang Tangah Sawah',
		'Benteng Pasar Atas',
		'Kayu Kubu',
		'Bukit Apit Puhun'
	],
	KEC_MKS: [
		'Pulai Anak Air',
		'Koto Selayan',
		'Garegeh',
		'Manggis Ganting',
		'Campago Ipuh',
		'Puhun Tembok',
		'Puhun Pintu Kabun',
		'Kubu Gulai Bancah',
		'Campago Guguk Bulek'
	],
	KEC_ABTB: [
		'Belakang Balok',
		'Sapiran',
		'Birugo',
		'Aur Kuning',
		'Pakan Labuah',
		'Kubu Tanjung',
		'Ladang Cakiah',
		'Parit Antang'
	]
};

export function lurahCount(code: string): number {
	return KELURAHAN[code]?.length ?? 0;
}

const SETDA_JPT = [
	'Sekretaris Daerah',
	'Asisten Pemerintahan dan Kesejahteraan Rakyat',
	'Asisten Perekonomian dan Pembangunan',
	'Asisten Administrasi Umum',
	'Staf Ahli Wali Kota Bidang Hukum dan Politik',
	'Staf Ahli Wali Kota Bidang Ekonomi dan Keuangan',
	'Staf Ahli Wali Kota Bidang Kemasyarakatan dan SDM'
];

export function jptCount(code: string): number {
	if (code === 'SETDA') return SETDA_JPT.length;
	return code.startsWith('KEC_') ? 0 : 1;
}

export function jptTitle(agency: Agency, index: number): string {
	if (agency.code === 'SETDA') return SETDA_JPT[index] ?? 'Staf Ahli Wali Kota';
	if (agency.code === 'SETWAN') return 'Sekretaris DPRD';
	if (agency.code === 'INSP') return 'Inspektur';
	if (agency.code === 'RSUD') return 'Direktur RSUD';
	return `Kepala ${agency.name}`;
}

const BIDANG = [
	'Perencanaan',
	'Pelayanan',
	'Pengembangan',
	'Pengendalian',
	'Pembinaan',
	'Data dan Informasi'
];

export function adminTitle(agency: Agency, index: number): string {
	if (agency.code.startsWith('KEC_')) {
		const place = agency.name.replace('Kecamatan ', '');
		return index === 0 ? `Camat ${place}` : 'Sekretaris Kecamatan';
	}
	if (agency.code === 'SETDA')
		return `Kepala Bagian ${['Umum', 'Hukum', 'Organisasi', 'Kesejahteraan Rakyat', 'Pemerintahan', 'Perekonomian', 'Pengadaan Barang dan Jasa', 'Protokol dan Komunikasi Pimpinan'][index % 8]}`;
	if (index === 0) return agency.kind === 'Badan' ? 'Sekretaris Badan' : 'Sekretaris';
	return `Kepala Bidang ${BIDANG[(index - 1) % BIDANG.length]}`;
}

export function pengawasTitle(agency: Agency, index: number): string {
	const kel = KELURAHAN[agency.code];
	if (kel && index < kel.length) return `Lurah ${kel[index]}`;
	if (agency.code === 'DINKES' && index >= 2)
		return `Kepala UPTD Puskesmas ${['Guguk Panjang', 'Mandiangin', 'Tigo Baleh', 'Rasimah Ahmad', 'Nilam Sari', 'Mandiangin Koto Selayan', 'Gulai Bancah'][(index - 2) % 7]}`;
	return [
		'Kepala Subbagian Umum dan Kepegawaian',
		'Kepala Subbagian Keuangan',
		'Kepala Subbagian Perencanaan',
		'Kepala Seksi Pelayanan',
		'Kepala Seksi Ketertiban',
		'Kepala Seksi Pemberdayaan Masyarakat'
	][index % 6] as string;
}

export interface FungsionalRole {
	title: string;
	field: Field;
	pendidikan: Pendidikan;
	/** Teachers and senior functionals retire at 60 (UU 14/2005; PP 11/2017). */
	retireAge: 58 | 60;
}

const JENJANG_AHLI = ['Ahli Pertama', 'Ahli Muda', 'Ahli Madya'] as const;

/** One functional position by agency; jenjang follows age (older → higher rung). */
export function fungsionalRole(rng: Rng, code: string, age: number, pppk: boolean): FungsionalRole {
	const rung = pppk ? 0 : age < 35 ? 0 : age < 47 ? 1 : 2;
	const ahli = JENJANG_AHLI[rung] as string;
	const madya = rung === 2;
	if (code === 'DISDIKBUD') {
		const kind = rng.weighted([
			['Guru Kelas', 5],
			['Guru Mata Pelajaran', 4],
			['Guru Pendidikan Jasmani', 1],
			['Guru Bimbingan dan Konseling', 1]
		] as const);
		const edu = !pppk && rng.chance(0.12) ? 'S-2' : 'S-1';
		return { title: `${kind} ${ahli}`, field: 'guru', pendidikan: edu, retireAge: 60 };
	}
	if (code === 'DINKES' || code === 'RSUD') {
		const role = rng.weighted([
			['perawat', 5],
			['bidan', 3],
			['dokter', 1.2],
			['dokter_gigi', 0.3],
			['farmasi', 0.6],
			['kesmas', 0.8]
		] as const);
		const diploma =
			role !== 'dokter' && role !== 'dokter_gigi' && role !== 'kesmas' && rng.chance(0.55);
		const terampil = ['Terampil', 'Mahir', 'Penyelia'][rung] as string;
		const names: Record<typeof role, string> = {
			perawat: 'Perawat',
			bidan: 'Bidan',
			dokter: 'Dokter',
			dokter_gigi: 'Dokter Gigi',
			farmasi: diploma ? 'Asisten Apoteker' : 'Apoteker',
			kesmas: rng.pick([
				'Epidemiolog Kesehatan',
				'Sanitarian',
				'Nutrisionis',
				'Penyuluh Kesehatan Masyarakat'
			])
		};
		const pendidikan: Pendidikan = diploma
			? 'D-III'
			: !pppk && role === 'dokter' && rng.chance(0.25)
				? 'S-2'
				: 'S-1';
		return {
			title: `${names[role]} ${diploma ? terampil : ahli}`,
			field: role,
			pendidikan,
			retireAge: madya ? 60 : 58
		};
	}
	const byAgency: Record<string, [string, Field]> = {
		INSP: ['Auditor', 'ekonomi'],
		BAPPELITBANGDA: ['Perencana', 'ekonomi'],
		BKPSDM: ['Analis Sumber Daya Manusia Aparatur', 'sosial'],
		DPP: ['Penyuluh Pertanian', 'pertanian'],
		DISPUSIP: [rng.pick(['Pustakawan', 'Arsiparis']), 'sosial'],
		DISKOMINFO: [rng.pick(['Pranata Komputer', 'Pranata Hubungan Masyarakat']), 'komputer'],
		SATPOLPP: ['Polisi Pamong Praja', 'pemerintahan'],
		DAMKAR: ['Analis Kebakaran', 'teknik'],
		DPUPR: ['Teknik Jalan dan Jembatan', 'teknik'],
		DLH: ['Pengendali Dampak Lingkungan', 'teknik'],
		DINSOS: ['Penyuluh Sosial', 'sosial'],
		DISHUB: ['Penguji Kendaraan Bermotor', 'teknik'],
		DISDUKCAPIL: ['Administrator Database Kependudukan', 'komputer'],
		BKEU: ['Analis Keuangan Pusat dan Daerah', 'ekonomi']
	};
	const [title, field] = byAgency[code] ?? ['Analis Kebijakan', 'sosial'];
	return {
		title: `${title} ${ahli}`,
		field,
		pendidikan: !pppk && madya && rng.chance(0.4) ? 'S-2' : 'S-1',
		retireAge: madya ? 60 : 58
	};
}

const PELAKSANA = [
	'Pengadministrasi Perkantoran',
	'Penata Layanan Operasional',
	'Pengelola Layanan Operasional',
	'Operator Layanan Operasional',
	'Pengolah Data dan Informasi',
	'Pengelola Keuangan',
	'Penelaah Teknis Kebijakan',
	'Pengemudi',
	'Pengelola Umum Operasional'
];

export function pelaksanaTitle(rng: Rng): { title: string; pendidikan: Pendidikan; field: Field } {
	const title = rng.pick(PELAKSANA);
	const pendidikan: Pendidikan =
		title === 'Pengemudi' || title === 'Operator Layanan Operasional'
			? 'SLTA'
			: rng.weighted([
					['SLTA', 3],
					['D-III', 2],
					['S-1', 5]
				] as const);
	const field: Field =
		title === 'Pengelola Keuangan'
			? 'ekonomi'
			: rng.pick(['umum', 'ekonomi', 'hukum', 'sosial', 'komputer'] as const);
	return { title, pendidikan, field };
}

/** Field of a structural official, for titles. */
export function structuralField(rng: Rng, code: string): Field {
	if (code.startsWith('KEC_') || code === 'SETDA' || code === 'SATPOLPP')
		return rng.pick(['pemerintahan', 'sosial', 'hukum'] as const);
	if (code === 'DINKES' || code === 'RSUD') return rng.pick(['dokter', 'kesmas'] as const);
	if (code === 'DISDIKBUD') return 'guru';
	if (code === 'DPUPR' || code === 'DPKP' || code === 'DLH' || code === 'DISHUB') return 'teknik';
	if (code === 'DPP') return 'pertanian';
	return rng.pick(['ekonomi', 'sosial', 'hukum', 'umum'] as const);
}
