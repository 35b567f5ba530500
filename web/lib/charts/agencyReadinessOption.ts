import type { EChartsCoreOption } from 'echarts/core';
import { id } from '../i18n/id.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import { formatTick } from './formatTick.js';
import { CONTAIN_LABELS, symmetricEdge } from './layout.js';
import { OKABE_ITO } from './palette.js';
import { READINESS_COMPONENTS } from './readinessComponents.js';
import { formatIndex } from './readinessOption.js';

/** The component fields with the city mean; the query rows (`ChangeReadinessComponentRow`) fit. */
export interface AgencyComponentCounts {
	agency_code: string;
	component: string;
	weight: number;
	numerator: number | null;
	denominator: number | null;
	value: number | null;
	city_mean: number | null;
	z: number | null;
	suppressed: boolean;
}

/** One drawn component of the agency: its value beside the city mean, and its z-score. */
export interface AgencyComponentBar {
	component: string;
	weight: number;
	numerator: number | null;
	denominator: number | null;
	value: number | null;
	city_mean: number | null;
	z: number;
}

/** The agency's components that have a z-score, in the methodology's order. */
export function agencyComponentBars(
	rows: readonly AgencyComponentCounts[],
	agency: string
): AgencyComponentBar[] {
	const order = new Map<string, number>(READINESS_COMPONENTS.map((c, i) => [c, i]));
	const rank = (component: string) => order.get(component) ?? READINESS_COMPONENTS.length;
	return rows
		.filter((row) => row.agency_code === agency && !row.suppressed && row.z !== null)
		.map((row) => ({
			component: row.component,
			weight: row.weight,
			numerator: row.numerator,
			denominator: row.denominator,
			value: row.value,
			city_mean: row.city_mean,
			z: row.z ?? 0
		}))
		.sort(
			(a, b) => rank(a.component) - rank(b.component) || a.component.localeCompare(b.component)
		);
}

/**
 * A component's name from the catalogue (`ready.c.<component>`); a component the seed gained before
 * the catalogue did shows its code rather than breaking the page.
 */
export function componentLabel(lang: Lang, component: string): string {
	const key = `ready.c.${component}`;
	return key in id ? t(lang, key as MessageKey) : component;
}

/**
 * Horizontal bars of each component's z-score against the city (0 = the city average): above 0
 * (more resistant) vermillion, below blue, every bar labelled with its signed value.
 */
export function agencyReadinessOption(
	bars: readonly AgencyComponentBar[],
	opts: { lang: Lang }
): EChartsCoreOption {
	const index = (value: unknown) =>
		typeof value === 'number' ? formatIndex(opts.lang, value) : '–';
	const edge = symmetricEdge(bars.map((bar) => bar.z));
	return {
		grid: { left: 8, right: 24, top: 32, bottom: 40, ...CONTAIN_LABELS },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: index },
		xAxis: {
			type: 'value',
			min: -edge,
			max: edge,
			name: t(opts.lang, 'opd.ready.axis'),
			nameLocation: 'middle',
			nameGap: 28,
			axisLabel: { formatter: (value: number) => formatTick(opts.lang, value) }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((bar) => componentLabel(opts.lang, bar.component)),
			axisLabel: { interval: 0, width: 120, overflow: 'break', lineHeight: 14 }
		},
		series: [
			{
				type: 'bar',
				name: t(opts.lang, 'opd.ready.series'),
				data: bars.map((bar) => ({
					value: bar.z,
					itemStyle: { color: bar.z > 0 ? OKABE_ITO.vermillion : OKABE_ITO.blue },
					label: { position: bar.z < 0 ? 'left' : 'right' }
				})),
				label: { show: true, formatter: (p: { value: unknown }) => index(p.value) },
				markLine: {
					symbol: 'none',
					silent: true,
					lineStyle: { color: OKABE_ITO.black, type: 'solid', width: 1.5 },
					label: { formatter: t(opts.lang, 'ready.city'), position: 'start' },
					data: [{ xAxis: 0 }]
				}
			}
		]
	};
}
