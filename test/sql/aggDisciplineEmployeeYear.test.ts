import { describe, expect, it } from 'vitest';
import { nip, withWarehouse, type Cell } from '../helpers/warehouse.js';

/** `n` working days from `from` (Monday–Friday, skipping the holidays named), as yyyy-mm-dd. */
function workdays(from: string, n: number, holidays: readonly string[] = []): string[] {
	const out: string[] = [];
	for (const d = new Date(`${from}T00:00:00Z`); out.length < n; d.setUTCDate(d.getUTCDate() + 1)) {
		const iso = d.toISOString().slice(0, 10);
		const weekday = d.getUTCDay();
		if (weekday !== 0 && weekday !== 6 && !holidays.includes(iso)) out.push(iso);
	}
	return out;
}

// 2023-07-24 onwards; 17 August and 28 September 2023 are national holidays (holidays.csv).
const SUMMER_2023 = workdays('2023-07-24', 80, ['2023-08-17', '2023-09-28']);

/** `unexcused` TK days, never two in a row (a present day between), so only the cumulative rule applies. */
function spreadAbsences(employee: string, unexcused: number): Record<string, Cell>[] {
	return SUMMER_2023.slice(0, 2 * unexcused - 1).map((tanggal, i) => ({
		nip: employee,
		tanggal,
		status: i % 2 === 0 ? 'TANPA_KETERANGAN' : 'HADIR'
	}));
}

// PP 94/2021 (domain.md §3): each band edge.
const BANDS: [number, string][] = [
	[2, 'none'],
	[3, 'ringan'],
	[4, 'ringan'],
	[6, 'ringan'],
	[7, 'ringan'],
	[10, 'ringan'],
	[11, 'sedang'],
	[13, 'sedang'],
	[14, 'sedang'],
	[16, 'sedang'],
	[17, 'sedang'],
	[20, 'sedang'],
	[21, 'berat'],
	[24, 'berat'],
	[25, 'berat'],
	[27, 'berat'],
	[28, 'berat']
];

describe('agg_discipline_employee_year', () => {
	it('puts cumulative unexcused days into the PP 94/2021 band at every edge', async () => {
		await withWarehouse(async (w) => {
			await w.insert(
				'raw_attendance',
				BANDS.flatMap(([days], i) => spreadAbsences(nip(i + 1), days))
			);
			await w.build();
			const rows = await w.rows(
				`select unexcused_days, workdays, days_present, max_consecutive_unexcused, pp94_level
				from agg_discipline_employee_year order by nip`
			);
			expect(rows).toEqual(
				BANDS.map(([days, level]) => ({
					unexcused_days: days,
					workdays: 2 * days - 1,
					days_present: days - 1,
					max_consecutive_unexcused: 1,
					pp94_level: level
				}))
			);
		});
	});

	it('rates 10 consecutive unexcused working days berat, 9 by the cumulative table', async () => {
		await withWarehouse(async (w) => {
			const run = (employee: string, n: number) =>
				SUMMER_2023.slice(0, n).map((tanggal) => ({
					nip: employee,
					tanggal,
					status: 'TANPA_KETERANGAN'
				}));
			// The run crosses 17 August, a holiday, which does not break it.
			await w.insert('raw_attendance', [...run(nip(1), 10), ...run(nip(2), 9)]);
			await w.build();
			expect(
				await w.rows(
					`select unexcused_days, max_consecutive_unexcused, pp94_level, pp94_reference_sanction
					from agg_discipline_employee_year order by nip`
				)
			).toEqual([
				{
					unexcused_days: 10,
					max_consecutive_unexcused: 10,
					pp94_level: 'berat',
					pp94_reference_sanction:
						'Pemberhentian dengan hormat tidak atas permintaan sendiri; gaji dihentikan mulai bulan berikutnya'
				},
				{
					unexcused_days: 9,
					max_consecutive_unexcused: 9,
					pp94_level: 'ringan',
					pp94_reference_sanction: 'Pernyataan tidak puas secara tertulis'
				}
			]);
		});
	});

	it('counts working days as Monday–Friday minus holidays and cuti bersama', async () => {
		await withWarehouse(async (w) => {
			// January 2023: 22 weekdays, minus Monday 23 January (cuti bersama Imlek).
			await w.insert('raw_attendance', [
				{ nip: nip(1), tanggal: '2023-01-02', status: 'HADIR' },
				{ nip: nip(1), tanggal: '2023-01-23', status: 'HADIR' },
				{ nip: nip(1), tanggal: '2023-01-31', status: 'HADIR' }
			]);
			await w.build();
			expect(
				await w.rows(
					`select workdays, days_present, unexcused_days from agg_discipline_employee_year`
				)
			).toEqual([{ workdays: 21, days_present: 2, unexcused_days: 0 }]);
		});
	});

	it('turns punches into days: first in, last out, night punches, repeated presses', async () => {
		await withWarehouse(async (w) => {
			const punch = (waktu: string) => ({ device: 'DISHUB', pin: '1001', nip: nip(1), waktu });
			await w.insert('raw_punches', [
				// Monday: a repeated press at the door, then out.
				punch('2023-03-06 07:40:05'),
				punch('2023-03-06 07:40:20'),
				punch('2023-03-06 16:05:00'),
				// Tuesday: in, then out after midnight — before 04:00 it closes Tuesday.
				punch('2023-03-07 07:20:00'),
				punch('2023-03-08 01:10:00'),
				// Thursday: two presses seconds apart and nothing else — a clock-in only.
				punch('2023-03-09 07:29:50'),
				punch('2023-03-09 07:30:10'),
				// Friday: one punch after mid-shift — a clock-out only.
				punch('2023-03-10 15:00:00'),
				// Saturday: present on a day off.
				punch('2023-03-11 09:00:00')
			]);
			await w.insert('raw_attendance', [
				// Wednesday has no punch of its own: the recap's TK stands.
				{ nip: nip(1), tanggal: '2023-03-08', status: 'TANPA_KETERANGAN' },
				// Friday has a punch: present, whatever the recap says.
				{ nip: nip(1), tanggal: '2023-03-10', status: 'TANPA_KETERANGAN' }
			]);
			await w.build();
			expect(
				await w.rows(
					`select work_date, n_punches, in_at, out_at from int_punch_days_collapsed order by work_date`
				)
			).toEqual([
				{
					work_date: '2023-03-06',
					n_punches: 3,
					in_at: '2023-03-06 07:40:05',
					out_at: '2023-03-06 16:05:00'
				},
				{
					work_date: '2023-03-07',
					n_punches: 2,
					in_at: '2023-03-07 07:20:00',
					out_at: '2023-03-08 01:10:00'
				},
				{ work_date: '2023-03-09', n_punches: 2, in_at: '2023-03-09 07:29:50', out_at: null },
				{ work_date: '2023-03-10', n_punches: 1, in_at: null, out_at: '2023-03-10 15:00:00' },
				{ work_date: '2023-03-11', n_punches: 1, in_at: '2023-03-11 09:00:00', out_at: null }
			]);
			expect(
				await w.rows(
					`select work_date, is_workday, is_present, is_unexcused, late_minutes, early_leave_minutes
					from int_attendance_days_unified order by work_date`
				)
			).toEqual([
				{
					work_date: '2023-03-06',
					is_workday: true,
					is_present: true,
					is_unexcused: false,
					late_minutes: 10,
					early_leave_minutes: 0
				},
				{
					work_date: '2023-03-07',
					is_workday: true,
					is_present: true,
					is_unexcused: false,
					late_minutes: 0,
					early_leave_minutes: 0
				},
				{
					work_date: '2023-03-08',
					is_workday: true,
					is_present: false,
					is_unexcused: true,
					late_minutes: null,
					early_leave_minutes: null
				},
				{
					work_date: '2023-03-09',
					is_workday: true,
					is_present: true,
					is_unexcused: false,
					late_minutes: 0,
					early_leave_minutes: null
				},
				{
					work_date: '2023-03-10',
					is_workday: true,
					is_present: true,
					is_unexcused: false,
					late_minutes: null,
					early_leave_minutes: 90
				},
				{
					work_date: '2023-03-11',
					is_workday: false,
					is_present: true,
					is_unexcused: false,
					late_minutes: null,
					early_leave_minutes: null
				}
			]);
			expect(
				await w.rows(
					`select year, workdays, days_present, unexcused_days, late_minutes, early_leave_minutes, pp94_level,
						days_present_offday
					from agg_discipline_employee_year`
				)
			).toEqual([
				{
					year: 2023,
					workdays: 5,
					days_present: 4,
					unexcused_days: 1,
					late_minutes: 10,
					early_leave_minutes: 90,
					pp94_level: 'none',
					days_present_offday: 1
				}
			]);
		});
	});

	it('takes late and early minutes from the export, else from the schedule (Friday and Ramadan hours)', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_attendance', [
				// Thursday 07:30–16:00, but the export states 5 minutes: the export wins.
				{
					nip: nip(1),
					tanggal: '2023-03-09',
					jam_masuk: '07:45',
					jam_pulang: '16:10',
					status: 'HADIR',
					terlambat_menit: 5,
					pulang_awal_menit: 0
				},
				// Friday 07:30–16:30.
				{
					nip: nip(1),
					tanggal: '2023-03-10',
					jam_masuk: '07:45',
					jam_pulang: '16:00',
					status: 'HADIR'
				},
				// Ramadan 2024, Wednesday 08:00–15:00.
				{
					nip: nip(1),
					tanggal: '2024-03-13',
					jam_masuk: '08:10',
					jam_pulang: '14:50',
					status: 'HADIR'
				},
				// 00:00:00 is "no scan" in the city system's export.
				{
					nip: nip(1),
					tanggal: '2024-03-14',
					jam_masuk: '00:00:00',
					jam_pulang: '15:00',
					status: 'HADIR'
				}
			]);
			await w.build();
			expect(
				await w.rows(
					`select work_date, late_minutes, early_leave_minutes from int_attendance_days_unified order by work_date`
				)
			).toEqual([
				{ work_date: '2023-03-09', late_minutes: 5, early_leave_minutes: 0 },
				{ work_date: '2023-03-10', late_minutes: 15, early_leave_minutes: 30 },
				{ work_date: '2024-03-13', late_minutes: 10, early_leave_minutes: 10 },
				{ work_date: '2024-03-14', late_minutes: null, early_leave_minutes: 0 }
			]);
		});
	});

	it('adds TL/PSW converted at 7.5 hours a day only when the parameters seed says so', async () => {
		for (const [setting, level] of [
			['false', 'none'],
			['true', 'ringan']
		] as const) {
			await withWarehouse(async (w) => {
				await w.setParameter('pp94_count_tl_psw', setting);
				await w.insert('raw_attendance', [
					...spreadAbsences(nip(1), 2),
					{
						nip: nip(1),
						tanggal: '2023-09-01',
						status: 'HADIR',
						terlambat_menit: 400,
						pulang_awal_menit: 50
					}
				]);
				await w.build();
				expect(
					await w.rows(
						`select unexcused_days, tl_psw_equivalent_days, pp94_counted_days, pp94_level
						from agg_discipline_employee_year`
					)
				).toEqual([
					{
						unexcused_days: 2,
						tl_psw_equivalent_days: 1,
						pp94_counted_days: setting === 'true' ? 3 : 2,
						pp94_level: level
					}
				]);
			});
		}
	});
});
