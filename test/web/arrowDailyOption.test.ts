import { describe, expect, it } from 'vitest';
import type { AttendancePoint } from '../../web/lib/charts/attendanceOption.js';
import {
	dailyCard,
	dailyFinding,
	dailyPoints,
	dailyPresenceOption,
	dailyTable,
	dayLabel,
	type DailyCounts
} from '../../web/lib/charts/dailyPresenceOption.js';
import { toCsv } from '../../web/lib/csv.js';
import { formatMonth, formatPercent, formatWeekday } from '../../web/lib/i18n/index.js';

function day(date: string, recorded: number, present: number, hidden = false): DailyCounts {
	return {
		work_date: date,
		recorded_days: hidden ? null : recorded,
		presence_rate: hidden ? null : present / recorded,
		late_rate: hidden ? null : 0.1,
		unexcused_rate: hidden ? null : 0.01,
		suppressed: hidden
	};
}

function month(period: number, presence: number): AttendancePoint {
	return { period, recorded_days: 100, presence_rate: presence, late_rate: 0.1, unexcused_rate: 0 };
}

// Out of order, one suppressed day and one day without records: neither may be drawn.
const rows: DailyCounts[] = [
	day('2025-03-14', 100, 80),
	day('2025-02-03', 100, 95),
	day('2025-03-03', 100, 92),
	day('2025-02-04', 3, 3, true),
	{ ...day('2025-02-05', 1, 1), recorded_days: 0 }
];
const months = [month(2, 0.94), month(3, 0.9)];

describe('dailyPoints', () => {
	it('keeps published days with records, in date order', () => {
		expect(dailyPoints(rows).map((p) => p.work_date)).toEqual([
			'2025-02-03',
			'2025-03-03',
			'2025-03-14'
		]);
	});
});

describe('dayLabel', () => {
	it('writes the day with the app’s month and weekday names', () => {
		// 14 March 2025 was a Friday (ISO 5).
		expect(dayLabel('id', '2025-03-14')).toBe(`14 ${formatMonth('id', 3)}`);
		expect(dayLabel('id', '2025-03-14', true)).toBe(
			`${formatWeekday('id', 5)} 14 ${formatMonth('id', 3)}`
		);
		// 2 March 2025 was a Sunday (ISO 7, JavaScript 0).
		expect(dayLabel('en', '2025-03-02', true)).toBe(
			`${formatWeekday('en', 7)} 2 ${formatMonth('en', 3)}`
		);
	});
});

describe('dailyFinding', () => {
	it('names the lowest day against its month’s average from the month chart', () => {
		const title = dailyFinding('id', dailyPoints(rows), months, 2025);
		expect(title).toContain(dayLabel('id', '2025-03-14', true));
		expect(title).toContain(formatPercent('id', 0.8));
		expect(title).toContain(formatPercent('id', 0.9));
		expect(title).toContain('2025');
	});

	it('leaves the average out when that month is hidden on the month chart', () => {
		const title = dailyFinding('en', dailyPoints(rows), [month(2, 0.94)], 2025) ?? '';
		expect(title).toContain(formatPercent('en', 0.8));
		expect(title).not.toContain(formatPercent('en', 0.9));
		expect(title).not.toMatch(/\{\w+\}/);
	});

	it('is null when no day is published', () => {
		expect(dailyFinding('id', [], months, 2025)).toBeNull();
	});
});

describe('dailyPresenceOption', () => {
	const points = dailyPoints(rows);
	const option = dailyPresenceOption(points, months, { lang: 'id' }) as {
		xAxis: { data: string[] };
		yAxis: { max: number; scale: boolean };
		series: { type: string; data: (number | null)[]; lineStyle: { type?: string } }[];
	};

	it('draws one point per published day and the month average behind each day', () => {
		expect(option.xAxis.data).toHaveLength(3);
		const [daily, average] = option.series;
		expect(daily?.data).toEqual([0.95, 0.92, 0.8]);
		expect(average?.data).toEqual([0.94, 0.9, 0.9]);
		expect(average?.lineStyle.type).toBe('dashed');
	});

	it('leaves a gap where the month average is hidden', () => {
		const o = dailyPresenceOption(points, [month(3, 0.9)], { lang: 'en' }) as typeof option;
		expect(o.series[1]?.data).toEqual([null, 0.9, 0.9]);
	});

	it('is a line on a 0–100 % scale that need not start at 0', () => {
		expect(option.series.every((s) => s.type === 'line')).toBe(true);
		expect(option.yAxis).toMatchObject({ max: 1, scale: true });
	});
});

describe('dailyTable and dailyCard', () => {
	it('the CSV holds exactly the drawn days', () => {
		const table = dailyTable(dailyPoints(rows));
		expect(table.columns[0]).toBe('tanggal');
		expect(table.rows.map((r) => r[0])).toEqual(['2025-02-03', '2025-03-03', '2025-03-14']);
		expect(toCsv(table).trim().split('\r\n')).toHaveLength(4);
	});

	it('the caption counts shown and hidden days', () => {
		const card = dailyCard('id', rows, months, 2025);
		expect(card.caption).toContain('3 hari ditampilkan, 2 disembunyikan');
		expect(card.table.rows).toHaveLength(3);
		expect(dailyCard('en', [], months, 2025).title).toBeNull();
	});
});
