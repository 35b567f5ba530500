import { describe, expect, it } from 'vitest';
import {
	awardCandidates,
	awardsGiven,
	satyalancanaList,
	satyalancanaSummary
} from '../../web/lib/server/queries/awards.js';
import {
	feedbackCoverage,
	feedbackCoverageByPeriod,
	latestResolvedPlanYear,
	reportFeedbackSummary,
	trainingEffect
} from '../../web/lib/server/queries/feedback.js';
import { QueryInputError } from '../../web/lib/server/queries/QueryInputError.js';
import { nip, withWarehouse, type Warehouse } from '../helpers/warehouse.js';

// DINKES: employees 1–5 (publishable); DISHUB: 6–7 (under the small-cell minimum of 5).
const PEOPLE = [1, 2, 3, 4, 5, 6, 7];
const agencyOf = (i: number) => (i <= 5 ? 'DINKES' : 'DISHUB');
const SB = { rating_hasil_kerja: 'DI_ATAS', rating_perilaku: 'DI_ATAS' };
const B = { rating_hasil_kerja: 'SESUAI', rating_perilaku: 'SESUAI' };

async function load(w: Warehouse): Promise<void> {
	await w.insert(
		'raw_roster',
		['2023-12-31', '2024-12-31'].flatMap((as_of) =>
			PEOPLE.map((i) => ({
				nip: nip(i),
				nama: `Pegawai ${i}`,
				unit_kerja: agencyOf(i),
				status_pegawai: 'PNS',
				jenis_jabatan: 'PELAKSANA',
				// Employee 1 completes 10 years on 1 March 2024; the others joined in 2020.
				tmt_cpns: i === 1 ? '2014-03-01' : '2020-01-02',
				as_of
			}))
		)
	);
	await w.insert('raw_appraisal', [
		...PEOPLE.map((i) => ({ nip: nip(i), tahun: 2023, periode: 'TAHUNAN', ...(i <= 2 ? SB : B) })),
		...PEOPLE.map((i) => ({ nip: nip(i), tahun: 2024, periode: 'TAHUNAN', ...(i <= 2 ? SB : B) }))
	]);
	await w.insert('raw_feedback', [
		{ nip: nip(1), tanggal: '2023-02-06', rencana_pengembangan: 'Ya', kompetensi: 'M.07' },
		{ nip: nip(2), tanggal: '2023-02-06', rencana_pengembangan: 'Ya', kompetensi: 'M.03' },
		{ nip: nip(3), tanggal: '2023-03-06', rencana_pengembangan: 'Ya', kompetensi: 'M.03' },
		{ nip: nip(4), tanggal: '2023-03-06', rencana_pengembangan: 'Ya', kompetensi: 'M.03' },
		{ nip: nip(5), tanggal: '2023-04-03', rencana_pengembangan: 'Ya', kompetensi: 'M.03' },
		{ nip: nip(6), tanggal: '2023-04-03', rencana_pengembangan: 'Tidak' },
		{ nip: nip(1), tanggal: '2024-02-05', rencana_pengembangan: 'Tidak' },
		{ nip: nip(6), tanggal: '2024-02-05', rencana_pengembangan: 'Tidak' }
	]);
	await w.insert(
		'raw_training',
		[1, 2, 3].map((i) => ({
			nip: nip(i),
			nama_pelatihan: 'Pelatihan Komunikasi Efektif',
			jp: 12,
			tanggal_mulai: '2023-09-04',
			tanggal_selesai: '2023-09-05',
			status: 'SELESAI'
		}))
	);
	await w.insert('raw_training', [
		{
			nip: nip(4),
			nama_pelatihan: 'Pelayanan Prima',
			jp: 8,
			tanggal_mulai: '2024-06-03',
			tanggal_selesai: '2024-06-03',
			status: 'SELESAI'
		}
	]);
	await w.insert('raw_awards', [
		{ nip: nip(2), jenis_penghargaan: 'Pegawai Teladan', tahun: 2024, nomor_keputusan: '800/1' }
	]);
}

async function rejects(p: Promise<unknown>, reason: 'invalid' | 'not_found'): Promise<void> {
	const error = await p.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(QueryInputError);
	expect((error as QueryInputError).reason).toBe(reason);
}

describe('feedbackCoverage', () => {
	it('puts the city first and suppresses an agency under the small-cell minimum', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			const rows = await feedbackCoverage(w.db, { year: 2023 });
			expect(rows.map((r) => [r.agency_code, r.suppressed])).toEqual([
				['ALL', false],
				['DINKES', false],
				['DISHUB', true]
			]);
			expect(rows[1]).toMatchObject({
				n_appraised: 5,
				n_with_dialogue: 5,
				share_dialogue: 1,
				n_with_plan: 5,
				share_plan: 1,
				n_plans_resolved: 5,
				n_plans_followed: 2,
				share_plans_followed: 0.4
			});
			expect(rows[2]).toMatchObject({
				n_appraised: null,
				share_dialogue: null,
				share_plans_followed: null
			});
			expect(rows[0]).toMatchObject({ n_appraised: 7, n_with_dialogue: 6, n_with_plan: 5 });
		});
	});

	it('withholds the follow-through share when fewer plans than the minimum have resolved', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.setParameter('small_cell_minimum', '6');
			await w.build();
			const [city] = await feedbackCoverage(w.db, { year: 2023 });
			expect(city).toMatchObject({
				n_appraised: 7,
				n_plans_resolved: 5,
				share_plans_followed: null
			});
			expect(await latestResolvedPlanYear(w.db, { year: 2024 })).toBeNull();
		});
	});

	it('answers per quarter, and names the latest year whose plans have resolved', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			const periods = await feedbackCoverageByPeriod(w.db, { year: 2023 });
			expect(periods.map((r) => [r.period, r.n_with_dialogue])).toEqual([
				['TAHUNAN', 6],
				['TW1', 4],
				['TW2', 2],
				['TW3', 0],
				['TW4', 0]
			]);
			// 2024 has no plans; 2023's windows (February–April 2024) end before the last training date.
			expect(await latestResolvedPlanYear(w.db, { year: 2024 })).toBe(2023);
		});
	});

	it('rejects an unknown period, agency or year with a message, and an injection as an agency', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			await rejects(feedbackCoverage(w.db, { year: 2023, period: 'TW5' }), 'invalid');
			await rejects(feedbackCoverage(w.db, { year: 2023, agency: 'XYZ' }), 'not_found');
			// A year outside the warehouse is a bad filter value (400), like a malformed one.
			await rejects(feedbackCoverage(w.db, { year: 1999 }), 'invalid');
			await rejects(
				feedbackCoverage(w.db, { year: 2023, agency: "DINKES' or '1'='1" }),
				'not_found'
			);
			expect(
				(await feedbackCoverage(w.db, { year: 2023, agency: 'DINKES' })).map((r) => r.agency_code)
			).toEqual(['DINKES']);
		});
	});
});

describe('trainingEffect', () => {
	it('gives counts but no shares for a programme of 3 participants', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			const rows = await trainingEffect(w.db, { year: 2023 });
			const course = rows.find((r) => r.group_label === 'Pelatihan Komunikasi Efektif');
			expect(course).toMatchObject({
				n_participants: 3,
				n_comparison: 2,
				small_n: true,
				participants_after_rated: 3,
				participants_after_share_baik_plus: null,
				comparison_after_share_baik_plus: null
			});
			await rejects(trainingEffect(w.db, { year: 2023, grouping: 'agency' }), 'invalid');
		});
	});

	it('shows a share once the programme and its own group reach the minimum', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.setParameter('small_cell_minimum', '3');
			await w.build();
			const [course] = await trainingEffect(w.db, { year: 2023, grouping: 'competency' });
			expect(course).toMatchObject({
				group_code: 'M.03',
				n_participants: 3,
				small_n: false,
				participants_after_share_baik_plus: 1,
				// Two comparison employees: under the minimum of 3, so withheld.
				comparison_after_rated: 2,
				comparison_after_share_baik_plus: null
			});
		});
	});
});

describe('award queries', () => {
	it('list award candidates and the Satyalancana cases by name, filtered by agency', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			const candidates = await awardCandidates(w.db, { year: 2024 });
			expect(candidates.map((r) => [r.nama, r.consecutive_years])).toEqual([
				['Pegawai 1', 2],
				['Pegawai 2', 2]
			]);
			expect(await awardCandidates(w.db, { year: 2024, agency: 'DISHUB' })).toEqual([]);
			const list = await satyalancanaList(w.db, { year: 2024 });
			expect(list.map((r) => [r.nama, r.reason_code, r.milestone_this_year])).toEqual([
				['Pegawai 1', 'eligible', 10]
			]);
			await rejects(satyalancanaList(w.db, { year: 2024, reason: 'bribery' }), 'invalid');
		});
	});

	it('count the Satyalancana reasons and the awards given without naming anyone', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			const summary = await satyalancanaSummary(w.db, { year: 2024 });
			expect(summary.find((r) => r.reason_code === 'eligible')?.n_employees).toBe(1);
			expect(summary.find((r) => r.reason_code === 'service_below_milestone')?.n_employees).toBe(6);
			expect((await satyalancanaSummary(w.db, { year: 2024, agency: 'DISHUB' }))[0]).toMatchObject({
				suppressed: true,
				n_employees: null
			});
			expect(await awardsGiven(w.db, { year: 2024 })).toMatchObject([
				{ award_label_id: 'Pegawai Teladan', n_awards: 1 }
			]);
		});
	});
});

describe('reportFeedbackSummary', () => {
	it('holds aggregates only, serialisable as JSON', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			const report = await reportFeedbackSummary(w.db, { year: 2024 });
			expect(report.city).toMatchObject({ agency_code: 'ALL', n_appraised: 7, n_with_dialogue: 2 });
			expect(report.plansYear).toBe(2023);
			expect(report.plans).toMatchObject({ year: 2023, n_plans_followed: 2 });
			expect(report.periods).toHaveLength(5);
			const json = JSON.stringify(report);
			expect(json).not.toMatch(/"nip"|"nama"|Pegawai \d/);
			for (const i of PEOPLE) expect(json).not.toContain(nip(i));
		});
	});
});
