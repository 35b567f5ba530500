import type { Rng } from './random.js';

/**
 * Minang and wider Indonesian names with academic titles. A few carry `’` (U+2019) on purpose:
 * it exists in Windows-1252 (0x92) but is decoded wrongly by Node's TextDecoder (stack.md §4.6).
 */

export type Gender = 'L' | 'P';
export type Pendidikan = 'SLTA' | 'D-III' | 'D-IV' | 'S-1' | 'S-2' | 'S-3';
export type Field =
	| 'guru'
	| 'dokter'
	| 'dokter_gigi'
	| 'perawat'
	| 'bidan'
	| 'kesmas'
	| 'farmasi'
	| 'teknik'
	| 'hukum'
	| 'ekonomi'
	| 'sosial'
	| 'komputer'
	| 'pertanian'
	| 'pemerintahan'
	| 'umum';

const MALE = [
	'Afrizal',
	'Yusrizal',
	'Zulkifli',
	'Syafrizal',
	'Hendri',
	'Rahmat',
	'Fauzan',
	'Irwan',
	'Yuliandri',
	'Dedi',
	'Rizki',
	'Arif',
	'Ilham',
	'Fadli',
	'Hanif',
	'Ridho',
	'Andri',
	'Erwin',
	'Syahrial',
	'Nofrizal',
	'Zulfikar',
	'Edi',
	'Masrizal',
	'Jufri',
	'Taufik',
	'Ma’ruf',
	'Mu’min',
	'Nu’man',
	'Alfian',
	'Ardi',
	'Azwar',
	'Darmawan',
	'Defrizal',
	'Efendi',
	'Elfizar',
	'Fajri',
	'Gusri',
	'Hafiz',
	'Hasnul',
	'Indra',
	'Iskandar',
	'Jasman',
	'Khairul',
	'Mardianto',
	'Marlis',
	'Mulyadi',
	'Nasrul',
	'Novri',
	'Rahmadi',
	'Refki',
	'Roni',
	'Rusdi',
	'Syamsul',
	'Teguh',
	'Wendi',
	'Yogi',
	'Yulizar',
	'Zainal',
	'Zulhendri',
	'Budi',
	'Agus',
	'Eko',
	'Muhammad Iqbal',
	'Ahmad Fauzi',
	'Rafi’i'
];

const FEMALE = [
	'Siti Rahmah',
	'Yulia Rahmi',
	'Nurhayati',
	'Rahmawati',
	'Fitri Yeni',
	'Elfi Yanti',
	'Desi Ratnasari',
	'Yelvi',
	'Novia',
	'Rini Hartati',
	'Nelly Marlina',
	'Yenni Safitri',
	'Sa’adah',
	'Ni’mah',
	'Afrida',
	'Asmawati',
	'Dewi Sartika',
	'Erni',
	'Fauziah',
	'Gusnita',
	'Hasanah',
	'Irma Suryani',
	'Jusnimar',
	'Kurniati',
	'Lili Suryani',
	'Mardiana',
	'Mega',
	'Nofia',
	'Nurlela',
	'Oktaviani',
	'Pitri',
	'Rosmaniar',
	'Sri Wahyuni',
	'Susi Susanti',
	'Syafrida',
	'Tri Wahyuni',
	'Ulfa',
	'Vivi Andriani',
	'Wirda',
	'Yusnidar',
	'Zuraida',
	'Mai Syarah',
	'Anisa',
	'Rahmadani',
	'Ummi Kalsum'
];

const MALE_SECOND = [
	'Putra',
	'Saputra',
	'Syahputra',
	'Hidayat',
	'Firdaus',
	'Effendi',
	'Chaniago',
	'Piliang',
	'Tanjung',
	'Koto',
	'Sikumbang',
	'Jambak',
	'Guci',
	'Rahman',
	'Hakim'
];
const FEMALE_SECOND = [
	'Putri',
	'Sari',
	'Yanti',
	'Novita',
	'Rahmi',
	'Lestari',
	'Chaniago',
	'Tanjung',
	'Koto',
	'Wati'
];

export function givenName(rng: Rng, gender: Gender): string {
	const first = rng.pick(gender === 'L' ? MALE : FEMALE);
	if (first.includes(' ') || !rng.chance(0.45)) return first;
	return `${first} ${rng.pick(gender === 'L' ? MALE_SECOND : FEMALE_SECOND)}`;
}

interface TitleInput {
	gender: Gender;
	birthYear: number;
	pendidikan: Pendidikan;
	field: Field;
}

/** `Siti Rahmah, S.Pd`, `dr. Fitri Yeni, M.Kes`, `Ns. Rahmi, S.Kep`, `H. Afrizal, S.H, M.H`. */
export function withTitles(rng: Rng, name: string, p: TitleInput): string {
	const front: string[] = [];
	const back: string[] = [];
	const old = p.birthYear < 1966;
	const s1 = p.pendidikan === 'S-1' || p.pendidikan === 'S-2' || p.pendidikan === 'S-3';
	if (p.pendidikan === 'D-III') back.push(diplomaTitle(p.field));
	if (p.pendidikan === 'D-IV') back.push(p.field === 'bidan' ? 'S.Tr.Keb' : 'S.Tr.AP');
	if (s1) {
		if (p.field === 'dokter') front.push('dr.');
		else if (p.field === 'dokter_gigi') front.push('drg.');
		else if (p.field === 'perawat') {
			front.push('Ns.');
			back.push('S.Kep');
		} else if (old && (p.field === 'sosial' || p.field === 'ekonomi' || p.field === 'guru'))
			front.push(p.gender === 'L' ? 'Drs.' : 'Dra.');
		else if (old && p.field === 'teknik') front.push('Ir.');
		else back.push(rng.pick(BACHELOR[p.field]));
	}
	if (p.pendidikan === 'S-2' || p.pendidikan === 'S-3') back.push(rng.pick(MASTER[p.field]));
	if (p.pendidikan === 'S-3') front.unshift('Dr.');
	if (p.birthYear < 1978 && rng.chance(0.1)) front.unshift(p.gender === 'L' ? 'H.' : 'Hj.');
	const core = front.length ? `${front.join(' ')} ${name}` : name;
	return back.length ? `${core}, ${back.join(', ')}` : core;
}

function diplomaTitle(field: Field): string {
	if (field === 'perawat') return 'A.Md.Kep';
	if (field === 'bidan') return 'A.Md.Keb';
	if (field === 'farmasi') return 'A.Md.Farm';
	if (field === 'komputer') return 'A.Md.Kom';
	return 'A.Md';
}

const BACHELOR: Record<Field, readonly string[]> = {
	guru: ['S.Pd', 'S.Pd', 'S.Pd', 'S.Pd.I', 'S.Si', 'S.Pd.SD'],
	dokter: ['S.Ked'],
	dokter_gigi: ['S.KG'],
	perawat: ['S.Kep'],
	bidan: ['S.Keb'],
	kesmas: ['S.KM'],
	farmasi: ['S.Farm'],
	teknik: ['S.T', 'S.T', 'S.Ars'],
	hukum: ['S.H'],
	ekonomi: ['S.E', 'S.E', 'S.Ak'],
	sosial: ['S.Sos', 'S.IP', 'S.Psi'],
	komputer: ['S.Kom', 'S.Kom', 'S.T'],
	pertanian: ['S.P', 'S.Pt', 'S.Hut'],
	pemerintahan: ['S.STP', 'S.IP', 'S.Sos'],
	umum: ['S.E', 'S.Sos', 'S.H', 'S.Kom', 'S.AP', 'S.Ag']
};

const MASTER: Record<Field, readonly string[]> = {
	guru: ['M.Pd'],
	dokter: ['M.Kes', 'Sp.PD', 'Sp.A', 'Sp.OG'],
	dokter_gigi: ['M.Kes'],
	perawat: ['M.Kep'],
	bidan: ['M.Keb'],
	kesmas: ['M.Kes', 'M.KM'],
	farmasi: ['M.Farm'],
	teknik: ['M.T'],
	hukum: ['M.H'],
	ekonomi: ['M.M', 'M.Si', 'M.Ak'],
	sosial: ['M.Si', 'M.AP'],
	komputer: ['M.Kom'],
	pertanian: ['M.P', 'M.Si'],
	pemerintahan: ['M.Si', 'M.AP'],
	umum: ['M.M', 'M.Si']
};
