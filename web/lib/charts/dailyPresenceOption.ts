import type { EChartsCoreOption } from 'echarts/core';
import type { DataTable } from '../csv.js';
import { formatMonth, formatPercent, formatWeekday, t, type Lang } from '../i18n/index.js';
import type { AttendancePoint } from './attendanceOption.js';
import type { CardModel } from './cards.js';
import { CONTAIN_LABELS } from './layout.js';
import { OKABE_ITO } from './palette.js';

/** The day fields the chart needs; the query rows (`DailyPresenceRow`) and the decoded Arrow have them. */
export interface DailyCounts {
	/** 'yyyy-mm-dd' */
	work_date: string;
	recorded_days: number | null;
	presence_rate: number | null;
	late_rate: number | null;
	unexcused_rate: number | null;
	suppressed: boolean;
}

/** One drawn day: what the line plots and the CSV holds. */
export interface DailyPoint {
	work_date: string;
	recorded_days: number;
	presence_rate: number;
	late_rate: number;
	unexcused_rate: number;
}

/** Published days with recorded working days, in date order. */
export function dailyPoints(rows: readonly DailyCounts[]): DailyPoint[] {
	return rows
		.filter((row) => !row.suppressed && (row.recorded_days ?? 0) > 0 && row.presence_rate !== null)
		.map((row) => ({
			work_date: row.work_date,
			recorded_days: row.recorded_days ?? 0,
			presence_rate: row.presence_rate ?? 0,
			late_rate: row.late_rate ?? 0,
			unexcused_rate: row.unexcused_rate ?? 0
		}))
		.sort((a, b) => a.work_date.localeCompare(b.work_date));
}

/** `Jum 14 Mar` from 'yyyy-mm-dd', with the app's month and weekday names. */
export function dayLabel(lang: Lang, date: string, weekday = false): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const label = `${d} ${formatMonth(lang, m)}`;
	if (!weekday) return label;
	const iso = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
	return `${formatWeekday(lang, iso)} ${label}`;
}

function monthOf(date: string): number {
	return Number(date.slice(5, 7));
}

/** The month's average presence from the month chart's points, or null when that month is hidden. */
function monthRate(months: readonly AttendancePoint[], month: number): number | null {
	return months.find((point) => point.period === month)?.presence_rate ?? null;
}

/**
 * The active title: the day with the lowest attendance, against its month's average from the month
 * chart on the same page (the context a reader compares it with).
 */
export function dailyFinding(
	lang: Lang,
	points: readonly DailyPoint[],
	months: readonly AttendancePoint[],
	year: number
): string | null {
	const lowest = [...points].sort(
		(a, b) => a.presence_rate - b.presence_rate || a.work_date.localeCompare(b.work_date)
	)[0];
	if (!lowest) return null;
	const month = monthOf(lowest.work_date);
	const average = monthRate(months, month);
	const vars = {
		year,
		day: dayLabel(lang, lowest.work_date, true),
		rate: formatPercent(lang, lowest.presence_rate)
	};
	return average === null
		? t(lang, 'daily.title.alone', vars)
		: t(lang, 'daily.title', {
				...vars,
				month: formatMonth(lang, month),
				monthRate: formatPercent(lang, average)
			});
}

/**
 * A line of the share of recorded working days present on each day, with the month averages of the
 * month chart as a dashed step line behind it. The axis does not start at 0: daily presence moves
 * within a few points, and a line (unlike a bar) is read by its shape, not its length.
 */
export function dailyPresenceOption(
	points: readonly DailyPoint[],
	months: readonly AttendancePoint[],
	opts: { lang: Lang }
): EChartsCoreOption {
	const percent = (value: unknown) =>
		typeof value === 'number' ? formatPercent(opts.lang, value) : '–';
	return {
		color: [OKABE_ITO.blue, OKABE_ITO.orange],
		grid: { left: 8, right: 16, top: 40, bottom: 24, ...CONTAIN_LABELS },
		legend: { top: 0 },
		tooltip: { trigger: 'axis', valueFormatter: percent },
		xAxis: {
			type: 'category',
			boundaryGap: false,
			data: points.map((point) => dayLabel(opts.lang, point.work_date, true)),
			axisLabel: {
				formatter: (value: string) => value.split(' ').slice(1).join(' ')
			}
		},
		yAxis: {
			type: 'value',
			scale: true,
			max: 1,
			axisLabel: { formatter: (value: number) => formatPercent(opts.lang, value, 0) }
		},
		series: [
			{
				type: 'line',
				name: t(opts.lang, 'daily.series.day'),
				data: points.map((point) => point.presence_rate),
				showSymbol: false,
				lineStyle: { width: 1.5 }
			},
			{
				type: 'line',
				name: t(opts.lang, 'daily.series.month'),
				data: points.map((point) => monthRate(months, monthOf(point.work_date))),
				step: 'middle',
				showSymbol: false,
				connectNulls: false,
				lineStyle: { type: 'dashed', width: 2 }
			}
		]
	};
}

export function dailyTable(points: readonly DailyPoint[]): DataTable {
	return {
		columns: [
			'tanggal',
			'hari_kerja_tercatat',
			'persen_hadir',
			'persen_terlambat',
			'persen_tanpa_keterangan'
		],
		rows: points.map((p) => [
			p.work_date,
			p.recorded_days,
			p.presence_rate,
			p.late_rate,
			p.unexcused_rate
		])
	};
}

/** Everything the daily card shows, from the rows the Arrow stream and the CSV endpoint carry. */
export function dailyCard(
	lang: Lang,
	rows: readonly DailyCounts[],
	months: readonly AttendancePoint[],
	year: number
): CardModel {
	const points = dailyPoints(rows);
	return {
		title: dailyFinding(lang, points, months, year),
		caption: t(lang, 'daily.caption', {
			year,
			shown: points.length,
			hidden: rows.length - points.length
		}),
		option: dailyPresenceOption(points, months, { lang }),
		table: dailyTable(points)
	};
}
