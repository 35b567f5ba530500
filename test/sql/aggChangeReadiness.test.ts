import { describe, expect, it } from 'vitest';
import { nip, withWarehouse, type Cell, type Warehouse } from '../helpers/warehouse.js';

// Three agencies of two employees each (employees 1–2 DINKES, 3–4 DISHUB, 5–6 SETDA), both years.
const AGENCIES = ['DINKES', 'DISHUB', 'SETDA'] as const;
const agencyOf = (i: number) => AGENCIES[Math.floor((i - 1) / 2)] as string;

async function loadCity(w: Warehouse): Promise<void> {
	await w.setParameter('small_cell_minimum', '2');
	await w.insert(
		'raw_roster',
		[2023, 2024].flatMap((year) =>
			[1, 2, 3, 4, 5, 6].map((i) => ({
				nip: nip(i),
				nama: `P${i}`,
				unit_kerja: agencyOf(i),
				as_of: `${year}-12-31`
			}))
		)
	);
	const annual = (
		i: number,
		hasil: string,
		perilaku: string,
		extra: Record<string, Cell> = {}
	) => ({
		nip: nip(i),
		tahun: 2024,
		periode: 'TAHUNAN',
		rating_hasil_kerja: hasil,
		rating_perilaku: perilaku,
		...extra
	});
	await w.insert('raw_appraisal', [
		annual(1, 'SESUAI', 'DI_BAWAH', { tanggal_diajukan: '2025-01-05' }),
		// Employee 2 has no annual SKP for 2024.
		annual(3, 'SESUAI', 'SESUAI', { tanggal_diajukan: '2025-01-08', jumlah_umpan_balik: 2 }),
		annual(4, 'SESUAI', 'SESUAI', { tanggal_diajukan: '2025-01-10' }),
		annual(5, 'DI_ATAS', 'DI_ATAS', { tanggal_diajukan: '2025-01-20' }),
		annual(6, 'SESUAI', 'DI_BAWAH', { tanggal_diajukan: '2025-02-01' })
	]);
	// The dialogue agrees a plan; its 12-month window is still open when the training data ends.
	await w.insert('raw_feedback', [
		{
			nip: nip(1),
			tanggal: '2024-06-03',
			tahun: 2024,
			rencana_pengembangan: 'Ya',
			kompetensi: 'M.03 Komunikasi'
		}
	]);
	const course = (i: number, year: number, jp: number) => ({
		nip: nip(i),
		nama_pelatihan: `Diklat ${year}`,
		jp,
		tanggal_mulai: `${year}-05-06`,
		tanggal_selesai: `${year}-05-08`,
		status: 'SELESAI'
	});
	await w.insert('raw_training', [
		course(3, 2023, 20),
		course(4, 2023, 20),
		course(5, 2023, 20),
		course(1, 2024, 20),
		course(5, 2024, 25),
		course(6, 2024, 25)
	]);
	// Four working days before the 2024-01-02 system change and four after, with the lapses given.
	const days = (i: number, dates: string[], lapses: number) =>
		dates.map((tanggal, k) => ({
			nip: nip(i),
			tanggal,
			status: 'HADIR',
			terlambat_menit: k < lapses ? 10 : 0,
			pulang_awal_menit: 0
		}));
	const before = ['2023-03-06', '2023-03-07', '2023-03-08', '2023-03-09'];
	const after = ['2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07'];
	await w.insert('raw_attendance', [
		...days(1, before, 1),
		...days(1, after, 2),
		...days(3, before, 0),
		...days(3, after, 0),
		...days(5, before, 2),
		...days(5, after, 1)
	]);
}

// Worked by hand: value per agency (DINKES, DISHUB, SETDA) and z against the city (population sd).
// A component with no value anywhere (plans_not_followed: every plan still pending) has empty lists.
const S6 = Math.sqrt(1 / 6);
const EXPECTED: Record<
	string,
	{ num: (number | null)[]; den: (number | null)[]; value: number[]; z: number[] }
> = {
	skp_late_or_missing: {
		num: [1, 0, 2],
		den: [2, 2, 2],
		value: [0.5, 0, 1],
		z: [0, -0.5 / S6, 0.5 / S6]
	},
	no_dialogue: {
		num: [1, 1, 2],
		den: [2, 2, 2],
		value: [0.5, 0.5, 1],
		z: [-Math.SQRT1_2, -Math.SQRT1_2, Math.SQRT2]
	},
	below_20jp: { num: [1, 2, 0], den: [2, 2, 2], value: [0.5, 1, 0], z: [0, 0.5 / S6, -0.5 / S6] },
	below_20jp_trend: {
		num: [1, 2, 0],
		den: [2, 2, 2],
		value: [-0.5, 1, -0.5],
		z: [-Math.SQRT1_2, Math.SQRT2, -Math.SQRT1_2]
	},
	attendance_after_change: {
		num: [2, 0, 1],
		den: [4, 4, 4],
		value: [0.25, 0, -0.25],
		z: [0.25 / Math.sqrt(0.125 / 3), 0, -0.25 / Math.sqrt(0.125 / 3)]
	},
	behaviour_below: {
		num: [1, 0, 1],
		den: [1, 2, 2],
		value: [1, 0, 0.5],
		z: [0.5 / S6, -0.5 / S6, 0]
	},
	distribution_inflation: {
		num: [0, 2, 0],
		den: [2, 2, 2],
		value: [0, 1, 0],
		z: [-Math.SQRT1_2, Math.SQRT2, -Math.SQRT1_2]
	},
	// Appraised without a plan: DINKES 0 of 1 (employee 1 agreed one), DISHUB 2 of 2, SETDA 2 of 2.
	no_development_plan: {
		num: [0, 2, 2],
		den: [1, 2, 2],
		value: [0, 1, 1],
		z: [-Math.SQRT2, Math.SQRT1_2, Math.SQRT1_2]
	},
	plans_not_followed: { num: [null, null, null], den: [null, null, null], value: [], z: [] }
};
const WEIGHTS: Record<string, number> = {
	skp_late_or_missing: 1,
	no_dialogue: 1,
	below_20jp: 1,
	below_20jp_trend: 0.5,
	attendance_after_change: 1,
	behaviour_below: 1,
	distribution_inflation: 1,
	no_development_plan: 0.5,
	plans_not_followed: 0.5
};

describe('agg_change_readiness_components', () => {
	it('computes every component with its numerator, denominator and z-score against the city', async () => {
		await withWarehouse(async (w) => {
			await loadCity(w);
			await w.build();
			const rows = await w.rows<{
				agency_code: string;
				component: string;
				numerator: number;
				denominator: number;
				value: number;
				z: number;
			}>(
				`select agency_code, component, numerator, denominator, value, z
				from agg_change_readiness_components where year = 2024 order by component, agency_code`
			);
			expect(rows).toHaveLength(27);
			for (const row of rows) {
				const expected = EXPECTED[row.component];
				const k = AGENCIES.indexOf(row.agency_code as (typeof AGENCIES)[number]);
				expect(expected, row.component).toBeDefined();
				expect([row.component, row.agency_code, row.numerator, row.denominator]).toEqual([
					row.component,
					row.agency_code,
					expected?.num[k],
					expected?.den[k]
				]);
				if (expected?.value.length === 0) {
					expect([row.value, row.z], row.component).toEqual([null, null]);
					continue;
				}
				expect(row.value, `${row.component} ${row.agency_code}`).toBeCloseTo(
					expected?.value[k] ?? NaN,
					9
				);
				expect(row.z, `${row.component} ${row.agency_code} z`).toBeCloseTo(
					expected?.z[k] ?? NaN,
					9
				);
			}
		});
	});

	it('leaves a component without data empty instead of zero', async () => {
		await withWarehouse(async (w) => {
			await loadCity(w);
			await w.build();
			// 2023: no annual appraisals, dialogues or earlier training year, and before the system change.
			const rows = await w.rows(
				`select component, count(value)::integer as n from agg_change_readiness_components
				where year = 2023 group by component order by component`
			);
			expect(rows).toEqual([
				{ component: 'attendance_after_change', n: 0 },
				{ component: 'behaviour_below', n: 0 },
				{ component: 'below_20jp', n: 3 },
				{ component: 'below_20jp_trend', n: 0 },
				{ component: 'distribution_inflation', n: 0 },
				{ component: 'no_development_plan', n: 0 },
				{ component: 'no_dialogue', n: 0 },
				{ component: 'plans_not_followed', n: 0 },
				{ component: 'skp_late_or_missing', n: 0 }
			]);
		});
	});
});

describe('agg_change_readiness_agency_year', () => {
	it('combines the z-scores with the weights of the config seed and ranks the agencies', async () => {
		await withWarehouse(async (w) => {
			await loadCity(w);
			await w.build();
			const rows = await w.rows<Record<string, number | string | boolean | null>>(
				`select * from agg_change_readiness_agency_year where year = 2024 order by agency_code`
			);
			// Only components with a z-score take part; their weights make the denominator.
			const present = Object.keys(EXPECTED).filter((c) => (EXPECTED[c]?.z.length ?? 0) > 0);
			const total = present.reduce((sum, c) => sum + (WEIGHTS[c] ?? 0), 0);
			const index = AGENCIES.map(
				(_, k) =>
					Object.entries(EXPECTED).reduce(
						(sum, [c, e]) => sum + (WEIGHTS[c] ?? 0) * (e.z[k] ?? 0),
						0
					) / total
			);
			expect(rows.map((r) => r.agency_code)).toEqual([...AGENCIES]);
			rows.forEach((row, k) => {
				expect(row.resistance_index as number).toBeCloseTo(index[k] ?? NaN, 9);
				expect(row.n_components).toBe(present.length);
				expect(row.small_cell).toBe(false);
			});
			// Rank 1 = the highest index, from the hand-computed values.
			const ranks = index.map((x) => index.filter((y) => y > x).length + 1);
			expect(ranks).toEqual([2, 1, 3]);
			expect(rows.map((r) => r.index_rank)).toEqual(ranks);
			expect(rows[0]).toMatchObject({
				skp_late_or_missing_numerator: 1,
				skp_late_or_missing_denominator: 2,
				attendance_after_change_baseline_numerator: 1,
				attendance_after_change_baseline_denominator: 4,
				below_20jp_trend_baseline_numerator: 2,
				below_20jp_trend_baseline_denominator: 2,
				system_change_date: '2024-01-02',
				inflation_org_predikat: 'BAIK (assumed)'
			});
		});
	});

	it('gives no z-score or index to an agency below the small-cell minimum', async () => {
		await withWarehouse(async (w) => {
			await loadCity(w);
			await w.setParameter('small_cell_minimum', '3');
			await w.build();
			const rows = await w.rows(
				`select agency_code, small_cell, skp_late_or_missing_value, skp_late_or_missing_z, resistance_index
				from agg_change_readiness_agency_year where year = 2024 order by agency_code`
			);
			expect(rows).toEqual(
				AGENCIES.map((agency, k) => ({
					agency_code: agency,
					small_cell: true,
					skp_late_or_missing_value: EXPECTED.skp_late_or_missing?.value[k],
					skp_late_or_missing_z: null,
					resistance_index: null
				}))
			);
		});
	});
});
