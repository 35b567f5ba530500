import { describe, expect, it } from 'vitest';
import { nip, withWarehouse, type Cell, type Warehouse } from '../helpers/warehouse.js';

const RATINGS: Record<string, [string, string]> = {
	SB: ['DI_ATAS', 'DI_ATAS'],
	B: ['SESUAI', 'SESUAI'],
	BP: ['DI_BAWAH', 'SESUAI']
};

const annual = (i: number, year: number, predikat: string) => ({
	nip: nip(i),
	tahun: year,
	periode: 'TAHUNAN',
	rating_hasil_kerja: RATINGS[predikat]?.[0] ?? null,
	rating_perilaku: RATINGS[predikat]?.[1] ?? null
});

const course = (i: number, title: string, start: string) => ({
	nip: nip(i),
	nama_pelatihan: title,
	jp: 40,
	tanggal_mulai: start,
	tanggal_selesai: start,
	status: 'SELESAI'
});

/** Three March working days of 2023 or 2025: present, or unexcused (a PP 94/2021 ringan band). */
const march = (i: number, year: number, status: string): Record<string, Cell>[] =>
	(year === 2023
		? ['2023-03-06', '2023-03-07', '2023-03-08']
		: ['2025-03-03', '2025-03-04', '2025-03-05']
	).map((tanggal) => ({ nip: nip(i), tanggal, status }));

const ASESOR = 'Pelatihan Asesor SDM Aparatur';

// BKPSDM pelaksana 1–6, one BKPSDM pengawas (7) and one DINKES pelaksana (8). Employees 1–3 take the
// assessor course in 2024; 6 takes it in 2025, so 6 is no comparison for 2024; 4 takes another T.05 course.
async function load(w: Warehouse): Promise<void> {
	await w.insert(
		'raw_roster',
		[1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({
			nip: nip(i),
			nama: `P${i}`,
			unit_kerja: i === 8 ? 'DINKES' : 'BKPSDM',
			jenis_jabatan: i === 7 ? 'PENGAWAS' : 'PELAKSANA',
			as_of: '2024-12-31'
		}))
	);
	await w.insert('raw_appraisal', [
		annual(1, 2023, 'B'),
		annual(2, 2023, 'BP'),
		annual(3, 2023, 'SB'),
		annual(4, 2023, 'B'),
		annual(5, 2023, 'BP'),
		annual(7, 2023, 'BP'),
		annual(8, 2023, 'BP'),
		annual(1, 2025, 'SB'),
		annual(2, 2025, 'B'),
		annual(4, 2025, 'B'),
		annual(5, 2025, 'B'),
		annual(7, 2025, 'B'),
		annual(8, 2025, 'B')
	]);
	await w.insert('raw_attendance', [
		...march(1, 2023, 'HADIR'),
		...march(2, 2023, 'TANPA_KETERANGAN'),
		...march(4, 2023, 'HADIR'),
		...march(2, 2025, 'HADIR')
	]);
	await w.insert('raw_training', [
		course(1, ASESOR, '2024-05-06'),
		course(2, ASESOR, '2024-05-06'),
		course(3, ASESOR, '2024-05-06'),
		course(6, ASESOR, '2025-05-05'),
		course(4, 'Bimtek Penyusunan SKP dan Dialog Kinerja', '2024-08-05')
	]);
}

describe('agg_training_effect', () => {
	it('sets a 3-participant programme beside comparable non-participants, flagged small_n', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			const rows = await w.rows(
				`select * exclude (year, grouping, group_code) from agg_training_effect
				where year = 2024 and grouping = 'programme' and group_label = '${ASESOR}'`
			);
			expect(rows).toEqual([
				{
					group_label: ASESOR,
					competency_code: 'T.05',
					n_participants: 3,
					// Same agency and position kind, no assessor course in 2023–2025: employees 4 and 5.
					n_comparison: 2,
					participants_before_rated: 3,
					participants_before_baik_plus: 2,
					participants_before_share_baik_plus: 2 / 3,
					participants_after_rated: 2,
					participants_after_baik_plus: 2,
					participants_after_share_baik_plus: 1,
					participants_before_with_attendance: 2,
					participants_before_in_band: 1,
					participants_before_share_band: 0.5,
					participants_after_with_attendance: 1,
					participants_after_in_band: 0,
					participants_after_share_band: 0,
					comparison_before_rated: 2,
					comparison_before_baik_plus: 1,
					comparison_before_share_baik_plus: 0.5,
					comparison_after_rated: 2,
					comparison_after_baik_plus: 2,
					comparison_after_share_baik_plus: 1,
					comparison_before_with_attendance: 1,
					comparison_before_in_band: 0,
					comparison_before_share_band: 0,
					comparison_after_with_attendance: 0,
					comparison_after_in_band: 0,
					comparison_after_share_band: null,
					small_n: true,
					reading: 'descriptive'
				}
			]);
		});
	});

	it('groups every course of one competency, and lifts small_n with the seed minimum', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.setParameter('small_cell_minimum', '3');
			await w.build();
			expect(
				await w.rows(
					`select grouping, group_code, group_label, n_participants, n_comparison, small_n
					from agg_training_effect where year = 2024 order by grouping, group_code`
				)
			).toEqual([
				{
					grouping: 'competency',
					group_code: 'T.05',
					group_label: 'Manajemen Aparatur Sipil Negara',
					n_participants: 4,
					n_comparison: 1,
					small_n: false
				},
				{
					grouping: 'programme',
					group_code: 'bimtek penyusunan skp dan dialog kinerja',
					group_label: 'Bimtek Penyusunan SKP dan Dialog Kinerja',
					n_participants: 1,
					n_comparison: 5,
					small_n: true
				},
				{
					grouping: 'programme',
					group_code: 'pelatihan asesor sdm aparatur',
					group_label: ASESOR,
					n_participants: 3,
					n_comparison: 2,
					small_n: false
				}
			]);
		});
	});
});
