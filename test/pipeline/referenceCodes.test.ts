import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { PipelineError } from '../../pipeline/errors.js';
import { installNormalisers } from '../../pipeline/normalise/install.js';
import { DEFAULT_REFERENCE_DIR } from '../../pipeline/normalise/reference.js';

let db: Db;
beforeAll(async () => {
	db = await openDb();
	await installNormalisers(db);
});
afterAll(() => db.close());

async function lookup(list: string, spelling: string): Promise<string | null> {
	const row = await db.one<{ code: string }>(
		'select code from ref_code where list = $list and key = code_key($spelling::varchar)',
		{ list, spelling }
	);
	return row?.code ?? null;
}

/** Canonical codes of each list (the brief's vocabulary; the loader's ENUMs depend on them). */
const CODES: Record<string, string[]> = {
	predikat: [
		'SANGAT_BAIK',
		'BAIK',
		'BUTUH_PERBAIKAN',
		'KURANG_MISCONDUCT',
		'SANGAT_KURANG',
		'CUKUP',
		'KURANG',
		'AMAT_BAIK',
		'SEDANG',
		'BURUK'
	],
	rating: ['DI_ATAS', 'SESUAI', 'DI_BAWAH'],
	attendance_status: [
		'HADIR',
		'IZIN',
		'SAKIT',
		'CUTI_CT',
		'CUTI_CB',
		'CUTI_CS',
		'CUTI_CM',
		'CUTI_CAP',
		'CUTI_BERSAMA',
		'CLTN',
		'CUTI',
		'DINAS_LUAR',
		'TUGAS_BELAJAR',
		'TANPA_KETERANGAN',
		'LIBUR',
		'TL',
		'PSW',
		'TL_PSW'
	],
	employee_type: ['PNS', 'PPPK', 'CPNS'],
	gender: ['L', 'P'],
	jenis_jabatan: ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'],
	periode: [
		'TAHUNAN',
		'TW1',
		'TW2',
		'TW3',
		'TW4',
		'S1',
		'S2',
		...Array.from({ length: 12 }, (_, i) => `BULAN_${String(i + 1).padStart(2, '0')}`)
	],
	appraisal_status: ['DRAFT', 'DIAJUKAN', 'DISETUJUI', 'FINAL'],
	training_status: ['SELESAI', 'TERDAFTAR', 'TIDAK_HADIR', 'MENGUNDURKAN_DIRI'],
	competency_type: ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'],
	org_predikat: ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
	potensial: ['RENDAH', 'MENENGAH', 'TINGGI'],
	sanction_level: ['RINGAN', 'SEDANG', 'BERAT'],
	yes_no: ['YA', 'TIDAK']
};

describe('ref_code', () => {
	it('has the columns list, key, code, label_id, label_en, legal_basis', async () => {
		const cols = await db.all<{ column_name: string }>(
			`select column_name from information_schema.columns where table_name = 'ref_code' order by ordinal_position`
		);
		expect(cols.map((c) => c.column_name)).toEqual([
			'list',
			'key',
			'code',
			'label_id',
			'label_en',
			'legal_basis'
		]);
	});

	it.each(Object.entries(CODES))(
		'list %s holds exactly its canonical codes',
		async (list, codes) => {
			const rows = await db.all<{ code: string }>(
				'select distinct code from ref_code where list = $list order by code',
				{ list }
			);
			expect(rows.map((r) => r.code)).toEqual([...codes].sort());
		}
	);

	it('keys every row with code_key, and gives each row labels and a legal basis', async () => {
		const bad = await db.all(
			`select * from ref_code where key <> code_key(key) or key = '' or coalesce(label_id, '') = ''
				or coalesce(label_en, '') = '' or coalesce(legal_basis, '') = ''`
		);
		expect(bad).toEqual([]);
	});

	it('maps every key of a list to one code', async () => {
		const dup = await db.all(
			'select list, key, count(*)::integer as n from ref_code group by all having count(*) > 1'
		);
		expect(dup).toEqual([]);
	});

	it('rejects reference files in which one spelling points to two codes', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'kinerja-ref-'));
		try {
			for (const file of ['competencies.csv', 'agencies.csv']) {
				copyFileSync(join(DEFAULT_REFERENCE_DIR, file), join(dir, file));
			}
			const codes = readFileSync(join(DEFAULT_REFERENCE_DIR, 'codes.csv'), 'utf8');
			writeFileSync(
				join(dir, 'codes.csv'),
				`${codes}rating,Baik,DI_ATAS,x,x,test\nrating,BAIK,SESUAI,x,x,test\n`
			);
			const other = await openDb();
			try {
				const error = await installNormalisers(other, { referenceDir: dir }).catch(
					(e: unknown) => e
				);
				expect(error).toBeInstanceOf(PipelineError);
				expect((error as PipelineError).code).toBe('reference_conflict');
				expect((error as PipelineError).text.en).toContain('rating "baik" → DI_ATAS, SESUAI');
			} finally {
				other.close();
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('code lists accept the spellings of exports.md and domain.md', () => {
	it.each([
		// predikat, PermenPANRB 6/2022, in any case and spacing
		['predikat', 'Sangat Baik', 'SANGAT_BAIK'],
		['predikat', 'Sangat baik', 'SANGAT_BAIK'],
		['predikat', 'SANGAT BAIK', 'SANGAT_BAIK'],
		['predikat', 'Baik', 'BAIK'],
		['predikat', 'Butuh Perbaikan', 'BUTUH_PERBAIKAN'],
		['predikat', 'butuh  perbaikan', 'BUTUH_PERBAIKAN'],
		['predikat', 'Kurang/Misconduct', 'KURANG_MISCONDUCT'],
		['predikat', 'Kurang/misconduct', 'KURANG_MISCONDUCT'],
		['predikat', 'Kurang / Misconduct', 'KURANG_MISCONDUCT'],
		['predikat', 'KURANG/MISCONDUCT', 'KURANG_MISCONDUCT'],
		['predikat', 'Sangat Kurang', 'SANGAT_KURANG'],
		// legacy schemes: PP 46/2011, PP 30/2019, DP3
		['predikat', 'KURANG', 'KURANG'],
		['predikat', 'Kurang', 'KURANG'],
		['predikat', 'Cukup', 'CUKUP'],
		['predikat', 'Buruk', 'BURUK'],
		['predikat', 'Amat Baik', 'AMAT_BAIK'],
		['predikat', 'Sedang', 'SEDANG'],
		// ratings
		['rating', 'Di Atas Ekspektasi', 'DI_ATAS'],
		['rating', 'DI ATAS EKSPEKTASI', 'DI_ATAS'],
		['rating', 'Diatas', 'DI_ATAS'],
		['rating', 'Diatas Ekspektasi', 'DI_ATAS'],
		['rating', 'Sesuai Ekspektasi', 'SESUAI'],
		['rating', 'Sesuai', 'SESUAI'],
		['rating', 'Di Bawah Ekspektasi', 'DI_BAWAH'],
		['rating', 'Di bawah ekspektasi', 'DI_BAWAH'],
		['rating', 'Dibawah', 'DI_BAWAH'],
		// attendance status (exports.md, domain.md §3)
		['attendance_status', 'H', 'HADIR'],
		['attendance_status', 'Hadir', 'HADIR'],
		['attendance_status', 'I', 'IZIN'],
		['attendance_status', 'Izin', 'IZIN'],
		['attendance_status', 'Ijin', 'IZIN'],
		['attendance_status', 'S', 'SAKIT'],
		['attendance_status', 'Sakit', 'SAKIT'],
		['attendance_status', 'SKD', 'SAKIT'],
		['attendance_status', 'C', 'CUTI'],
		['attendance_status', 'Cuti', 'CUTI'],
		['attendance_status', 'CT', 'CUTI_CT'],
		['attendance_status', 'Cuti Tahunan', 'CUTI_CT'],
		['attendance_status', 'CB', 'CUTI_CB'],
		['attendance_status', 'Cuti Besar', 'CUTI_CB'],
		['attendance_status', 'CS', 'CUTI_CS'],
		['attendance_status', 'CM', 'CUTI_CM'],
		['attendance_status', 'Cuti Melahirkan', 'CUTI_CM'],
		['attendance_status', 'CAP', 'CUTI_CAP'],
		['attendance_status', 'Cuti Karena Alasan Penting', 'CUTI_CAP'],
		['attendance_status', 'CBer', 'CUTI_BERSAMA'],
		['attendance_status', 'Cuti Bersama', 'CUTI_BERSAMA'],
		['attendance_status', 'CLTN', 'CLTN'],
		['attendance_status', 'DL', 'DINAS_LUAR'],
		['attendance_status', 'Dinas Luar', 'DINAS_LUAR'],
		['attendance_status', 'dinas luar', 'DINAS_LUAR'],
		['attendance_status', 'SPPD', 'DINAS_LUAR'],
		['attendance_status', 'Tugas Kedinasan', 'DINAS_LUAR'],
		['attendance_status', 'TB', 'TUGAS_BELAJAR'],
		['attendance_status', 'Tugas Belajar', 'TUGAS_BELAJAR'],
		['attendance_status', 'TK', 'TANPA_KETERANGAN'],
		['attendance_status', 'Tanpa Keterangan', 'TANPA_KETERANGAN'],
		['attendance_status', 'Alpa', 'TANPA_KETERANGAN'],
		['attendance_status', 'Alfa', 'TANPA_KETERANGAN'],
		['attendance_status', 'Mangkir', 'TANPA_KETERANGAN'],
		['attendance_status', 'Libur', 'LIBUR'],
		['attendance_status', 'Terlambat', 'TL'],
		['attendance_status', 'Telat', 'TL'],
		['attendance_status', 'TL', 'TL'],
		['attendance_status', 'TL3', 'TL'],
		['attendance_status', 'Pulang Cepat', 'PSW'],
		['attendance_status', 'Pulang Sebelum Waktunya', 'PSW'],
		['attendance_status', 'PSW', 'PSW'],
		['attendance_status', 'PSW2', 'PSW'],
		['attendance_status', 'TL/PSW', 'TL_PSW'],
		['attendance_status', 'TL+PSW', 'TL_PSW'],
		// roster
		['employee_type', 'PNS', 'PNS'],
		['employee_type', 'PPPK', 'PPPK'],
		['employee_type', 'P3K', 'PPPK'],
		['employee_type', 'CPNS', 'CPNS'],
		['gender', 'L', 'L'],
		['gender', 'Laki-laki', 'L'],
		['gender', 'Pria', 'L'],
		['gender', 'P', 'P'],
		['gender', 'Perempuan', 'P'],
		['gender', 'Wanita', 'P'],
		['golongan', 'III/a', 'III/a'],
		['golongan', 'III.a', 'III/a'],
		['golongan', 'IIIa', 'III/a'],
		['golongan', 'III-a', 'III/a'],
		['golongan', 'III/A', 'III/a'],
		['golongan', '3a', 'III/a'],
		['golongan', '3/a', 'III/a'],
		['golongan', 'Penata Muda', 'III/a'],
		['golongan', 'Penata Muda, III/a', 'III/a'],
		['golongan', 'Penata Muda (III/a)', 'III/a'],
		['golongan', 'Penata Muda Tingkat I', 'III/b'],
		['golongan', 'Penata Muda Tk. I', 'III/b'],
		['golongan', 'Penata Muda Tk.I / III/b', 'III/b'],
		['golongan', 'IV/e', 'IV/e'],
		['golongan', 'Pembina Utama', 'IV/e'],
		['golongan', 'I/a', 'I/a'],
		['golongan', 'IX', 'IX'],
		['golongan', 'XVII', 'XVII'],
		['golongan', 'Gol. IX', 'IX'],
		['jenis_jabatan', 'JPT', 'JPT'],
		['jenis_jabatan', 'Administrator', 'ADMINISTRATOR'],
		['jenis_jabatan', 'Pengawas', 'PENGAWAS'],
		['jenis_jabatan', 'Pelaksana', 'PELAKSANA'],
		['jenis_jabatan', 'Fungsional', 'FUNGSIONAL'],
		['jenis_jabatan', 'Jabatan Fungsional', 'FUNGSIONAL'],
		// appraisal period and status
		['periode', 'Tahunan', 'TAHUNAN'],
		['periode', 'Triwulan I', 'TW1'],
		['periode', 'Triwulan II', 'TW2'],
		['periode', 'Triwulan III', 'TW3'],
		['periode', 'Triwulan IV', 'TW4'],
		['periode', 'TW 2', 'TW2'],
		['periode', 'Semester 1', 'S1'],
		['periode', 'Semester II', 'S2'],
		['periode', 'Januari', 'BULAN_01'],
		['periode', 'Pebruari', 'BULAN_02'],
		['periode', 'Mei', 'BULAN_05'],
		['periode', 'Agustus', 'BULAN_08'],
		['periode', 'Nopember', 'BULAN_11'],
		['periode', 'Desember', 'BULAN_12'],
		['appraisal_status', 'Draft', 'DRAFT'],
		['appraisal_status', 'Diajukan', 'DIAJUKAN'],
		['appraisal_status', 'Disetujui', 'DISETUJUI'],
		['appraisal_status', 'Final', 'FINAL'],
		// training and competency
		['competency_type', 'Teknis', 'TEKNIS'],
		['competency_type', 'Manajerial', 'MANAJERIAL'],
		['competency_type', 'Sosial Kultural', 'SOSIAL_KULTURAL'],
		['competency_type', 'Sosio-Kultural', 'SOSIAL_KULTURAL'],
		['training_jalur', 'Klasikal', 'KLASIKAL'],
		['training_jalur', 'Non Klasikal', 'NON_KLASIKAL'],
		['training_jalur', 'Non-Klasikal', 'NON_KLASIKAL'],
		['training_jalur', 'e-Learning', 'E_LEARNING'],
		['training_jalur', 'E-learning', 'E_LEARNING'],
		['training_jalur', 'Coaching', 'COACHING'],
		['training_jalur', 'Mentoring', 'MENTORING'],
		['training_jalur', 'Seminar', 'SEMINAR'],
		['training_jalur', 'Workshop', 'WORKSHOP'],
		['training_jalur', 'Magang', 'MAGANG'],
		['training_status', 'Selesai', 'SELESAI'],
		['training_status', 'Terdaftar', 'TERDAFTAR'],
		['training_status', 'Tidak Hadir', 'TIDAK_HADIR'],
		['training_status', 'Mengundurkan Diri', 'MENGUNDURKAN_DIRI'],
		['competency', 'M.01', 'M.01'],
		['competency', 'M01', 'M.01'],
		['competency', 'M.1', 'M.01'],
		['competency', 'Integritas', 'M.01'],
		['competency', 'Kerjasama', 'M.02'],
		['competency', 'Kerja Sama', 'M.02'],
		['competency', 'Mengelola Perubahan', 'M.07'],
		['competency', 'M.07 Mengelola Perubahan', 'M.07'],
		['competency', 'Pengambilan Keputusan', 'M.08'],
		['competency', 'Perekat Bangsa', 'SK.01'],
		['competency', 'SK.01', 'SK.01'],
		['potensial', 'Rendah', 'RENDAH'],
		['potensial', 'Menengah', 'MENENGAH'],
		['potensial', 'Tinggi', 'TINGGI'],
		// org rating, sanctions, yes/no
		['org_predikat', 'Istimewa', 'ISTIMEWA'],
		['org_predikat', 'Baik', 'BAIK'],
		['org_predikat', 'Butuh Perbaikan', 'BUTUH_PERBAIKAN'],
		['org_predikat', 'Kurang', 'KURANG'],
		['org_predikat', 'Sangat Kurang', 'SANGAT_KURANG'],
		['sanction_level', 'Ringan', 'RINGAN'],
		['sanction_level', 'Sedang', 'SEDANG'],
		['sanction_level', 'Berat', 'BERAT'],
		['yes_no', 'Ya', 'YA'],
		['yes_no', 'Y', 'YA'],
		['yes_no', '1', 'YA'],
		['yes_no', 'Tidak', 'TIDAK'],
		['yes_no', 'T', 'TIDAK'],
		['yes_no', '0', 'TIDAK']
	])('%s: %j → %s', async (list, spelling, code) => {
		expect(await lookup(list, spelling)).toBe(code);
	});

	it.each([
		['predikat', 'Bagus'],
		['rating', 'Luar Biasa'],
		['attendance_status', 'X'],
		['golongan', 'V/a'],
		['golongan', 'XVIII'],
		['gender', 'X'],
		['periode', 'Triwulan V']
	])('%s: %j is not in the list', async (list, spelling) => {
		expect(await lookup(list, spelling)).toBeNull();
	});

	it('knows every pangkat of PP 99/2000', async () => {
		const pangkat: [string, string][] = [
			['Juru Muda', 'I/a'],
			['Juru Muda Tingkat I', 'I/b'],
			['Juru', 'I/c'],
			['Juru Tingkat I', 'I/d'],
			['Pengatur Muda', 'II/a'],
			['Pengatur Muda Tingkat I', 'II/b'],
			['Pengatur', 'II/c'],
			['Pengatur Tingkat I', 'II/d'],
			['Penata Muda', 'III/a'],
			['Penata Muda Tingkat I', 'III/b'],
			['Penata', 'III/c'],
			['Penata Tingkat I', 'III/d'],
			['Pembina', 'IV/a'],
			['Pembina Tingkat I', 'IV/b'],
			['Pembina Utama Muda', 'IV/c'],
			['Pembina Utama Madya', 'IV/d'],
			['Pembina Utama', 'IV/e']
		];
		for (const [name, code] of pangkat) expect(await lookup('golongan', name), name).toBe(code);
	});
});

describe('ref_competency', () => {
	it('holds the managerial dictionary M.01–M.08, Perekat Bangsa and at least ten local technical competencies', async () => {
		const rows = await db.all<{ code: string; type: string; provisional: boolean }>(
			'select code, type, provisional from ref_competency order by code'
		);
		const codes = rows.map((r) => r.code);
		expect(codes).toEqual(expect.arrayContaining(['M.01', 'M.04', 'M.08', 'SK.01']));
		expect(rows.filter((r) => r.type === 'MANAJERIAL')).toHaveLength(8);
		expect(rows.filter((r) => r.type === 'SOSIAL_KULTURAL').map((r) => r.code)).toEqual(['SK.01']);
		expect(rows.filter((r) => r.type === 'TEKNIS').length).toBeGreaterThanOrEqual(10);
	});

	it('marks the assumed codes and the local dictionary provisional', async () => {
		const rows = await db.all<{ code: string; provisional: boolean; legal_basis: string }>(
			'select code, provisional, legal_basis from ref_competency'
		);
		for (const r of rows) {
			if (r.code === 'M.01') expect(r.provisional).toBe(false);
			else expect(r.provisional, r.code).toBe(true);
			if (r.code.startsWith('T.')) expect(r.legal_basis).toMatch(/local/i);
		}
	});

	it('uses competency types of the competency_type list', async () => {
		const bad = await db.all(
			`select c.code from ref_competency c
			where c.type not in (select code from ref_code where list = 'competency_type')`
		);
		expect(bad).toEqual([]);
	});
});
