import { describe, expect, it } from 'vitest';
import { nip, withWarehouse, type Cell } from '../helpers/warehouse.js';

const assessed = (
	employee: string,
	kompetensi: string,
	level: number,
	extra: Record<string, Cell> = {}
): Record<string, Cell> => ({
	nip: employee,
	kompetensi,
	level_capaian: level,
	tanggal_asesmen: '2024-06-10',
	...extra
});

describe('agg_competency_gap', () => {
	it('compares the latest assessed level with the standard of the current position', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_roster', [
				{
					nip: nip(1),
					nama: 'A',
					unit_kerja: 'DINKES',
					jenis_jabatan: 'PELAKSANA',
					as_of: '2022-12-31'
				},
				// Promoted: the current position (Pengawas, level 2) sets the standard.
				{
					nip: nip(1),
					nama: 'A',
					unit_kerja: 'DINKES',
					jenis_jabatan: 'PENGAWAS',
					as_of: '2024-12-31'
				}
			]);
			await w.insert('raw_competency', [
				assessed(nip(1), 'M.01', 3, { tanggal_asesmen: '2022-03-01' }),
				assessed(nip(1), 'M.01', 1),
				assessed(nip(1), 'M.07', 3),
				assessed(nip(1), 'SK.01', 2),
				// Technical competencies have no city-wide standard; the export may state one.
				assessed(nip(1), 'T.01', 2),
				assessed(nip(1), 'T.02', 2, { level_standar: 3 })
			]);
			await w.build();
			expect(
				await w.rows(
					`select competency_code, agency_code, position_level, level_required, required_source, level_assessed, gap,
						below_standard, jpm_pct, jpm_category
					from agg_competency_gap order by competency_code`
				)
			).toEqual([
				// JPM = (1 + 3 + 2 + 2) / (2 + 2 + 2 + 3) = 8 / 9.
				{
					competency_code: 'M.01',
					agency_code: 'DINKES',
					position_level: 'PENGAWAS',
					level_required: 2,
					required_source: 'standard',
					level_assessed: 1,
					gap: 1,
					below_standard: true,
					jpm_pct: 88.89,
					jpm_category: 'MS'
				},
				{
					competency_code: 'M.07',
					agency_code: 'DINKES',
					position_level: 'PENGAWAS',
					level_required: 2,
					required_source: 'standard',
					level_assessed: 3,
					gap: -1,
					below_standard: false,
					jpm_pct: 88.89,
					jpm_category: 'MS'
				},
				{
					competency_code: 'SK.01',
					agency_code: 'DINKES',
					position_level: 'PENGAWAS',
					level_required: 2,
					required_source: 'standard',
					level_assessed: 2,
					gap: 0,
					below_standard: false,
					jpm_pct: 88.89,
					jpm_category: 'MS'
				},
				{
					competency_code: 'T.01',
					agency_code: 'DINKES',
					position_level: 'PENGAWAS',
					level_required: null,
					required_source: null,
					level_assessed: 2,
					gap: null,
					below_standard: null,
					jpm_pct: 88.89,
					jpm_category: 'MS'
				},
				{
					competency_code: 'T.02',
					agency_code: 'DINKES',
					position_level: 'PENGAWAS',
					level_required: 3,
					required_source: 'export',
					level_assessed: 2,
					gap: 1,
					below_standard: true,
					jpm_pct: 88.89,
					jpm_category: 'MS'
				}
			]);
		});
	});

	it.each([
		// Σ capaian / Σ standar over competencies required at level 5 (domain.md §4).
		[[4, 4, 4, 4, 4], 80, 'MS'],
		[[4, 4, 4, 4, 3], 76, 'MMS'],
		[[4, 4, 3, 3, 3], 68, 'MMS'],
		[[4, 3, 3, 3, 3], 64, 'KMS']
	])('a JPM from levels %j is %d percent → %s', async (levels, pct, category) => {
		await withWarehouse(async (w) => {
			await w.insert(
				'raw_competency',
				levels.map((level, i) => assessed(nip(1), `M.0${i + 1}`, level, { level_standar: 5 }))
			);
			await w.build();
			expect(
				await w.rows(
					`select jpm_pct, jpm_category, n_below_standard from agg_competency_jpm_employee`
				)
			).toEqual([{ jpm_pct: pct, jpm_category: category, n_below_standard: 5 }]);
		});
	});

	it('puts a JPM just under 80 % in Masih Memenuhi Syarat', async () => {
		await withWarehouse(async (w) => {
			// 22 / 28 = 78.57 %.
			await w.insert(
				'raw_competency',
				[4, 4, 3, 3, 3, 3, 2].map((level, i) =>
					assessed(nip(1), `M.0${i + 1}`, level, { level_standar: 4 })
				)
			);
			await w.build();
			expect(
				await w.rows(`select jpm_pct, jpm_category_label from agg_competency_jpm_employee`)
			).toEqual([{ jpm_pct: 78.57, jpm_category_label: 'Masih Memenuhi Syarat' }]);
		});
	});
});

describe('agg_competency_gap_agency', () => {
	it('gives assessed counts, mean gap and share below standard per agency and for the city', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_roster', [
				{ nip: nip(1), nama: 'A', unit_kerja: 'DINKES', as_of: '2024-12-31' },
				{ nip: nip(2), nama: 'B', unit_kerja: 'DINKES', as_of: '2024-12-31' },
				{ nip: nip(3), nama: 'C', unit_kerja: 'DISHUB', as_of: '2024-12-31' }
			]);
			await w.insert('raw_competency', [
				assessed(nip(1), 'M.01', 2, { level_standar: 3 }),
				assessed(nip(2), 'M.01', 3, { level_standar: 3 }),
				assessed(nip(3), 'M.01', 1, { level_standar: 3 })
			]);
			await w.build();
			expect(
				await w.rows(
					`select agency_code, competency_code, competency_name, n_assessed, mean_gap, share_below_standard, small_cell
					from agg_competency_gap_agency order by agency_code`
				)
			).toEqual([
				{
					agency_code: 'ALL',
					competency_code: 'M.01',
					competency_name: 'Integritas',
					n_assessed: 3,
					mean_gap: 1,
					share_below_standard: 2 / 3,
					small_cell: true
				},
				{
					agency_code: 'DINKES',
					competency_code: 'M.01',
					competency_name: 'Integritas',
					n_assessed: 2,
					mean_gap: 0.5,
					share_below_standard: 0.5,
					small_cell: true
				},
				{
					agency_code: 'DISHUB',
					competency_code: 'M.01',
					competency_name: 'Integritas',
					n_assessed: 1,
					mean_gap: 2,
					share_below_standard: 1,
					small_cell: true
				}
			]);
		});
	});
});

describe('agg_training_targets', () => {
	it('lists active employees below 20 JP with a competency gap, largest gap first', async () => {
		await withWarehouse(async (w) => {
			const onRoster = (i: number, agency: string, asOf = '2024-12-31') => ({
				nip: nip(i),
				nama: `P${i}`,
				unit_kerja: agency,
				as_of: asOf
			});
			await w.insert('raw_roster', [
				onRoster(1, 'DINKES'),
				onRoster(2, 'DINKES'),
				onRoster(3, 'DISHUB'),
				onRoster(4, 'DISHUB'),
				onRoster(5, 'DISHUB'),
				// Left before the latest snapshot: not a target any more.
				onRoster(6, 'DINKES', '2023-12-31')
			]);
			const standard = { level_standar: 4 };
			await w.insert('raw_competency', [
				assessed(nip(1), 'M.01', 2, standard),
				assessed(nip(1), 'M.02', 3, standard),
				assessed(nip(2), 'M.01', 3, standard),
				assessed(nip(3), 'M.01', 1, standard),
				assessed(nip(4), 'M.01', 4, standard),
				assessed(nip(5), 'M.03', 2, standard),
				assessed(nip(6), 'M.01', 1, standard)
			]);
			const course = (i: number, jp: number) => ({
				nip: nip(i),
				nama_pelatihan: 'Diklat',
				jp,
				tanggal_mulai: '2024-03-04',
				tanggal_selesai: '2024-03-06',
				status: 'SELESAI'
			});
			// nip 3 has the largest gap but already 25 JP; nip 4 has no gap.
			await w.insert('raw_training', [course(1, 5), course(3, 25), course(5, 10)]);
			await w.build();
			expect(
				await w.rows(
					`select rank, agency_rank, year, nip, agency_code, jp_total, jp_shortfall, competency_code, gap, total_gap
					from agg_training_targets order by rank`
				)
			).toEqual([
				{
					rank: 1,
					agency_rank: 1,
					year: 2024,
					nip: nip(1),
					agency_code: 'DINKES',
					jp_total: 5,
					jp_shortfall: 15,
					competency_code: 'M.01',
					gap: 2,
					total_gap: 3
				},
				{
					rank: 2,
					agency_rank: 1,
					year: 2024,
					nip: nip(5),
					agency_code: 'DISHUB',
					jp_total: 10,
					jp_shortfall: 10,
					competency_code: 'M.03',
					gap: 2,
					total_gap: 2
				},
				{
					rank: 3,
					agency_rank: 2,
					year: 2024,
					nip: nip(2),
					agency_code: 'DINKES',
					jp_total: 0,
					jp_shortfall: 20,
					competency_code: 'M.01',
					gap: 1,
					total_gap: 1
				}
			]);
		});
	});
});
