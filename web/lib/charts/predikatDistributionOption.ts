import type { EChartsCoreOption } from 'echarts/core';
import { formatPercent, t, type Lang } from '../i18n/index.js';
import { agencyDrill } from './drill.js';
import { CONTAIN_LABELS } from './layout.js';
import { PREDIKAT_COLOURS } from './palette.js';
import { drawable, PREDIKATS, type PredikatCounts } from './predikat.js';

export interface DistributionOptions {
	lang: Lang;
}

/** One agency bar: its shares per predikat (best first), what the chart draws and the CSV holds. */
export interface DistributionBar {
	agency_code: string;
	agency_name: string;
	n_appraised: number;
	shares: number[];
	share_baik_or_better: number;
}

/** One drawable row as a bar: its shares of each predikat, best first. */
export function distributionBar(row: PredikatCounts): DistributionBar {
	const n = row.n_appraised ?? 0;
	return {
		agency_code: row.agency_code,
		agency_name: row.agency_name ?? row.agency_code,
		n_appraised: n,
		shares: PREDIKATS.map((p) => (row[p.column] ?? 0) / n),
		share_baik_or_better: row.share_baik_or_better ?? 0
	};
}

/** The agencies that are drawn (not the city, not suppressed), best share Baik or better on top. */
export function distributionBars(rows: readonly PredikatCounts[]): DistributionBar[] {
	return drawable(rows)
		.filter((row) => row.agency_code !== 'ALL')
		.map(distributionBar)
		.sort(
			(a, b) =>
				b.share_baik_or_better - a.share_baik_or_better ||
				a.agency_code.localeCompare(b.agency_code)
		);
}

/** Horizontal 100 % stacked bars of the predikat shares per agency for one year. */
export function predikatDistributionOption(
	rows: readonly PredikatCounts[],
	opts: DistributionOptions
): EChartsCoreOption {
	// ECharts draws the first category at the bottom; reverse so the best agency is on top.
	const bars = distributionBars(rows).reverse();
	const percent = (value: unknown) =>
		typeof value === 'number' ? formatPercent(opts.lang, value) : '–';
	return {
		color: [...PREDIKAT_COLOURS],
		grid: { left: 8, right: 24, top: 56, bottom: 24, ...CONTAIN_LABELS },
		legend: { top: 0, type: 'scroll' },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percent },
		xAxis: {
			type: 'value',
			min: 0,
			max: 1,
			axisLabel: { formatter: (value: number) => formatPercent(opts.lang, value, 0) }
		},
		yAxis: { type: 'category', data: bars.map((bar) => bar.agency_code) },
		series: PREDIKATS.map((p, i) => ({
			type: 'bar',
			stack: 'predikat',
			name: t(opts.lang, p.label),
			data: bars.map((bar) => ({
				value: bar.shares[i] ?? 0,
				drill: agencyDrill(bar.agency_code)
			}))
		}))
	};
}
