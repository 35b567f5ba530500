import type { EChartsCoreOption } from 'echarts/core';
import { formatPercent, t, type Lang } from '../i18n/index.js';
import { YEAR_AXIS_EVENTS } from './drill.js';
import { CONTAIN_LABELS } from './layout.js';
import { OKABE_ITO } from './palette.js';
import { drawable, type PredikatCounts } from './predikat.js';

/** One year of the agency-against-city trend; a side under the small-cell minimum is null. */
export interface AgencyTrendPoint {
	year: number;
	agency_share: number | null;
	agency_n: number | null;
	city_share: number | null;
	city_n: number | null;
}

/**
 * The years either the agency or the city can be drawn, oldest first, from predikat rows of every
 * agency (as `predikatDistribution` gives them, with the `'ALL'` city rows).
 */
export function agencyTrendPoints(
	rows: readonly PredikatCounts[],
	agency: string
): AgencyTrendPoint[] {
	const shown = drawable(rows).filter((row) => row.share_baik_or_better !== null);
	const side = (code: string) =>
		new Map(shown.filter((r) => r.agency_code === code).map((r) => [r.year, r]));
	const own = side(agency);
	const city = side('ALL');
	const years = [...new Set([...own.keys(), ...city.keys()])].sort((a, b) => a - b);
	return years.map((year) => ({
		year,
		agency_share: own.get(year)?.share_baik_or_better ?? null,
		agency_n: own.get(year)?.n_appraised ?? null,
		city_share: city.get(year)?.share_baik_or_better ?? null,
		city_n: city.get(year)?.n_appraised ?? null
	}));
}

export interface AgencyTrendOptions {
	lang: Lang;
	/** The agency's name as the legend shows it. */
	agencyName: string;
	/** The first year of the newest appraisal scheme, marked on the axis when it is drawn. */
	schemeChangeYear?: number | null;
}

/**
 * Two lines of the share Baik or better per year: the agency (solid, circles, labelled) and the
 * city (dashed, triangles), so line style and marker tell them apart without colour. Every point
 * carries its year, so a click opens that year.
 */
export function agencyTrendOption(
	points: readonly AgencyTrendPoint[],
	opts: AgencyTrendOptions
): EChartsCoreOption {
	const years = points.map((point) => String(point.year));
	const change = opts.schemeChangeYear;
	const marked = change !== null && change !== undefined && years.includes(String(change));
	const percent = (value: unknown) =>
		typeof value === 'number' ? formatPercent(opts.lang, value) : '–';
	const line = (pick: (point: AgencyTrendPoint) => number | null) =>
		points.map((point) => ({ value: pick(point), drill: { year: point.year } }));
	return {
		color: [OKABE_ITO.blue, OKABE_ITO.black],
		grid: { left: 48, right: 24, top: 48, bottom: 32, ...CONTAIN_LABELS },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', valueFormatter: percent },
		// Padded ends, so the first point's label clears the value axis.
		xAxis: { type: 'category', data: years, boundaryGap: true, ...YEAR_AXIS_EVENTS },
		yAxis: {
			type: 'value',
			min: 0,
			max: 1,
			axisLabel: { formatter: (value: number) => formatPercent(opts.lang, value, 0) }
		},
		series: [
			{
				type: 'line',
				name: opts.agencyName,
				data: line((point) => point.agency_share),
				symbol: 'circle',
				symbolSize: 9,
				lineStyle: { width: 3 },
				label: {
					show: true,
					position: 'top',
					formatter: (p: { value: unknown }) => percent(p.value)
				},
				markLine: marked
					? {
							symbol: 'none',
							silent: true,
							lineStyle: { color: OKABE_ITO.vermillion, type: 'dashed' },
							label: { formatter: t(opts.lang, 'trend.scheme', { year: change }) },
							data: [{ xAxis: String(change) }]
						}
					: undefined
			},
			{
				type: 'line',
				name: t(opts.lang, 'opd.city'),
				data: line((point) => point.city_share),
				symbol: 'triangle',
				symbolSize: 9,
				lineStyle: { type: 'dashed', width: 2 }
			}
		]
	};
}
