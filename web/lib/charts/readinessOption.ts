import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, t, type Lang } from '../i18n/index.js';
import { agencyDrill } from './drill.js';
import { formatTick } from './formatTick.js';
import { CONTAIN_LABELS, symmetricEdge } from './layout.js';
import { OKABE_ITO } from './palette.js';

/** The index fields a chart needs; the query rows (`ChangeReadinessRow`) have this shape. */
export interface ReadinessCounts {
	agency_code: string;
	agency_name: string | null;
	n_employees: number | null;
	n_components: number | null;
	resistance_index: number | null;
	suppressed: boolean;
}

/** One drawn agency bar: its index, in z units against the city (the city is 0). */
export interface ReadinessBar {
	agency_code: string;
	agency_name: string;
	n_employees: number;
	n_components: number;
	resistance_index: number;
}

/**
 * The agencies that can be drawn, most resistant first. Agencies under the small-cell minimum have
 * no index and are left out, as the chart leaves them out.
 */
export function readinessBars(rows: readonly ReadinessCounts[]): ReadinessBar[] {
	return rows
		.filter((row) => !row.suppressed && row.resistance_index !== null)
		.map((row) => ({
			agency_code: row.agency_code,
			agency_name: row.agency_name ?? row.agency_code,
			n_employees: row.n_employees ?? 0,
			n_components: row.n_components ?? 0,
			resistance_index: row.resistance_index ?? 0
		}))
		.sort(
			(a, b) =>
				b.resistance_index - a.resistance_index || a.agency_code.localeCompare(b.agency_code)
		);
}

/** The index as written on the page: two decimals, signed so "above the city" reads without colour. */
export function formatIndex(lang: Lang, value: number): string {
	// Rounded first, so −0.004 reads 0,00 and not −0,00 (`|| 0` also turns −0 into 0).
	const rounded = Math.round(value * 100) / 100 || 0;
	const text = formatNumber(lang, rounded, 2);
	return rounded > 0 ? `+${text}` : text;
}

/**
 * Horizontal bars of the index per agency, sorted, with the city average as a line at 0. Above the
 * city (more resistant) is vermillion, below is blue; every bar carries its signed value as text.
 */
export function readinessOption(
	rows: readonly ReadinessCounts[],
	opts: { lang: Lang }
): EChartsCoreOption {
	const bars = readinessBars(rows);
	const index = (value: unknown) =>
		typeof value === 'number' ? formatIndex(opts.lang, value) : '–';
	const edge = symmetricEdge(bars.map((bar) => bar.resistance_index));
	return {
		grid: { left: 8, right: 24, top: 32, bottom: 40, ...CONTAIN_LABELS },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: index },
		xAxis: {
			type: 'value',
			min: -edge,
			max: edge,
			name: t(opts.lang, 'ready.axis'),
			nameLocation: 'middle',
			nameGap: 28,
			axisLabel: { formatter: (value: number) => formatTick(opts.lang, value) }
		},
		// Inverse: the most resistant agency on top.
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((bar) => bar.agency_code),
			axisLabel: { interval: 0 }
		},
		series: [
			{
				type: 'bar',
				name: t(opts.lang, 'ready.series'),
				// The value sits at the bar's outer end, away from the city line.
				data: bars.map((bar) => ({
					value: bar.resistance_index,
					drill: agencyDrill(bar.agency_code),
					itemStyle: {
						color: bar.resistance_index > 0 ? OKABE_ITO.vermillion : OKABE_ITO.blue
					},
					label: { position: bar.resistance_index < 0 ? 'left' : 'right' }
				})),
				label: { show: true, formatter: (p: { value: unknown }) => index(p.value) },
				markLine: {
					symbol: 'none',
					silent: true,
					// The category axis is inverted, so the line's start is its top: clear of the ticks.
					lineStyle: { color: OKABE_ITO.black, type: 'solid', width: 1.5 },
					label: { formatter: t(opts.lang, 'ready.city'), position: 'start' },
					data: [{ xAxis: 0 }]
				}
			}
		]
	};
}
