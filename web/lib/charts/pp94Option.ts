import type { EChartsCoreOption } from 'echarts/core';
import { formatPercent, t, type Lang, type MessageKey } from '../i18n/index.js';
import { agencyLabel } from './competencyGapOption.js';
import { agencyDrill } from './drill.js';
import { CONTAIN_LABELS } from './layout.js';
import { OKABE_ITO } from './palette.js';

/** The band fields a chart needs; the query rows (`Pp94BandRow`) have this shape. */
export interface Pp94Counts {
	agency_code: string;
	agency_name: string | null;
	n_employees: number | null;
	n_none: number | null;
	n_ringan: number | null;
	n_sedang: number | null;
	n_berat: number | null;
	share_at_risk: number | null;
	suppressed: boolean;
}

/** PP 94/2021 bands from light to heavy, with their count columns and labels. */
export const PP94_BANDS = [
	{ column: 'n_ringan', label: 'pp94.ringan', colour: OKABE_ITO.yellow },
	{ column: 'n_sedang', label: 'pp94.sedang', colour: OKABE_ITO.orange },
	{ column: 'n_berat', label: 'pp94.berat', colour: OKABE_ITO.vermillion }
] as const satisfies readonly { column: keyof Pp94Counts; label: MessageKey; colour: string }[];

/** One agency bar: the share of its employees in each band. */
export interface Pp94Bar {
	agency_code: string;
	agency_name: string;
	n_employees: number;
	shares: number[];
	share_at_risk: number;
}

/**
 * The city first as the yardstick, then published agencies, highest share at risk first. Agencies
 * under the small-cell minimum are left out.
 */
export function pp94Bars(rows: readonly Pp94Counts[]): Pp94Bar[] {
	return rows
		.filter((row) => !row.suppressed && (row.n_employees ?? 0) > 0)
		.map((row) => {
			const n = row.n_employees ?? 0;
			return {
				agency_code: row.agency_code,
				agency_name: row.agency_name ?? row.agency_code,
				n_employees: n,
				shares: PP94_BANDS.map((band) => (row[band.column] ?? 0) / n),
				share_at_risk: row.share_at_risk ?? 0
			};
		})
		.sort(
			(a, b) =>
				Number(b.agency_code === 'ALL') - Number(a.agency_code === 'ALL') ||
				b.share_at_risk - a.share_at_risk ||
				a.agency_code.localeCompare(b.agency_code)
		);
}

/** Horizontal stacked bars of the share of employees per risk band; a risk indicator, not a sanction. */
export function pp94Option(rows: readonly Pp94Counts[], opts: { lang: Lang }): EChartsCoreOption {
	const bars = pp94Bars(rows);
	// Shares of a few percent need a decimal on the axis, or its ticks read 0 %, 0 %, 1 %.
	const digits = Math.max(0, ...bars.map((bar) => bar.share_at_risk)) < 0.1 ? 1 : 0;
	const percent = (value: unknown) =>
		typeof value === 'number' ? formatPercent(opts.lang, value) : '–';
	return {
		color: PP94_BANDS.map((band) => band.colour),
		grid: { left: 8, right: 24, top: 40, bottom: 40, ...CONTAIN_LABELS },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percent },
		xAxis: {
			type: 'value',
			min: 0,
			// At least 0–5 %: a share of a few hundredths of a percent must not fill the whole width
			// (all zero: a fixed 5 % rather than ECharts' default 0–100 %).
			max: bars.some((bar) => bar.share_at_risk > 0)
				? (extent: { max: number }) => Math.max(extent.max, 0.05)
				: 0.05,
			name: t(opts.lang, 'pp94.axis'),
			nameLocation: 'middle',
			nameGap: 28,
			axisLabel: { formatter: (value: number) => formatPercent(opts.lang, value, digits) }
		},
		// Inverse: the city on top, then agencies from the highest share down.
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((bar) => agencyLabel(opts.lang, bar.agency_code))
		},
		series: PP94_BANDS.map((band, i) => ({
			type: 'bar',
			stack: 'pp94',
			name: t(opts.lang, band.label),
			data: bars.map((bar) => ({
				value: bar.shares[i] ?? 0,
				drill: agencyDrill(bar.agency_code)
			})),
			// The total at risk, written after the last band, so a bar too short to see still reads.
			label:
				i === PP94_BANDS.length - 1
					? {
							show: true,
							position: 'right',
							formatter: (p: { dataIndex: number }) =>
								percent(bars[p.dataIndex]?.share_at_risk ?? 0)
						}
					: undefined
		}))
	};
}
