import type { EChartsCoreOption } from 'echarts/core';
import { formatPercent, t, type Lang } from '../i18n/index.js';
import { agencyLabel } from './competencyGapOption.js';
import { CONTAIN_LABELS } from './layout.js';
import { PREDIKAT_COLOURS } from './palette.js';
import { drawable, PREDIKATS, type PredikatCounts } from './predikat.js';
import { distributionBar, type DistributionBar } from './predikatDistributionOption.js';

/** The agency's bar and the city's for one year, each only when it can be drawn (agency first). */
export function agencyDistributionBars(
	rows: readonly PredikatCounts[],
	agency: string,
	year: number
): DistributionBar[] {
	const of = (code: string) =>
		drawable(rows).find((row) => row.year === year && row.agency_code === code);
	return [of(agency), of('ALL')]
		.filter((row): row is PredikatCounts => row !== undefined)
		.map(distributionBar);
}

// A share under this is too thin a segment to hold its own label; the tooltip and table have it.
const LABEL_MIN = 0.08;

/**
 * Two horizontal 100 % stacked bars, the agency above the city, one segment per predikat (best
 * first); wide segments carry their share as text.
 */
export function agencyDistributionOption(
	bars: readonly DistributionBar[],
	opts: { lang: Lang }
): EChartsCoreOption {
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
		// Inverse: the agency (first) on top, the city below it as the yardstick.
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((bar) => agencyLabel(opts.lang, bar.agency_code))
		},
		series: PREDIKATS.map((p, i) => ({
			type: 'bar',
			stack: 'predikat',
			name: t(opts.lang, p.label),
			barMaxWidth: 48,
			data: bars.map((bar) => {
				const share = bar.shares[i] ?? 0;
				return { value: share, label: { show: share >= LABEL_MIN } };
			}),
			label: {
				// Dark text on a light box: readable over every colour and decal pattern.
				color: '#1b1f24',
				backgroundColor: 'rgba(255, 255, 255, 0.85)',
				padding: [2, 4],
				borderRadius: 2,
				formatter: (item: { value: unknown }) => percent(item.value)
			}
		}))
	};
}
