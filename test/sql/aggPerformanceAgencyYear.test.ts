import { describe, expect, it } from 'vitest';
import { nip, withWarehouse, type Cell } from '../helpers/warehouse.js';

type Predikat = 'SB' | 'B' | 'BP' | 'K' | 'SK';

// Ratings that give each predikat through the PermenPANRB 6/2022 matrix (domain.md §1).
const RATINGS: Record<Predikat, [string, string]> = {
	SB: ['DI_ATAS', 'DI_ATAS'],
	B: ['SESUAI', 'SESUAI'],
	BP: ['DI_BAWAH', 'SESUAI'],
	K: ['SESUAI', 'DI_BAWAH'],
	SK: ['DI_BAWAH', 'DI_BAWAH']
};

let next = 1;
/** Annual appraisals of one agency with the given numbers of each predikat. */
function staff(
	agency: string,
	year: number,
	counts: Partial<Record<Predikat, number>>
): Record<string, Cell>[] {
	return Object.entries(counts).flatMap(([predikat, n]) =>
		Array.from({ length: n }, () => {
			const [hasil, perilaku] = RATINGS[predikat as Predikat];
			return {
				nip: nip(next++),
				tahun: year,
				periode: 'TAHUNAN',
				rating_hasil_kerja: hasil,
				rating_perilaku: perilaku,
				unit_kerja: agency
			};
		})
	);
}

// SE MenPANRB 3/2023 curve (domain.md §1): one agency within it and one outside it per organisation rating.
const CURVES: [string, string, Partial<Record<Predikat, number>>, boolean, string | null][] = [
	['SETDA', 'ISTIMEWA', { SB: 7, B: 3 }, true, null],
	['SETWAN', 'ISTIMEWA', { SB: 8, B: 2 }, false, 'Sangat Baik > 70%'],
	['INSP', 'BAIK', { B: 7, SB: 2, BP: 1 }, true, null],
	[
		'BAPPELITBANGDA',
		'BAIK',
		{ B: 10 },
		false,
		'Baik > 70%; no Butuh Perbaikan or Kurang/Misconduct'
	],
	['BKPSDM', 'BUTUH_PERBAIKAN', { BP: 6, SB: 1, B: 3 }, true, null],
	[
		'KESBANGPOL',
		'BUTUH_PERBAIKAN',
		{ BP: 5, SB: 2, B: 3 },
		false,
		'Butuh Perbaikan < 60%; Sangat Baik > 10%'
	],
	['BKEU', 'KURANG', { K: 6, BP: 1, SB: 1, B: 2 }, true, null],
	['BPBD', 'KURANG', { K: 6, SB: 2, B: 2 }, false, 'Butuh Perbaikan < 10%; Sangat Baik > 10%'],
	['DISDIKBUD', 'SANGAT_KURANG', { SK: 6, K: 1, B: 3 }, true, null],
	[
		'DINKES',
		'SANGAT_KURANG',
		{ SK: 6, B: 3, SB: 1 },
		false,
		'Kurang/Misconduct + Butuh Perbaikan < 10%; Sangat Baik present'
	]
];

describe('agg_performance_agency_year', () => {
	it('counts annual predikat per agency and for the whole city', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_appraisal', [
				...staff('DINKES', 2023, { SB: 1, B: 2, BP: 1, K: 1, SK: 1 }),
				...staff('DISHUB', 2023, { B: 3 }),
				// Periodic appraisals stay out of the annual distribution.
				...staff('DISHUB', 2023, { SK: 2 }).map((row) => ({ ...row, periode: 'TW1' }))
			]);
			await w.build();
			expect(
				await w.rows(
					`select year, agency_code, agency_name, n_appraised, n_sangat_baik, n_baik, n_butuh_perbaikan, n_kurang,
						n_sangat_kurang, share_baik_or_better, org_predikat, curve_ok, curve_violations, small_cell
					from agg_performance_agency_year order by agency_code`
				)
			).toEqual([
				{
					year: 2023,
					agency_code: 'ALL',
					agency_name: 'Kota Bukittinggi',
					n_appraised: 9,
					n_sangat_baik: 1,
					n_baik: 5,
					n_butuh_perbaikan: 1,
					n_kurang: 1,
					n_sangat_kurang: 1,
					share_baik_or_better: 6 / 9,
					org_predikat: null,
					curve_ok: null,
					curve_violations: null,
					small_cell: false
				},
				{
					year: 2023,
					agency_code: 'DINKES',
					agency_name: 'Dinas Kesehatan',
					n_appraised: 6,
					n_sangat_baik: 1,
					n_baik: 2,
					n_butuh_perbaikan: 1,
					n_kurang: 1,
					n_sangat_kurang: 1,
					share_baik_or_better: 0.5,
					org_predikat: null,
					curve_ok: null,
					curve_violations: null,
					small_cell: false
				},
				{
					year: 2023,
					agency_code: 'DISHUB',
					agency_name: 'Dinas Perhubungan',
					n_appraised: 3,
					n_sangat_baik: 0,
					n_baik: 3,
					n_butuh_perbaikan: 0,
					n_kurang: 0,
					n_sangat_kurang: 0,
					share_baik_or_better: 1,
					org_predikat: null,
					curve_ok: null,
					curve_violations: null,
					small_cell: true
				}
			]);
		});
	});

	it('checks each agency against the curve of its organisation predikat', async () => {
		await withWarehouse(async (w) => {
			await w.insert(
				'raw_appraisal',
				CURVES.flatMap(([agency, , counts]) => staff(agency, 2024, counts))
			);
			await w.insert(
				'raw_org_rating',
				CURVES.map(([agency, org]) => ({
					unit_kerja: agency,
					tahun: 2024,
					predikat_organisasi: org
				}))
			);
			await w.build();
			const rows = await w.rows(
				`select agency_code, org_predikat, curve_ok, curve_violations from agg_performance_agency_year
				where agency_code <> 'ALL' order by agency_code`
			);
			const expected = CURVES.map(([agency, org, , ok, violations]) => ({
				agency_code: agency,
				org_predikat: org,
				curve_ok: ok,
				curve_violations: violations
			})).sort((a, b) => a.agency_code.localeCompare(b.agency_code));
			expect(rows).toEqual(expected);
		});
	});
});
