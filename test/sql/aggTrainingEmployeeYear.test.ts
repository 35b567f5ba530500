import { describe, expect, it } from 'vitest';
import { nip, withWarehouse } from '../helpers/warehouse.js';

const training = (
	employee: string,
	title: string,
	extra: Record<string, string | number | null>
) => ({
	nip: employee,
	nama_pelatihan: title,
	tanggal_mulai: '2024-05-06',
	tanggal_selesai: '2024-05-08',
	status: 'SELESAI',
	...extra
});

describe('agg_training_employee_year', () => {
	it.each([
		[19, false],
		[20, true],
		[21, true]
	])('with %d JP in the year, meets_20_jp is %s', async (jp, meets) => {
		await withWarehouse(async (w) => {
			await w.insert('raw_training', [
				training(nip(1), 'Pelatihan A', { jp: jp - 8 }),
				training(nip(1), 'Pelatihan B', { jp: 8 })
			]);
			await w.build();
			expect(
				await w.rows(
					`select year, nip, jp_total, n_trainings, meets_20_jp from agg_training_employee_year`
				)
			).toEqual([{ year: 2024, nip: nip(1), jp_total: jp, n_trainings: 2, meets_20_jp: meets }]);
		});
	});

	it('converts a duration into JP at 45 minutes per JP when the record gives no JP', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_training', [
				// 900 minutes = 20 JP; 14 h 15 min = 855 minutes = 19 JP.
				training(nip(1), 'Menit', { durasi_menit: 900 }),
				training(nip(2), 'Jam', { durasi_jam: 14.25 }),
				// The stated JP wins over the duration.
				training(nip(3), 'Keduanya', { jp: 24, durasi_jam: 3 })
			]);
			await w.build();
			expect(
				await w.rows(
					`select nip, jp_total, meets_20_jp, jp_from_duration from agg_training_employee_year order by nip`
				)
			).toEqual([
				{ nip: nip(1), jp_total: 20, meets_20_jp: true, jp_from_duration: 20 },
				{ nip: nip(2), jp_total: 19, meets_20_jp: false, jp_from_duration: 19 },
				{ nip: nip(3), jp_total: 24, meets_20_jp: true, jp_from_duration: 0 }
			]);
		});
	});

	it('counts completed trainings only and keeps active employees with no JP at zero', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_roster', [
				{ nip: nip(1), nama: 'A', unit_kerja: 'DINKES', as_of: '2024-12-31' },
				{ nip: nip(2), nama: 'B', unit_kerja: 'DISHUB', as_of: '2024-12-31' },
				{ nip: nip(2), nama: 'B', unit_kerja: 'DISHUB', as_of: '2023-12-31' }
			]);
			await w.insert('raw_training', [
				training(nip(1), 'Selesai', { jp: 12 }),
				training(nip(1), 'Terdaftar', { jp: 30, status: 'TERDAFTAR' }),
				training(nip(1), 'Tidak hadir', { jp: 30, status: 'TIDAK_HADIR' }),
				// No status: a riwayat diklat lists finished trainings.
				training(nip(1), 'Tanpa status', { jp: 5, status: null })
			]);
			await w.build();
			// 2023 has no training record at all: no rows rather than everyone at zero.
			expect(
				await w.rows(
					`select year, nip, agency_code, jp_total, n_trainings, meets_20_jp from agg_training_employee_year order by nip`
				)
			).toEqual([
				{
					year: 2024,
					nip: nip(1),
					agency_code: 'DINKES',
					jp_total: 17,
					n_trainings: 2,
					meets_20_jp: false
				},
				{
					year: 2024,
					nip: nip(2),
					agency_code: 'DISHUB',
					jp_total: 0,
					n_trainings: 0,
					meets_20_jp: false
				}
			]);
		});
	});

	it('follows the JP minimum of the parameters seed', async () => {
		await withWarehouse(async (w) => {
			await w.setParameter('jp_minimum_per_year', '10');
			await w.insert('raw_training', [training(nip(1), 'A', { jp: 12 })]);
			await w.build();
			expect(await w.rows(`select meets_20_jp from agg_training_employee_year`)).toEqual([
				{ meets_20_jp: true }
			]);
		});
	});
});
