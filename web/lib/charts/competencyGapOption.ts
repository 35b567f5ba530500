import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, t, type Lang } from '../i18n/index.js';
import { agencyDrill } from './drill.js';
import { CONTAIN_LABELS } from './layout.js';
import { GAP_SCALE } from './palette.js';

/** The heatmap cell fields a chart needs; the query rows (`CompetencyGapCell`) have this shape. */
export interface GapCounts {
	agency_code: string;
	competency_code: string;
	competency_name: string | null;
	n_assessed: number | null;
	mean_gap: number | null;
	share_below_standard: number | null;
	suppressed: boolean;
}

/** One drawn cell: what the heatmap colours and labels, and what its CSV holds. */
export interface GapCell {
	agency_code: string;
	competency_code: string;
	competency_name: string;
	n_assessed: number;
	mean_gap: number;
	share_below_standard: number | null;
}

/** Rows (city first, then agencies A–Z) and columns (competency codes) of the drawn heatmap. */
export interface GapGrid {
	agencies: string[];
	competencies: { code: string; name: string }[];
	cells: GapCell[];
}

/**
 * The cells that can be drawn: not suppressed and with a standard to measure against (technical
 * competencies without a city-wide standard have no gap). Empty rows and columns are dropped.
 */
export function gapGrid(rows: readonly GapCounts[]): GapGrid {
	const cells = rows
		.filter((row) => !row.suppressed && row.mean_gap !== null && (row.n_assessed ?? 0) > 0)
		.map((row) => ({
			agency_code: row.agency_code,
			competency_code: row.competency_code,
			competency_name: row.competency_name ?? row.competency_code,
			n_assessed: row.n_assessed ?? 0,
			mean_gap: row.mean_gap ?? 0,
			share_below_standard: row.share_below_standard
		}))
		.sort(
			(a, b) =>
				Number(b.agency_code === 'ALL') - Number(a.agency_code === 'ALL') ||
				a.agency_code.localeCompare(b.agency_code) ||
				a.competency_code.localeCompare(b.competency_code)
		);
	const agencies = [...new Set(cells.map((cell) => cell.agency_code))];
	const names = new Map(cells.map((cell) => [cell.competency_code, cell.competency_name]));
	const competencies = [...names.keys()]
		.sort((a, b) => a.localeCompare(b))
		.map((code) => ({ code, name: names.get(code) ?? code }));
	return { agencies, competencies, cells };
}

/** Width below which the heatmap scrolls sideways instead of squeezing its labelled cells. */
export function gapMinWidth(grid: GapGrid): number {
	return grid.competencies.length * 56 + 160;
}

/** The label of a heatmap row: the city reads as words, agencies by their short code. */
export function agencyLabel(lang: Lang, code: string): string {
	return code === 'ALL' ? t(lang, 'comp.city') : code;
}

/**
 * Heatmap of the mean gap (required − assessed level) per agency × competency. Every cell carries
 * its value as text, so colour is never the only signal; the scale is sequential light → dark.
 */
export function competencyGapOption(
	rows: readonly GapCounts[],
	opts: { lang: Lang }
): EChartsCoreOption {
	const grid = gapGrid(rows);
	const gaps = grid.cells.map((cell) => cell.mean_gap);
	const min = Math.min(0, ...gaps);
	const max = Math.max(0.5, ...gaps);
	const x = new Map(grid.competencies.map((c, i) => [c.code, i]));
	const y = new Map(grid.agencies.map((code, i) => [code, i]));
	const gap = (value: number) => formatNumber(opts.lang, value, 2);
	return {
		grid: { left: 8, right: 16, top: 8, bottom: 72, ...CONTAIN_LABELS },
		tooltip: {
			formatter: (p: { value: [number, number, number] }) => {
				const competency = grid.competencies[p.value[0]];
				const agency = grid.agencies[p.value[1]] ?? '';
				return `${agencyLabel(opts.lang, agency)} · ${competency?.name ?? ''}: ${gap(p.value[2])}`;
			}
		},
		xAxis: {
			type: 'category',
			data: grid.competencies.map((c) => c.code),
			axisLabel: { interval: 0, rotate: 45 },
			splitArea: { show: true }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: grid.agencies.map((code) => agencyLabel(opts.lang, code)),
			axisLabel: { interval: 0 },
			splitArea: { show: true }
		},
		visualMap: {
			min,
			max,
			calculable: false,
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			itemHeight: 160,
			text: [t(opts.lang, 'comp.scaleHigh'), t(opts.lang, 'comp.scaleLow')],
			formatter: (value: number) => gap(value),
			inRange: { color: [...GAP_SCALE] }
		},
		series: [
			{
				type: 'heatmap',
				name: t(opts.lang, 'comp.series'),
				data: grid.cells.map((cell) => ({
					value: [x.get(cell.competency_code) ?? 0, y.get(cell.agency_code) ?? 0, cell.mean_gap],
					drill: agencyDrill(cell.agency_code)
				})),
				label: {
					show: true,
					color: '#1b1f24',
					fontSize: 11,
					formatter: (p: { value: [number, number, number] }) => gap(p.value[2])
				},
				itemStyle: { borderColor: '#fff', borderWidth: 1 }
			}
		]
	};
}
