import type { Message, Severity } from '../types.js';

/** What a rule's message is built from: the column as the file names it, the cell as written, and
 * an optional fact the checker knows (the allowed range, the expected predikat, the other line…). */
export interface RuleParams {
	column: string;
	value: string | null;
	detail?: string;
}

export interface Rule {
	severity: Severity;
	/** Tells the officer what was wrong with the value and what to do next, in Indonesian and English. */
	message: (p: RuleParams) => Message;
}

const MAX_SHOWN = 80;

/** The value as quoted in a message: cut when long, and named when empty. */
function shown(value: string | null): { id: string; en: string } {
	if (value === null || value.trim() === '') return { id: '(kosong)', en: '(empty)' };
	const text = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
	return { id: `"${text}"`, en: `"${text}"` };
}

/** ` (detail)` when the checker gave one. */
const extra = (detail: string | undefined) => (detail ? ` (${detail})` : '');

function rule(
	severity: Severity,
	message: (v: { id: string; en: string }, p: RuleParams) => Message
): Rule {
	return { severity, message: (p) => message(shown(p.value), p) };
}

/**
 * The row rules of the pipeline (shared vocabulary of the generator, normalisers, validators and the
 * rejects table). Errors keep the row out of the warehouse; warnings load it and flag it.
 */
export const RULES = {
	required_missing: rule('error', (v, p) => ({
		id: `Kolom "${p.column}" wajib diisi, tetapi isinya ${v.id}. Isi nilainya di file sumber lalu unggah ulang.`,
		en: `Column "${p.column}" is required but holds ${v.en}. Fill in the value in the source file and upload it again.`
	})),
	// One text for both kinds of damage: the message must not depend on the value, so that it can be
	// turned into an SQL template (pipeline/validate/ruleTable.ts).
	nip_excel_mangled: rule('error', (v) => ({
		id: `NIP ${v.id} sudah dirusak Excel (notasi ilmiah atau angka yang dibulatkan, digit hilang). Format kolom NIP sebagai Teks di Excel lalu ekspor ulang.`,
		en: `NIP ${v.en} was mangled by Excel (scientific notation or a rounded number, digits lost). Format the NIP column as Text in Excel and export again.`
	})),
	nip_format: rule('error', (v, p) => ({
		id: `NIP ${v.id} di kolom "${p.column}" bukan 18 digit${extra(p.detail)}. Salin NIP yang benar dari SIMPEG/SIASN ke file sumber lalu unggah ulang.`,
		en: `NIP ${v.en} in column "${p.column}" is not 18 digits${extra(p.detail)}. Copy the correct NIP from SIMPEG/SIASN into the source file and upload again.`
	})),
	nip_birth_date: rule('error', (v) => ({
		id: `NIP ${v.id}: 8 digit pertama bukan tanggal lahir yang sah (ttttbbhh, tahun 1940–2010). Periksa NIP di SIMPEG/SIASN dan perbaiki di file sumber.`,
		en: `NIP ${v.en}: the first 8 digits are not a valid birth date (yyyymmdd, year 1940–2010). Check the NIP in SIMPEG/SIASN and correct it in the source file.`
	})),
	nip_appointment: rule('error', (v) => ({
		id: `NIP ${v.id}: digit 9–14 bukan TMT pengangkatan yang sah (PNS: ttttbb dengan bulan 01–12, paling cepat usia 17 tahun; PPPK: tahun sejak 2019 lalu kode 2 dan angkatan 1–9). Periksa NIP di SIMPEG/SIASN dan perbaiki di file sumber.`,
		en: `NIP ${v.en}: digits 9–14 are not a valid appointment date (PNS: yyyymm with month 01–12, at age 17 or later; PPPK: a year from 2019 on, then code 2 and batch 1–9). Check the NIP in SIMPEG/SIASN and correct it in the source file.`
	})),
	nip_gender: rule('error', (v) => ({
		id: `NIP ${v.id}: digit ke-15 (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan). Periksa NIP di SIMPEG/SIASN dan perbaiki di file sumber.`,
		en: `NIP ${v.en}: digit 15 (gender) must be 1 (male) or 2 (female). Check the NIP in SIMPEG/SIASN and correct it in the source file.`
	})),
	date_invalid: rule('error', (v, p) => ({
		id: `Kolom "${p.column}": ${v.id} bukan tanggal yang sah${extra(p.detail)}. Tulis tanggal sebagai dd/mm/yyyy atau yyyy-mm-dd (mis. 29/11/2025) dan pastikan tanggal itu ada di kalender.`,
		en: `Column "${p.column}": ${v.en} is not a valid date${extra(p.detail)}. Write the date as dd/mm/yyyy or yyyy-mm-dd (e.g. 29/11/2025) and make sure the day exists.`
	})),
	time_invalid: rule('error', (v, p) => ({
		id: `Kolom "${p.column}": ${v.id} bukan jam yang sah. Tulis jam sebagai JJ:MM atau JJ:MM:DD (mis. 07:31), jam 00–23, menit 00–59.`,
		en: `Column "${p.column}": ${v.en} is not a valid time. Write the time as HH:MM or HH:MM:SS (e.g. 07:31), hours 00–23, minutes 00–59.`
	})),
	number_invalid: rule('error', (v, p) => ({
		id: `Kolom "${p.column}": ${v.id} bukan angka. Tulis angka saja, dengan koma desimal (85,5) atau titik ribuan (1.234), tanpa satuan atau teks.`,
		en: `Column "${p.column}": ${v.en} is not a number. Write only the number, with a decimal comma (85,5) or thousands dots (1.234), without units or text.`
	})),
	out_of_range: rule('error', (v, p) => ({
		id: `Kolom "${p.column}": ${v.id} di luar rentang yang diizinkan${extra(p.detail)}. Periksa nilainya di sistem sumber dan perbaiki di file.`,
		en: `Column "${p.column}": ${v.en} is outside the allowed range${extra(p.detail)}. Check the value in the source system and correct it in the file.`
	})),
	unknown_code: rule('error', (v, p) => ({
		id: `Kolom "${p.column}": ${v.id} tidak ada dalam daftar kode${extra(p.detail)}. Gunakan salah satu nilai yang berlaku, atau minta admin menambahkan ejaan ini ke data/reference/codes.csv.`,
		en: `Column "${p.column}": ${v.en} is not in the code list${extra(p.detail)}. Use one of the accepted values, or ask the administrator to add this spelling to data/reference/codes.csv.`
	})),
	unknown_agency: rule('error', (v, p) => ({
		id: `Kolom "${p.column}": perangkat daerah ${v.id} tidak dikenal. Tulis nama resmi, singkatan atau kode OPD, atau minta admin menambahkan alias ini ke data/reference/agencies.csv.`,
		en: `Column "${p.column}": agency ${v.en} is unknown. Write the official name, short name or agency code, or ask the administrator to add this alias to data/reference/agencies.csv.`
	})),
	predikat_contradicts_matrix: rule('warning', (v, p) => ({
		id: `Predikat ${v.id} tidak sesuai matriks PermenPANRB 6/2022 untuk rating hasil kerja dan perilaku yang tercantum${extra(p.detail)}. Baris tetap dimuat dan ditandai; periksa kembali penilaiannya di e-Kinerja.`,
		en: `Predikat ${v.en} does not match the PermenPANRB 6/2022 matrix for the stated work-result and behaviour ratings${extra(p.detail)}. The row is loaded and flagged; check the appraisal in e-Kinerja.`
	})),
	duplicate_conflict: rule('error', (v, p) => ({
		id: `Kolom "${p.column}": baris lain di file ini punya kunci yang sama ${v.id} tetapi isinya berbeda${extra(p.detail)}; semua baris itu ditolak. Sisakan satu baris yang benar lalu unggah ulang.`,
		en: `Column "${p.column}": another row in this file has the same key ${v.en} but different values${extra(p.detail)}; all of them are rejected. Keep the one correct row and upload again.`
	})),
	pin_unmapped: rule('error', (v, p) => ({
		id: `PIN mesin ${v.id} tidak punya NIP di file pemetaan PIN→NIP${extra(p.detail)}. Tambahkan PIN ini beserta NIP pegawainya ke file pemetaan lalu muat ulang.`,
		en: `Device PIN ${v.en} has no NIP in the PIN→NIP mapping file${extra(p.detail)}. Add this PIN and the employee's NIP to the mapping file and load again.`
	})),
	not_data_row: rule('error', (v, p) => ({
		id: `Baris dengan ${v.id} di kolom "${p.column}" adalah baris jumlah, catatan atau tanda tangan, bukan data pegawai. Tidak perlu tindakan jika memang begitu; jika ini data, pindahkan ke atas baris penutup tabel.`,
		en: `The row with ${v.en} in column "${p.column}" is a total, note or signature row, not employee data. No action is needed if so; if it is data, move it above the table's closing rows.`
	})),
	date_order: rule('error', (v, p) => ({
		id: `Kolom "${p.column}": tanggal ${v.id} lebih awal dari tanggal mulainya${extra(p.detail)}. Periksa urutan tanggal mulai dan selesai di file sumber.`,
		en: `Column "${p.column}": date ${v.en} is before its start date${extra(p.detail)}. Check the start and end dates in the source file.`
	}))
} as const satisfies Record<string, Rule>;

export type RuleCode = keyof typeof RULES;

export const RULE_CODES = Object.keys(RULES) as RuleCode[];

export function isRuleCode(code: string): code is RuleCode {
	return Object.hasOwn(RULES, code);
}

/** The message of one problem: `ruleMessage('date_invalid', { column: 'Tanggal', value: '31/02/2025' })`. */
export function ruleMessage(code: RuleCode, p: RuleParams): Message {
	return RULES[code].message(p);
}
