import { describe, expect, it } from 'vitest';
import { nip, withWarehouse, type Cell, type Warehouse } from '../helpers/warehouse.js';

// DINKES: employees 1–5 (a publishable group); DISHUB: employees 6–7 (under the small-cell minimum).
const agencyOf = (i: number) => (i <= 5 ? 'DINKES' : 'DISHUB');

const dialogue = (i: number, tanggal: string, extra: Record<string, Cell> = {}) => ({
	nip: nip(i),
	tanggal,
	tahun: 2024,
	...extra
});

const course = (i: number, title: string, start: string, status = 'SELESAI') => ({
	nip: nip(i),
	nama_pelatihan: title,
	jp: 12,
	tanggal_mulai: start,
	tanggal_selesai: start,
	status
});

async function loadLoop(w: Warehouse): Promise<void> {
	await w.insert(
		'raw_roster',
		[1, 2, 3, 4, 5, 6, 7].map((i) => ({
			nip: nip(i),
			nama: `P${i}`,
			unit_kerja: agencyOf(i),
			as_of: '2024-12-31'
		}))
	);
	await w.insert(
		'raw_appraisal',
		[1, 2, 3, 4, 5, 6, 7].map((i) => ({
			nip: nip(i),
			tahun: 2024,
			periode: 'TAHUNAN',
			rating_hasil_kerja: 'SESUAI',
			rating_perilaku: 'SESUAI',
			// Employee 5's dialogues are only counted by e-Kinerja (jumlah umpan balik), not recorded.
			jumlah_umpan_balik: i === 5 ? 2 : null
		}))
	);
	await w.insert('raw_feedback', [
		// Followed: a course mapped to M.07 starts seven months later.
		dialogue(1, '2024-02-12', {
			periode: 'TW1',
			rencana_pengembangan: 'Ya',
			kompetensi: 'M.07 Mengelola Perubahan'
		}),
		// Not followed: the only course is in another competency (T.07 records, not T.03 procurement).
		dialogue(2, '2024-03-05', { rencana_pengembangan: 'Ya', kompetensi: 'T.03' }),
		// Not followed: the Komunikasi (M.03) course starts one day after the 12-month window.
		dialogue(3, '2024-05-06', { rencana_pengembangan: 'Ya', kompetensi: 'Komunikasi' }),
		// The TW2 evaluation held in July: the export's period wins over the date's quarter.
		dialogue(4, '2024-07-01', { periode: 'TW2', rencana_pengembangan: 'Tidak' }),
		// A plan that names no competency: counted as a plan, never as followed or not.
		dialogue(6, '2024-11-04', { rencana_pengembangan: 'Ya', kompetensi: 'Coaching oleh atasan' }),
		// Its window runs past the last training date the warehouse holds: pending.
		dialogue(7, '2024-12-02', { rencana_pengembangan: 'Ya', kompetensi: 'M.05 Pelayanan Publik' })
	]);
	await w.insert('raw_training', [
		course(1, 'Pelatihan Manajemen Perubahan', '2024-09-02'),
		course(2, 'Pelatihan Pengelolaan Arsip Dinamis', '2024-06-03'),
		course(2, 'Pelatihan Pengadaan Barang/Jasa Tingkat Dasar', '2024-08-05', 'TIDAK_HADIR'),
		course(3, 'Pelatihan Komunikasi Efektif', '2025-05-07')
	]);
}

const COLUMNS = `agency_code, n_appraised, n_with_dialogue, share_dialogue, n_with_plan, share_plan,
	n_plans_named, n_plans_resolved, n_plans_followed, share_plans_followed, n_plans_pending, small_cell`;

describe('int_performance_dialogues_followed', () => {
	it('reads the competency a plan names and checks the course that follows within 12 months', async () => {
		await withWarehouse(async (w) => {
			await loadLoop(w);
			await w.build();
			expect(
				await w.rows(
					`select right(nip, 1) as who, period, has_development_plan, plan_competency_code,
						followed, followed_by, window_end, window_closed
					from int_performance_dialogues_followed order by nip`
				)
			).toEqual([
				{
					who: '1',
					period: 'TW1',
					has_development_plan: true,
					plan_competency_code: 'M.07',
					followed: true,
					followed_by: 'Pelatihan Manajemen Perubahan',
					window_end: '2025-02-12',
					window_closed: true
				},
				{
					who: '2',
					period: 'TW1',
					has_development_plan: true,
					plan_competency_code: 'T.03',
					followed: false,
					followed_by: null,
					window_end: '2025-03-05',
					window_closed: true
				},
				{
					who: '3',
					period: 'TW2',
					has_development_plan: true,
					plan_competency_code: 'M.03',
					followed: false,
					followed_by: null,
					window_end: '2025-05-06',
					window_closed: true
				},
				{
					who: '4',
					period: 'TW2',
					has_development_plan: false,
					plan_competency_code: null,
					followed: false,
					followed_by: null,
					window_end: '2025-07-01',
					window_closed: false
				},
				{
					who: '6',
					period: 'TW4',
					has_development_plan: true,
					plan_competency_code: null,
					followed: false,
					followed_by: null,
					window_end: '2025-11-04',
					window_closed: false
				},
				{
					who: '7',
					period: 'TW4',
					has_development_plan: true,
					plan_competency_code: 'M.05',
					followed: false,
					followed_by: null,
					window_end: '2025-12-02',
					window_closed: false
				}
			]);
		});
	});

	it('counts a course on the last day of the window as followed', async () => {
		await withWarehouse(async (w) => {
			await loadLoop(w);
			await w.insert('raw_training', [course(3, 'Pelatihan Komunikasi Efektif', '2025-05-06')]);
			await w.build();
			expect(
				await w.rows(
					`select followed, followed_on from int_performance_dialogues_followed where nip = '${nip(3)}'`
				)
			).toEqual([{ followed: true, followed_on: '2025-05-06' }]);
		});
	});
});

describe('agg_feedback_coverage_agency_period', () => {
	it('gives the whole-year shares per agency and for the city', async () => {
		await withWarehouse(async (w) => {
			await loadLoop(w);
			await w.build();
			expect(
				await w.rows(
					`select ${COLUMNS} from agg_feedback_coverage_agency_period
					where year = 2024 and period = 'TAHUNAN' order by agency_code`
				)
			).toEqual([
				{
					agency_code: 'ALL',
					n_appraised: 7,
					n_with_dialogue: 7,
					share_dialogue: 1,
					n_with_plan: 5,
					share_plan: 5 / 7,
					n_plans_named: 4,
					n_plans_resolved: 3,
					n_plans_followed: 1,
					share_plans_followed: 1 / 3,
					n_plans_pending: 1,
					small_cell: false
				},
				{
					agency_code: 'DINKES',
					n_appraised: 5,
					n_with_dialogue: 5,
					share_dialogue: 1,
					n_with_plan: 3,
					share_plan: 0.6,
					n_plans_named: 3,
					n_plans_resolved: 3,
					n_plans_followed: 1,
					share_plans_followed: 1 / 3,
					n_plans_pending: 0,
					small_cell: false
				},
				{
					agency_code: 'DISHUB',
					n_appraised: 2,
					n_with_dialogue: 2,
					share_dialogue: 1,
					n_with_plan: 2,
					share_plan: 1,
					n_plans_named: 1,
					n_plans_resolved: 0,
					n_plans_followed: 0,
					share_plans_followed: null,
					n_plans_pending: 1,
					small_cell: true
				}
			]);
		});
	});

	it('counts each quarter apart, without the export-only dialogue count', async () => {
		await withWarehouse(async (w) => {
			await loadLoop(w);
			await w.build();
			expect(
				await w.rows(
					`select period, n_appraised, n_with_dialogue, n_with_plan, n_plans_named, n_plans_followed
					from agg_feedback_coverage_agency_period
					where year = 2024 and agency_code = 'DINKES' and period <> 'TAHUNAN' order by period`
				)
			).toEqual([
				{
					period: 'TW1',
					n_appraised: 5,
					n_with_dialogue: 2,
					n_with_plan: 2,
					n_plans_named: 2,
					n_plans_followed: 1
				},
				{
					period: 'TW2',
					n_appraised: 5,
					n_with_dialogue: 2,
					n_with_plan: 1,
					n_plans_named: 1,
					n_plans_followed: 0
				},
				{
					period: 'TW3',
					n_appraised: 5,
					n_with_dialogue: 0,
					n_with_plan: 0,
					n_plans_named: 0,
					n_plans_followed: 0
				},
				{
					period: 'TW4',
					n_appraised: 5,
					n_with_dialogue: 0,
					n_with_plan: 0,
					n_plans_named: 0,
					n_plans_followed: 0
				}
			]);
		});
	});

	it('counts a competency named in two dialogues of a year as one plan, dated at the first', async () => {
		await withWarehouse(async (w) => {
			await loadLoop(w);
			// Named again in October: the September course is before this dialogue but within the first's window.
			await w.insert('raw_feedback', [
				dialogue(1, '2024-10-07', { rencana_pengembangan: 'Ya', kompetensi: 'M.07' })
			]);
			await w.build();
			expect(
				await w.rows(
					`select period, n_plans_named, n_plans_followed from agg_feedback_coverage_agency_period
					where year = 2024 and agency_code = 'DINKES' and period in ('TAHUNAN', 'TW4')
					order by period`
				)
			).toEqual([
				{ period: 'TAHUNAN', n_plans_named: 3, n_plans_followed: 1 },
				{ period: 'TW4', n_plans_named: 1, n_plans_followed: 0 }
			]);
		});
	});

	it('feeds the two feedback components of the change-readiness index', async () => {
		await withWarehouse(async (w) => {
			await loadLoop(w);
			await w.build();
			expect(
				await w.rows(
					`select agency_code, component, numerator, denominator, value
					from agg_change_readiness_components
					where year = 2024 and component in ('no_development_plan', 'plans_not_followed')
					order by component, agency_code`
				)
			).toEqual([
				{
					agency_code: 'DINKES',
					component: 'no_development_plan',
					numerator: 2,
					denominator: 5,
					value: 0.4
				},
				{
					agency_code: 'DISHUB',
					component: 'no_development_plan',
					numerator: 0,
					denominator: 2,
					value: 0
				},
				{
					agency_code: 'DINKES',
					component: 'plans_not_followed',
					numerator: 2,
					denominator: 3,
					value: 2 / 3
				},
				{
					agency_code: 'DISHUB',
					component: 'plans_not_followed',
					numerator: null,
					denominator: null,
					value: null
				}
			]);
			expect(
				await w.rows(
					`select agency_code, no_development_plan_numerator, plans_not_followed_denominator
					from agg_change_readiness_agency_year where year = 2024 order by agency_code`
				)
			).toEqual([
				{
					agency_code: 'DINKES',
					no_development_plan_numerator: 2,
					plans_not_followed_denominator: 3
				},
				{
					agency_code: 'DISHUB',
					no_development_plan_numerator: 0,
					plans_not_followed_denominator: null
				}
			]);
		});
	});
});
