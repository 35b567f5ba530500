import { describe, expect, it } from 'vitest';
import { nip, withWarehouse, type Cell, type Warehouse } from '../helpers/warehouse.js';

const SB = ['DI_ATAS', 'DI_ATAS'] as const;
const B = ['SESUAI', 'SESUAI'] as const;

const annual = (i: number, year: number, [hasil, perilaku]: readonly [string, string]) => ({
	nip: nip(i),
	tahun: year,
	periode: 'TAHUNAN',
	rating_hasil_kerja: hasil,
	rating_perilaku: perilaku
});

/** Three Mondays to Wednesdays of March: present, or three unexcused days (PP 94/2021 ringan). */
const march = (i: number, year: number, status: string): Record<string, Cell>[] =>
	[4, 5, 6].map((d) => ({
		nip: nip(i),
		tanggal: `${year}-03-${String(d + (year === 2023 ? 2 : 0)).padStart(2, '0')}`,
		status
	}));

async function load(w: Warehouse): Promise<void> {
	await w.insert(
		'raw_roster',
		[1, 2, 3, 4, 5].map((i) => ({
			nip: nip(i),
			nama: `Pegawai ${i}`,
			unit_kerja: 'DPMPTSP',
			jabatan: 'Analis Perizinan',
			as_of: '2024-12-31'
		}))
	);
	await w.insert('raw_appraisal', [
		annual(1, 2023, SB),
		annual(1, 2024, SB),
		// Sangat Baik twice, but three unexcused days in 2024 reach a PP 94/2021 risk band.
		annual(2, 2023, SB),
		annual(2, 2024, SB),
		// Not consecutive.
		annual(3, 2022, SB),
		annual(3, 2023, B),
		annual(3, 2024, SB),
		// Three years in a row, attendance never recorded.
		annual(4, 2022, SB),
		annual(4, 2023, SB),
		annual(4, 2024, SB),
		annual(5, 2023, SB),
		annual(5, 2024, SB)
	]);
	await w.insert('raw_attendance', [
		...march(1, 2023, 'HADIR'),
		...march(1, 2024, 'HADIR'),
		...march(2, 2023, 'HADIR'),
		...march(2, 2024, 'TANPA_KETERANGAN')
	]);
	await w.insert('raw_sanctions', [
		{ nip: nip(5), tingkat: 'RINGAN', jenis_hukuman: 'Teguran lisan', tanggal_sk: '2024-03-04' }
	]);
}

describe('agg_award_candidates', () => {
	it('lists runs of Sangat Baik years without a PP 94/2021 risk band', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			expect(
				await w.rows(
					`select year, right(nip, 1) as who, nama, agency_code, first_year, consecutive_years,
						years_with_attendance, discipline_checked, n_sanctions_in_run
					from agg_award_candidates order by nip, year`
				)
			).toEqual([
				{
					year: 2024,
					who: '1',
					nama: 'Pegawai 1',
					agency_code: 'DPMPTSP',
					first_year: 2023,
					consecutive_years: 2,
					years_with_attendance: 2,
					discipline_checked: true,
					n_sanctions_in_run: 0
				},
				{
					year: 2023,
					who: '4',
					nama: 'Pegawai 4',
					agency_code: 'DPMPTSP',
					first_year: 2022,
					consecutive_years: 2,
					years_with_attendance: 0,
					discipline_checked: false,
					n_sanctions_in_run: 0
				},
				{
					year: 2024,
					who: '4',
					nama: 'Pegawai 4',
					agency_code: 'DPMPTSP',
					first_year: 2022,
					consecutive_years: 3,
					years_with_attendance: 0,
					discipline_checked: false,
					n_sanctions_in_run: 0
				},
				{
					year: 2024,
					who: '5',
					nama: 'Pegawai 5',
					agency_code: 'DPMPTSP',
					first_year: 2023,
					consecutive_years: 2,
					years_with_attendance: 0,
					discipline_checked: false,
					n_sanctions_in_run: 1
				}
			]);
		});
	});

	it('takes the number of years from the seed', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.db.run(
				`update ref_loop_parameters set value = '3' where parameter = 'award_candidate_min_years'`
			);
			await w.build();
			expect(
				await w.rows(`select year, right(nip, 1) as who from agg_award_candidates order by nip`)
			).toEqual([{ year: 2024, who: '4' }]);
		});
	});
});
