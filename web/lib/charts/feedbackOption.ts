import type { EChartsCoreOption } from 'echarts/core';
import { formatPercent, t, type Lang } from '../i18n/index.js';
import { agencyDrill } from './drill.js';
import { CONTAIN_LABELS } from './layout.js';
import { OKABE_ITO } from './palette.js';

/** The coverage fields the charts need; the query rows (`FeedbackCoverageRow`) have this shape. */
export interface CoverageCounts {
	agency_code: string;
	agency_name: string | null;
	n_appraised: number | null;
	n_with_dialogue: number | null;
	share_dialogue: number | null;
	n_with_plan: number | null;
	share_plan: number | null;
	n_plans_resolved: number | null;
	n_plans_followed: number | null;
	share_plans_followed: number | null;
	n_plans_pending: number | null;
	suppressed: boolean;
}

/** One drawn agency of the coverage chart. */
export interface CoverageBar {
	agency_code: string;
	agency_name: string;
	n_appraised: number;
	n_with_dialogue: number;
	share_dialogue: number;
	n_with_plan: number;
	share_plan: number;
}

/** One drawn agency of the follow-through chart: only plans whose 12-month window has ended. */
export interface PlanBar {
	agency_code: string;
	agency_name: string;
	n_plans_resolved: number;
	n_plans_followed: number;
	share_plans_followed: number;
	n_plans_pending: number;
}

const byShare =
	<T extends { agency_code: string }>(share: (row: T) => number) =>
	(a: T, b: T) =>
		share(b) - share(a) || a.agency_code.localeCompare(b.agency_code);

/** Published agencies (never the city row), highest dialogue coverage first. */
export function coverageBars(rows: readonly CoverageCounts[]): CoverageBar[] {
	return rows
		.filter((row) => row.agency_code !== 'ALL' && !row.suppressed && row.share_dialogue !== null)
		.map((row) => ({
			agency_code: row.agency_code,
			agency_name: row.agency_name ?? row.agency_code,
			n_appraised: row.n_appraised ?? 0,
			n_with_dialogue: row.n_with_dialogue ?? 0,
			share_dialogue: row.share_dialogue ?? 0,
			n_with_plan: row.n_with_plan ?? 0,
			share_plan: row.share_plan ?? 0
		}))
		.sort(byShare((bar) => bar.share_dialogue));
}

/** Agencies with a published follow-through share, highest first. */
export function planBars(rows: readonly CoverageCounts[]): PlanBar[] {
	return rows
		.filter(
			(row) => row.agency_code !== 'ALL' && !row.suppressed && row.share_plans_followed !== null
		)
		.map((row) => ({
			agency_code: row.agency_code,
			agency_name: row.agency_name ?? row.agency_code,
			n_plans_resolved: row.n_plans_resolved ?? 0,
			n_plans_followed: row.n_plans_followed ?? 0,
			share_plans_followed: row.share_plans_followed ?? 0,
			n_plans_pending: row.n_plans_pending ?? 0
		}))
		.sort(byShare((bar) => bar.share_plans_followed));
}

const percentOf = (lang: Lang) => (value: unknown) =>
	typeof value === 'number' ? formatPercent(lang, value) : '–';

const shareAxis = (lang: Lang) => ({
	type: 'value',
	min: 0,
	max: 1,
	axisLabel: { formatter: (value: number) => formatPercent(lang, value, 0) }
});

/**
 * Horizontal bars per agency: the share of appraised employees with a recorded dialogue and the
 * share with a development plan, on one 0–100 % axis; every bar carries its value and a click opens
 * the agency's page.
 */
export function feedbackCoverageOption(
	rows: readonly CoverageCounts[],
	opts: { lang: Lang }
): EChartsCoreOption {
	const bars = coverageBars(rows);
	const percent = percentOf(opts.lang);
	const label = {
		show: true,
		position: 'right',
		fontSize: 10,
		formatter: (p: { value: unknown }) => percent(p.value)
	};
	return {
		color: [OKABE_ITO.blue, OKABE_ITO.orange],
		// Room for the legend on two lines: at phone width the two series names wrap.
		grid: { left: 8, right: 48, top: 56, bottom: 16, ...CONTAIN_LABELS },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percent },
		xAxis: shareAxis(opts.lang),
		// Inverse: the highest coverage on top.
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((bar) => bar.agency_code),
			axisLabel: { interval: 0 }
		},
		series: [
			{
				type: 'bar',
				name: t(opts.lang, 'loop.series.dialogue'),
				data: bars.map((bar) => ({
					value: bar.share_dialogue,
					drill: agencyDrill(bar.agency_code)
				})),
				label
			},
			{
				type: 'bar',
				name: t(opts.lang, 'loop.series.plan'),
				data: bars.map((bar) => ({ value: bar.share_plan, drill: agencyDrill(bar.agency_code) })),
				label
			}
		]
	};
}

/**
 * Horizontal bars of the share of resolved development plans followed by a course in their
 * competency within 12 months, per agency, with the city's share as a line.
 */
export function plansFollowedOption(
	rows: readonly CoverageCounts[],
	opts: { lang: Lang; city: number | null }
): EChartsCoreOption {
	const bars = planBars(rows);
	const percent = percentOf(opts.lang);
	return {
		color: [OKABE_ITO.green],
		grid: { left: 8, right: 48, top: 24, bottom: 16, ...CONTAIN_LABELS },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percent },
		xAxis: shareAxis(opts.lang),
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((bar) => bar.agency_code),
			axisLabel: { interval: 0 }
		},
		series: [
			{
				type: 'bar',
				name: t(opts.lang, 'loop.plans.series'),
				data: bars.map((bar) => ({
					value: bar.share_plans_followed,
					drill: agencyDrill(bar.agency_code)
				})),
				label: {
					show: true,
					position: 'right',
					fontSize: 10,
					formatter: (p: { value: unknown }) => percent(p.value)
				},
				...(opts.city === null
					? {}
					: {
							markLine: {
								symbol: 'none',
								silent: true,
								lineStyle: { color: OKABE_ITO.black, type: 'dashed', width: 1.5 },
								label: {
									formatter: t(opts.lang, 'loop.plans.city', { share: percent(opts.city) }),
									position: 'start'
								},
								data: [{ xAxis: opts.city }]
							}
						})
			}
		]
	};
}
