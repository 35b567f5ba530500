import type { EChartsCoreOption } from 'echarts/core';
import { formatPercent, t, type Lang } from '../i18n/index.js';
import { YEAR_AXIS_EVENTS } from './drill.js';
import { CONTAIN_LABELS } from './layout.js';
import { OKABE_ITO } from './palette.js';
import { drawable, type PredikatCounts } from './predikat.js';

export interface TrendOptions {
	lang: Lang;
	/** The first year of a new appraisal scheme (e.g. 2022, PermenPANRB 6/2022), marked on the axis. */
	schemeChangeYear?: number | null;
}

/** One point of the trend: what the line draws and what its CSV holds. */
export interface TrendPoint {
	year: number;
	share_baik_or_better: number;
	n_appraised: number;
}

/** The city rows (`agency_code = 'ALL'`) that the trend draws, one per year, oldest first. */
export function trendPoints(rows: readonly PredikatCounts[]): TrendPoint[] {
	return drawable(rows)
		.filter((row) => row.agency_code === 'ALL' && row.share_baik_or_better !== null)
		.map((row) => ({
			year: row.year,
			share_baik_or_better: row.share_baik_or_better ?? 0,
			n_appraised: row.n_appraised ?? 0
		}))
		.sort((a, b) => a.year - b.year);
}

/** Line of the city's share Baik or better per year, with the scheme change marked. */
export function predikatTrendOption(
	rows: readonly PredikatCounts[],
	opts: TrendOptions
): EChartsCoreOption {
	const points = trendPoints(rows);
	const years = points.map((point) => String(point.year));
	const change = opts.schemeChangeYear;
	const marked = change !== null && change !== undefined && years.includes(String(change));
	return {
		color: [OKABE_ITO.blue],
		grid: { left: 48, right: 24, top: 32, bottom: 32, ...CONTAIN_LABELS },
		tooltip: {
			trigger: 'axis',
			valueFormatter: (value: unknown) =>
				typeof value === 'number' ? formatPercent(opts.lang, value) : '–'
		},
		xAxis: { type: 'category', data: years, boundaryGap: false, ...YEAR_AXIS_EVENTS },
		yAxis: {
			type: 'value',
			min: 0,
			max: 1,
			axisLabel: { formatter: (value: number) => formatPercent(opts.lang, value, 0) }
		},
		series: [
			{
				type: 'line',
				name: t(opts.lang, 'trend.series'),
				// Each point carries its year, so a click opens that year (drill.ts).
				data: points.map((point) => ({
					value: point.share_baik_or_better,
					drill: { year: point.year }
				})),
				symbolSize: 8,
				label: {
					show: true,
					position: 'top',
					formatter: (p: { value: number }) => formatPercent(opts.lang, p.value)
				},
				markLine: marked
					? {
							symbol: 'none',
							lineStyle: { color: OKABE_ITO.vermillion, type: 'dashed' },
							label: { formatter: t(opts.lang, 'trend.scheme', { year: change }) },
							data: [{ xAxis: String(change) }]
						}
					: undefined
			}
		]
	};
}
