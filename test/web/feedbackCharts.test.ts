import { describe, expect, it } from 'vitest';
import { candidatesTable, satyalancanaTable } from '../../web/lib/charts/awardTables.js';
import { drillOf } from '../../web/lib/charts/drill.js';
import { coverageCard, plansCard } from '../../web/lib/charts/feedbackCards.js';
import { coverageBars, type CoverageCounts } from '../../web/lib/charts/feedbackOption.js';
import {
	effectBars,
	effectCard,
	type EffectCounts
} from '../../web/lib/charts/trainingEffectOption.js';
import { toCsv } from '../../web/lib/csv.js';

const coverage = (
	agency_code: string,
	n: number | null,
	dialogue: number | null,
	plan: number | null,
	followed: number | null = null
): CoverageCounts => ({
	agency_code,
	agency_name: agency_code === 'ALL' ? 'Kota Bukittinggi' : `Dinas ${agency_code}`,
	n_appraised: n,
	n_with_dialogue: n === null || dialogue === null ? null : Math.round(n * dialogue),
	share_dialogue: dialogue,
	n_with_plan: n === null || plan === null ? null : Math.round(n * plan),
	share_plan: plan,
	n_plans_resolved: n === null ? null : 10,
	n_plans_followed: followed === null ? null : Math.round(10 * followed),
	share_plans_followed: followed,
	n_plans_pending: n === null ? null : 2,
	suppressed: n === null
});

const ROWS = [
	coverage('ALL', 100, 0.8, 0.5, 0.4),
	coverage('B', 40, 0.95, 0.7, 0.6),
	coverage('A', 50, 0.75, 0.4, 0.3),
	coverage('C', 10, 0.5, 0.2, null),
	coverage('D', null, null, null)
];

describe('coverageCard', () => {
	it('draws published agencies from the highest coverage, titled with the city and the lowest', () => {
		const card = coverageCard('id', ROWS, 2024);
		expect(card.bars.map((bar) => bar.agency_code)).toEqual(['B', 'A', 'C']);
		expect(card.title).toBe(
			'Dialog kinerja tercatat untuk 80,0% pegawai yang dinilai pada 2024; terendah di Dinas C (50,0%)'
		);
		expect(card.caption).toContain('3 OPD ditampilkan, 1 OPD disembunyikan');
		expect(toCsv(card.table).split('\r\n')[1]).toBe('B;Dinas B;40;38;0.95;28;0.7');
	});

	it('lets a click on a bar open the agency page, never for the city', () => {
		const option = coverageCard('en', ROWS, 2024).option as {
			series: { data: { drill?: unknown }[] }[];
		};
		const first = option.series[0]?.data[0];
		expect(drillOf({ componentType: 'series', data: first })).toEqual({ agency: 'B' });
		expect(coverageBars([coverage('ALL', 100, 0.8, 0.5)])).toEqual([]);
	});
});

describe('plansCard', () => {
	it('draws only agencies with a published follow-through share, the city as a line', () => {
		const card = plansCard('en', ROWS, 2023);
		expect(card.bars.map((bar) => [bar.agency_code, bar.share_plans_followed])).toEqual([
			['B', 0.6],
			['A', 0.3]
		]);
		expect(card.title).toBe(
			'40.0% of the 2023 development plans were followed by training in their competency within 12 months; lowest in Dinas A (30.0%)'
		);
		const series = (card.option as { series: { markLine?: { data: unknown[] } }[] }).series;
		expect(series[0]?.markLine?.data).toEqual([{ xAxis: 0.4 }]);
		expect(card.table.columns).toContain('n_menunggu');
	});
});

const effect = (
	label: string,
	n: number,
	shares: [number, number, number, number] | null
): EffectCounts => ({
	group_code: label.toLowerCase(),
	group_label: label,
	competency_code: 'M.03',
	n_participants: n,
	n_comparison: 20,
	participants_before_rated: n,
	participants_before_share_baik_plus: shares?.[0] ?? null,
	participants_after_rated: n,
	participants_after_share_baik_plus: shares?.[1] ?? null,
	comparison_before_rated: 20,
	comparison_before_share_baik_plus: shares?.[2] ?? null,
	comparison_after_rated: 20,
	comparison_after_share_baik_plus: shares?.[3] ?? null,
	participants_before_share_band: null,
	participants_after_share_band: null,
	comparison_before_share_band: 0.1,
	comparison_after_share_band: 0.05,
	small_n: n < 5
});

describe('effectCard', () => {
	const rows = [
		effect('Komunikasi', 30, [0.7, 0.8, 0.7, 0.72]),
		effect('Arsip', 12, [0.9, 0.85, 0.8, 0.8]),
		effect('Asesor', 3, null)
	];

	it('draws the change for participants beside the comparison, and says it is descriptive', () => {
		const card = effectCard('id', rows, 2024);
		expect(card.bars.map((bar) => bar.label)).toEqual(['Komunikasi', 'Arsip']);
		expect(card.bars[0]?.participants_change).toBeCloseTo(0.1, 9);
		expect(card.bars[0]?.comparison_change).toBeCloseTo(0.02, 9);
		expect(card.title).toContain('di 1 dari 2 program');
		expect(card.title).toContain('deskriptif, bukan sebab-akibat');
		expect(card.caption).toMatch(/^Deskriptif, bukan sebab-akibat/);
	});

	it('keeps a 3-participant programme out of the chart and the CSV, and names it with its counts', () => {
		const card = effectCard('en', rows, 2024);
		expect(card.small.map((row) => [row.group_label, row.n_participants])).toEqual([['Asesor', 3]]);
		expect(toCsv(card.table)).not.toContain('Asesor');
		expect(card.caption).toContain('1 programmes with fewer than 5 participants');
	});

	it('leaves a programme with a withheld share out of the chart even when it is not small', () => {
		expect(
			effectBars([effect('Sebagian', 8, [0.5, 0.6, 0.5, 0.5]), { ...effect('X', 9, null) }])
		).toHaveLength(1);
	});
});

describe('award tables', () => {
	it('put the NIP and the reason in both languages into the internal CSVs', () => {
		const satyalancana = satyalancanaTable([
			{
				year: 2025,
				nip: '198001012005011001',
				nama: 'Pegawai; Satu',
				agency_code: 'BKPSDM',
				agency_name: 'BKPSDM',
				tmt_cpns: '2005-01-01',
				tmt_source: 'nip',
				service_years: 20,
				award_class: 'SLKS_XX',
				milestone_this_year: null,
				next_milestone_date: '2035-01-01',
				awarded_year: null,
				sanction_level: 'SEDANG',
				sanction_decree_date: '2020-05-04',
				eligible: false,
				reason_code: 'sanction_moderate_heavy',
				reason_id: 'Pernah dijatuhi hukuman disiplin sedang atau berat',
				reason_en: 'Sentenced to a moderate or heavy penalty'
			}
		]);
		const csv = toCsv(satyalancana);
		expect(csv).toContain('198001012005011001;"Pegawai; Satu"');
		expect(csv).toContain('sanction_moderate_heavy;Pernah dijatuhi');
		const candidates = candidatesTable([
			{
				year: 2025,
				nip: '198001012005011002',
				nama: 'Pegawai Dua',
				agency_code: 'DINKES',
				agency_name: 'Dinas Kesehatan',
				jabatan: null,
				first_year: 2023,
				consecutive_years: 3,
				years_with_attendance: 2,
				discipline_checked: false,
				n_sanctions_in_run: 0
			}
		]);
		expect(candidates.rows[0]).toEqual([
			2025,
			'198001012005011002',
			'Pegawai Dua',
			'DINKES',
			'Dinas Kesehatan',
			'',
			2023,
			3,
			2,
			'tidak',
			0
		]);
	});
});
