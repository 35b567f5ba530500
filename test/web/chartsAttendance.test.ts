import { describe, expect, it } from 'vitest';
import {
	attendanceCard,
	attendanceFinding,
	attendanceTable,
	pp94Card,
	pp94Finding,
	pp94Table
} from '../../web/lib/charts/attendanceCards.js';
import {
	attendanceOption,
	attendancePoints,
	type AttendanceCounts
} from '../../web/lib/charts/attendanceOption.js';
import { pp94Bars, pp94Option, type Pp94Counts } from '../../web/lib/charts/pp94Option.js';
import { toCsv } from '../../web/lib/csv.js';
import { formatMonth, formatWeekday } from '../../web/lib/i18n/index.js';

function period(p: number, recorded: number, present: number, late: number, hidden = false) {
	return {
		period: p,
		n_employees: hidden ? null : 10,
		recorded_days: hidden ? null : recorded,
		present_days: hidden ? null : present,
		late_days: hidden ? null : late,
		unexcused_days: hidden ? null : 0,
		presence_rate: hidden ? null : present / recorded,
		late_rate: hidden ? null : late / recorded,
		unexcused_rate: hidden ? null : 0,
		suppressed: hidden
	} satisfies AttendanceCounts;
}

function bands(agency: string, counts: [number, number, number, number], hidden = false) {
	const [none, ringan, sedang, berat] = counts;
	const n = none + ringan + sedang + berat;
	return {
		agency_code: agency,
		agency_name: agency === 'ALL' ? 'Kota Bukittinggi' : `Dinas ${agency}`,
		n_employees: hidden ? null : n,
		n_none: hidden ? null : none,
		n_ringan: hidden ? null : ringan,
		n_sedang: hidden ? null : sedang,
		n_berat: hidden ? null : berat,
		share_at_risk: hidden ? null : (ringan + sedang + berat) / n,
		suppressed: hidden
	} satisfies Pp94Counts;
}

describe('formatMonth and formatWeekday', () => {
	it.each([
		['id', 8, 'Agu', 2, 'Sel'],
		['en', 8, 'Aug', 2, 'Tue']
	] as const)('names month and weekday in %s', (lang, month, monthText, day, dayText) => {
		expect(formatMonth(lang, month)).toBe(monthText);
		expect(formatWeekday(lang, day)).toBe(dayText);
	});
});

describe('attendanceOption', () => {
	const rows = [period(3, 100, 90, 20), period(1, 100, 95, 10), period(2, 0, 0, 0, true)];

	it('draws published periods in calendar order, presence and lateness on one axis', () => {
		const option = attendanceOption(rows, { lang: 'id', kind: 'month' });
		expect(option.xAxis).toMatchObject({ data: ['Jan', 'Mar'] });
		const series = option.series as { name: string; data: number[] }[];
		expect(series.map((s) => s.name)).toEqual(['Hadir', 'Terlambat']);
		expect(series[0]!.data).toEqual([0.95, 0.9]);
		expect(series[1]!.data).toEqual([0.1, 0.2]);
		expect(option.yAxis).toMatchObject({ min: 0, max: 1 });
	});

	it('gives the CSV the same periods', () => {
		const lines = toCsv(attendanceTable('weekday', attendancePoints(rows))).split('\r\n');
		expect(lines[0]).toBe(
			'\uFEFF' +
				'hari_iso;hari_kerja_tercatat;persen_hadir;persen_terlambat;persen_tanpa_keterangan'
		);
		expect(lines.slice(1, 3)).toEqual(['1;100;0.95;0.1;0', '3;100;0.9;0.2;0']);
	});
});

describe('attendanceFinding', () => {
	it('names the period with most lateness and presence over all recorded days', () => {
		const rows = [period(1, 100, 95, 10), period(3, 300, 270, 60)];
		// (95 + 270) / 400 = 91,25 % present; March late 20 %.
		expect(attendanceFinding('id', 'month', rows)).toBe(
			'Kehadiran 91,3% hari kerja; keterlambatan tertinggi pada Mar (20,0% hari kerja)'
		);
		expect(attendanceFinding('en', 'weekday', rows)).toBe(
			'Lateness is most frequent on Wed: 20.0% of working days'
		);
		expect(attendanceFinding('id', 'month', [period(1, 0, 0, 0, true)])).toBeNull();
	});

	it('counts hidden periods in the caption', () => {
		const card = attendanceCard(
			'id',
			'month',
			[period(1, 10, 9, 1), period(2, 0, 0, 0, true)],
			2025
		);
		expect(card.caption).toContain('1 periode ditampilkan, 1 disembunyikan');
	});
});

describe('pp94Option', () => {
	const rows = [
		bands('B', [8, 1, 1, 0]),
		bands('ALL', [40, 3, 1, 1]),
		bands('A', [19, 0, 0, 1]),
		bands('C', [0, 0, 0, 0], true)
	];

	it('puts the city on top, then agencies by share at risk; suppressed ones left out', () => {
		expect(pp94Bars(rows).map((bar) => bar.agency_code)).toEqual(['ALL', 'B', 'A']);
		const option = pp94Option(rows, { lang: 'id' });
		expect(option.yAxis).toMatchObject({ data: ['Seluruh kota', 'B', 'A'], inverse: true });
	});

	it('stacks ringan, sedang and berat as shares of employees', () => {
		const series = pp94Option(rows, { lang: 'en' }).series as {
			name: string;
			data: { value: number; drill?: { agency: string } }[];
		}[];
		expect(series.map((s) => s.name)).toEqual(['Light', 'Moderate', 'Severe']);
		expect(series[0]!.data.map((d) => d.value)).toEqual([3 / 45, 0.1, 0]);
		expect(series[2]!.data.map((d) => d.value)).toEqual([1 / 45, 0, 0.05]);
		// Agency bars drill into the agency; the city bar has nowhere to go.
		expect(series[0]!.data.map((d) => d.drill)).toEqual([
			undefined,
			{ agency: 'B' },
			{ agency: 'A' }
		]);
	});

	it('keeps a short axis when nobody is at risk', () => {
		const option = pp94Option([bands('ALL', [10, 0, 0, 0])], { lang: 'id' });
		expect(option.xAxis).toMatchObject({ max: 0.05 });
	});

	it('gives the CSV the same bars', () => {
		expect(toCsv(pp94Table(pp94Bars(rows))).split('\r\n')[2]).toBe('B;Dinas B;10;0.1;0.1;0;0.2');
	});
});

describe('pp94Finding', () => {
	it('states the city share at risk as a risk indicator, not a sanction', () => {
		const rows = [bands('ALL', [153, 0, 1, 0])];
		expect(pp94Finding('id', rows, 2025)).toBe(
			'0,6% pegawai dalam indikator risiko PP 94/2021 pada 2025 (indikator risiko, bukan sanksi)'
		);
		expect(pp94Finding('id', [bands('ALL', [1, 0, 0, 0], true)], 2025)).toBeNull();
	});

	it('counts only agencies, not the city, as shown or hidden', () => {
		const card = pp94Card(
			'id',
			[bands('ALL', [9, 1, 0, 0]), bands('A', [9, 1, 0, 0]), bands('C', [1, 0, 0, 0], true)],
			2025
		);
		expect(card.caption).toContain('1 OPD ditampilkan, 1 OPD disembunyikan');
	});
});
