import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatPercent, t, type Lang } from '../i18n/index.js';
import { CONTAIN_LABELS } from './layout.js';
import { OKABE_ITO } from './palette.js';

/** The bucket fields a chart needs; the query rows (`JpBucket`) have this shape. */
export interface JpCounts {
	bucket_start: number;
	bucket_end: number | null;
	below_20jp: boolean;
	n_employees: number | null;
	share: number | null;
	suppressed: boolean;
}

/** One bar: its label (`0–4`, `≥ 40`), what the chart draws and what the CSV holds. */
export interface JpBar extends JpCounts {
	label: string;
}

export function jpBars(rows: readonly JpCounts[]): JpBar[] {
	return [...rows]
		.sort((a, b) => a.bucket_start - b.bucket_start)
		.map((row) => ({
			...row,
			label:
				row.bucket_end === null
					? `≥ ${row.bucket_start}`
					: `${row.bucket_start}–${row.bucket_end - 1}`
		}));
}

/**
 * Share of employees at or above 20 JP. Taken as 1 − the buckets below the line when those are all
 * published, else as the sum above it; null when a suppressed bucket sits on both sides.
 */
export function meets20Share(rows: readonly JpCounts[]): number | null {
	if (rows.length === 0 || rows.every((row) => row.suppressed)) return null;
	const below = rows.filter((row) => row.below_20jp);
	const above = rows.filter((row) => !row.below_20jp);
	const sum = (list: readonly JpCounts[]) => list.reduce((s, row) => s + (row.share ?? 0), 0);
	if (below.every((row) => !row.suppressed)) return 1 - sum(below);
	if (above.every((row) => !row.suppressed)) return sum(above);
	return null;
}

/**
 * Bars of employees per JP bucket; bars under 20 JP in vermillion and labelled with their count,
 * with a line at the 20 JP minimum between the last bucket below it and the first at or above.
 */
export function jpHistogramOption(
	rows: readonly JpCounts[],
	opts: { lang: Lang }
): EChartsCoreOption {
	const bars = jpBars(rows);
	const firstAbove = bars.findIndex((bar) => !bar.below_20jp);
	const count = (value: unknown) =>
		typeof value === 'number' ? formatNumber(opts.lang, value) : '–';
	return {
		grid: { left: 8, right: 24, top: 40, bottom: 40, ...CONTAIN_LABELS },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: { dataIndex: number }[]) => {
				const bar = bars[params[0]?.dataIndex ?? -1];
				if (!bar) return '';
				const share = bar.share === null ? '–' : formatPercent(opts.lang, bar.share);
				return `${bar.label} JP: ${count(bar.n_employees)} (${share})`;
			}
		},
		// A hidden value axis spanning the same bands (bucket i covers [i, i + 1]) places the 20 JP line
		// on the boundary between buckets; a category axis would put it mid-bar.
		xAxis: [
			{
				type: 'category',
				data: bars.map((bar) => bar.label),
				name: 'JP',
				nameLocation: 'middle',
				nameGap: 28
			},
			{ type: 'value', min: 0, max: bars.length, show: false }
		],
		yAxis: { type: 'value', name: t(opts.lang, 'jp.axis'), minInterval: 1 },
		series: [
			{
				type: 'bar',
				name: t(opts.lang, 'jp.axis'),
				data: bars.map((bar) => ({
					value: bar.suppressed ? null : bar.n_employees,
					itemStyle: { color: bar.below_20jp ? OKABE_ITO.vermillion : OKABE_ITO.blue }
				})),
				label: {
					show: true,
					position: 'top',
					formatter: (p: { value: unknown }) => count(p.value)
				}
			},
			{
				type: 'line',
				xAxisIndex: 1,
				data: [],
				markLine:
					firstAbove > 0
						? {
								symbol: 'none',
								silent: true,
								lineStyle: { color: OKABE_ITO.black, type: 'dashed', width: 2 },
								label: { formatter: t(opts.lang, 'jp.line'), position: 'end' },
								data: [{ xAxis: firstAbove }]
							}
						: undefined
			}
		]
	};
}
