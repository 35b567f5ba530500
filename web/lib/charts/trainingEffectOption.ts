import type { EChartsCoreOption } from 'echarts/core';
import type { DataTable } from '../csv.js';
import { formatNumber, formatPoints, t, type Lang } from '../i18n/index.js';
import type { CardModel } from './cards.js';
import { CONTAIN_LABELS } from './layout.js';
import { OKABE_ITO } from './palette.js';

/** The fields the card needs; the query rows (`TrainingEffectRow`) have this shape. */
export interface EffectCounts {
	group_code: string;
	group_label: string | null;
	competency_code: string | null;
	n_participants: number;
	n_comparison: number;
	participants_before_rated: number;
	participants_before_share_baik_plus: number | null;
	participants_after_rated: number;
	participants_after_share_baik_plus: number | null;
	comparison_before_rated: number;
	comparison_before_share_baik_plus: number | null;
	comparison_after_rated: number;
	comparison_after_share_baik_plus: number | null;
	participants_before_share_band: number | null;
	participants_after_share_band: number | null;
	comparison_before_share_band: number | null;
	comparison_after_share_band: number | null;
	small_n: boolean;
}

/** One drawn programme: the change in the share Baik or better, participants beside comparison. */
export interface EffectBar {
	row: EffectCounts;
	label: string;
	participants_change: number;
	comparison_change: number;
}

/**
 * Programmes whose four Baik-or-better shares are all published (not small_n, every group at least
 * the small-cell minimum), the most participants first.
 */
export function effectBars(rows: readonly EffectCounts[]): EffectBar[] {
	const bars: EffectBar[] = [];
	for (const row of rows) {
		const pb = row.participants_before_share_baik_plus;
		const pa = row.participants_after_share_baik_plus;
		const cb = row.comparison_before_share_baik_plus;
		const ca = row.comparison_after_share_baik_plus;
		if (row.small_n || pb === null || pa === null || cb === null || ca === null) continue;
		bars.push({
			row,
			label: row.group_label ?? row.group_code,
			participants_change: pa - pb,
			comparison_change: ca - cb
		});
	}
	return bars.sort(
		(a, b) => b.row.n_participants - a.row.n_participants || a.label.localeCompare(b.label)
	);
}

/** Programmes under the small-cell minimum: shown by count with a warning, never as shares. */
export function smallProgrammes(rows: readonly EffectCounts[]): EffectCounts[] {
	return rows.filter((row) => row.small_n);
}

/**
 * Horizontal bars, two per programme: the change from the year before to the year after in the
 * share Baik or better, for participants and for the comparison group, in percentage points.
 */
export function trainingEffectOption(
	rows: readonly EffectCounts[],
	opts: { lang: Lang; year: number }
): EChartsCoreOption {
	const bars = effectBars(rows);
	const points = (value: unknown) =>
		typeof value === 'number' ? formatPoints(opts.lang, value) : '–';
	const label = {
		show: true,
		fontSize: 10,
		formatter: (p: { value: unknown }) => points(p.value)
	};
	const item = (value: number) => ({
		value,
		label: { position: value < 0 ? 'left' : 'right' }
	});
	const reach = Math.max(
		0.05,
		...bars.flatMap((b) => [b.participants_change, b.comparison_change]).map(Math.abs)
	);
	const edge = Math.ceil(reach * 20) / 20 + 0.05;
	return {
		color: [OKABE_ITO.blue, OKABE_ITO.orange],
		grid: { left: 8, right: 24, top: 32, bottom: 40, ...CONTAIN_LABELS },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: points },
		xAxis: {
			type: 'value',
			min: -edge,
			max: edge,
			name: t(opts.lang, 'effect.axis', { before: opts.year - 1, after: opts.year + 1 }),
			nameLocation: 'middle',
			nameGap: 28,
			axisLabel: { formatter: (value: number) => formatNumber(opts.lang, value * 100, 0) }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((bar) => bar.label),
			axisLabel: { interval: 0, width: 220, overflow: 'truncate' }
		},
		series: [
			{
				type: 'bar',
				name: t(opts.lang, 'effect.series.participants'),
				data: bars.map((bar) => item(bar.participants_change)),
				label
			},
			{
				type: 'bar',
				name: t(opts.lang, 'effect.series.comparison'),
				data: bars.map((bar) => item(bar.comparison_change)),
				label,
				markLine: {
					symbol: 'none',
					silent: true,
					lineStyle: { color: OKABE_ITO.black, type: 'solid', width: 1 },
					label: { show: false },
					data: [{ xAxis: 0 }]
				}
			}
		]
	};
}

/**
 * The active title: in how many drawn programmes the participants' share moved up more (or down less)
 * than the comparison's — always said to be descriptive, never an effect.
 */
export function effectFinding(lang: Lang, bars: readonly EffectBar[], year: number): string | null {
	if (bars.length === 0) return null;
	const better = bars.filter((bar) => bar.participants_change > bar.comparison_change).length;
	return t(lang, 'effect.title', {
		year,
		better: formatNumber(lang, better),
		n: formatNumber(lang, bars.length)
	});
}

const cell = (value: number | null) => value ?? '';

// Machine column names and plain decimals; a withheld share is an empty field.
export function effectTable(bars: readonly EffectBar[]): DataTable {
	return {
		columns: [
			'program',
			'kode_kompetensi',
			'n_peserta',
			'n_pembanding',
			'peserta_dinilai_sebelum',
			'peserta_baik_ke_atas_sebelum',
			'peserta_dinilai_sesudah',
			'peserta_baik_ke_atas_sesudah',
			'pembanding_dinilai_sebelum',
			'pembanding_baik_ke_atas_sebelum',
			'pembanding_dinilai_sesudah',
			'pembanding_baik_ke_atas_sesudah',
			'peserta_risiko_pp94_sebelum',
			'peserta_risiko_pp94_sesudah',
			'pembanding_risiko_pp94_sebelum',
			'pembanding_risiko_pp94_sesudah'
		],
		rows: bars.map(({ row, label }) => [
			label,
			row.competency_code ?? '',
			row.n_participants,
			row.n_comparison,
			row.participants_before_rated,
			cell(row.participants_before_share_baik_plus),
			row.participants_after_rated,
			cell(row.participants_after_share_baik_plus),
			row.comparison_before_rated,
			cell(row.comparison_before_share_baik_plus),
			row.comparison_after_rated,
			cell(row.comparison_after_share_baik_plus),
			cell(row.participants_before_share_band),
			cell(row.participants_after_share_band),
			cell(row.comparison_before_share_band),
			cell(row.comparison_after_share_band)
		])
	};
}

export interface EffectCardModel extends CardModel {
	bars: EffectBar[];
	small: EffectCounts[];
}

/** The training-effect card of one year: drawn programmes, and the small ones named apart. */
export function effectCard(
	lang: Lang,
	rows: readonly EffectCounts[],
	year: number
): EffectCardModel {
	const bars = effectBars(rows);
	const small = smallProgrammes(rows);
	return {
		title: effectFinding(lang, bars, year),
		caption: t(lang, 'effect.caption', {
			year,
			before: year - 1,
			after: year + 1,
			shown: formatNumber(lang, bars.length),
			small: formatNumber(lang, small.length)
		}),
		option: trainingEffectOption(rows, { lang, year }),
		table: effectTable(bars),
		// Programme names need room beside the bars: on a phone the chart scrolls sideways instead.
		minWidth: 640,
		decal: true,
		bars,
		small
	};
}
