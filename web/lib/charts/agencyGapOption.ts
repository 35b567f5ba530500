import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, t, type Lang } from '../i18n/index.js';
import { gapGrid, type GapCounts } from './competencyGapOption.js';
import { formatTick } from './formatTick.js';
import { CONTAIN_LABELS } from './layout.js';
import { OKABE_ITO } from './palette.js';

/** One competency of the agency, with the city's mean gap beside it (null when not drawn). */
export interface AgencyGapBar {
	competency_code: string;
	competency_name: string;
	n_assessed: number;
	mean_gap: number;
	share_below_standard: number | null;
	city_gap: number | null;
}

/**
 * The agency's drawable heatmap row (the same cells the Kompetensi heatmap draws), largest gap
 * first, each with the city's cell; from heatmap rows of every agency and `'ALL'`.
 */
export function agencyGapBars(rows: readonly GapCounts[], agency: string): AgencyGapBar[] {
	const grid = gapGrid(rows);
	const city = new Map(
		grid.cells
			.filter((cell) => cell.agency_code === 'ALL')
			.map((cell) => [cell.competency_code, cell.mean_gap])
	);
	return grid.cells
		.filter((cell) => cell.agency_code === agency)
		.map((cell) => ({
			competency_code: cell.competency_code,
			competency_name: cell.competency_name,
			n_assessed: cell.n_assessed,
			mean_gap: cell.mean_gap,
			share_below_standard: cell.share_below_standard,
			city_gap: city.get(cell.competency_code) ?? null
		}))
		.sort((a, b) => b.mean_gap - a.mean_gap || a.competency_code.localeCompare(b.competency_code));
}

/**
 * Grouped horizontal bars of the mean gap (standard − assessed level) per competency: the agency
 * (labelled) and the city. Positive = below standard; decals tell the two series apart.
 */
export function agencyGapOption(
	bars: readonly AgencyGapBar[],
	opts: { lang: Lang; agencyName: string }
): EChartsCoreOption {
	const gap = (value: unknown) =>
		typeof value === 'number' ? formatNumber(opts.lang, value, 2) : '–';
	return {
		color: [OKABE_ITO.blue, OKABE_ITO.skyBlue],
		grid: { left: 8, right: 40, top: 40, bottom: 40, ...CONTAIN_LABELS },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: gap },
		xAxis: {
			type: 'value',
			name: t(opts.lang, 'opd.gap.axis'),
			nameLocation: 'middle',
			nameGap: 28,
			splitNumber: 4,
			axisLabel: { formatter: (value: number) => formatTick(opts.lang, value) }
		},
		// Inverse: the largest gap on top. Long names wrap rather than squeeze the bars.
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((bar) => bar.competency_name),
			axisLabel: { interval: 0, width: 120, overflow: 'break', lineHeight: 14 }
		},
		series: [
			{
				type: 'bar',
				name: opts.agencyName,
				// The value sits at the bar's outer end: left of a bar below zero.
				data: bars.map((bar) => ({
					value: bar.mean_gap,
					label: { position: bar.mean_gap < 0 ? 'left' : 'right' }
				})),
				label: { show: true, formatter: (p: { value: unknown }) => gap(p.value) }
			},
			{
				type: 'bar',
				name: t(opts.lang, 'opd.city'),
				data: bars.map((bar) => bar.city_gap)
			}
		]
	};
}
