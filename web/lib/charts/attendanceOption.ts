import type { EChartsCoreOption } from 'echarts/core';
import { formatMonth, formatPercent, formatWeekday, t, type Lang } from '../i18n/index.js';
import { CONTAIN_LABELS } from './layout.js';
import { OKABE_ITO } from './palette.js';

/** The period fields a chart needs; the query rows (`AttendancePeriodRow`) have this shape. */
export interface AttendanceCounts {
	period: number;
	n_employees: number | null;
	recorded_days: number | null;
	present_days: number | null;
	late_days: number | null;
	unexcused_days: number | null;
	presence_rate: number | null;
	late_rate: number | null;
	unexcused_rate: number | null;
	suppressed: boolean;
}

export type PeriodKind = 'month' | 'weekday';

/** One drawn period: what the chart plots and the CSV holds. */
export interface AttendancePoint {
	period: number;
	recorded_days: number;
	presence_rate: number;
	late_rate: number;
	unexcused_rate: number;
}

/** Published periods with recorded working days, in calendar order. */
export function attendancePoints(rows: readonly AttendanceCounts[]): AttendancePoint[] {
	return rows
		.filter((row) => !row.suppressed && (row.recorded_days ?? 0) > 0)
		.map((row) => ({
			period: row.period,
			recorded_days: row.recorded_days ?? 0,
			presence_rate: row.presence_rate ?? 0,
			late_rate: row.late_rate ?? 0,
			unexcused_rate: row.unexcused_rate ?? 0
		}))
		.sort((a, b) => a.period - b.period);
}

export function periodLabel(lang: Lang, kind: PeriodKind, period: number): string {
	return kind === 'month' ? formatMonth(lang, period) : formatWeekday(lang, period);
}

/**
 * Bars of the share of working days present and the share late per period, on one 0–100 % axis
 * (no second axis to misread); each bar carries its value, and decals tell the two series apart.
 */
export function attendanceOption(
	rows: readonly AttendanceCounts[],
	opts: { lang: Lang; kind: PeriodKind }
): EChartsCoreOption {
	const points = attendancePoints(rows);
	const percent = (value: unknown) =>
		typeof value === 'number' ? formatPercent(opts.lang, value) : '–';
	// Twelve pairs of bars leave no room for flat labels: months get them upright.
	const label = {
		show: true,
		position: 'top',
		fontSize: 10,
		formatter: (p: { value: unknown }) => percent(p.value),
		...(opts.kind === 'month' ? { rotate: 90, align: 'left', verticalAlign: 'middle' } : {})
	};
	return {
		color: [OKABE_ITO.blue, OKABE_ITO.orange],
		grid: {
			left: 8,
			right: 16,
			top: opts.kind === 'month' ? 64 : 40,
			bottom: 24,
			...CONTAIN_LABELS
		},
		legend: { top: 0 },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percent },
		xAxis: {
			type: 'category',
			data: points.map((point) => periodLabel(opts.lang, opts.kind, point.period))
		},
		yAxis: {
			type: 'value',
			min: 0,
			max: 1,
			axisLabel: { formatter: (value: number) => formatPercent(opts.lang, value, 0) }
		},
		series: [
			{
				type: 'bar',
				name: t(opts.lang, 'att.present'),
				data: points.map((point) => point.presence_rate),
				label
			},
			{
				type: 'bar',
				name: t(opts.lang, 'att.late'),
				data: points.map((point) => point.late_rate),
				label
			}
		]
	};
}
