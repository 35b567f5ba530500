import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { type Day, day, parseIso, weekday, ymd } from './dates.js';

/**
 * Working days under Perpres 21/2023 (domain.md §3): Monday–Friday, 07:30 start, 37.5 h a week;
 * Ramadan 08:00 start, 32.5 h a week. National holidays and cuti bersama come from
 * data/reference/holidays.csv, which the warehouse reuses.
 */

export const HOLIDAYS_CSV = new URL('../reference/holidays.csv', import.meta.url);

export type HolidayKind = 'libur_nasional' | 'cuti_bersama';

export interface Holiday {
	date: Day;
	name: string;
	kind: HolidayKind;
	legalBasis: string;
}

/**
 * Ramadan as the government (Kemenag sidang isbat) set it: 1 Ramadan to the day before 1 Syawal.
 * [?] 2022 and 2024 started a day earlier for Muhammadiyah; offices followed the government dates.
 */
export const RAMADAN: readonly { year: number; first: string; last: string }[] = [
	{ year: 2021, first: '2021-04-13', last: '2021-05-12' },
	{ year: 2022, first: '2022-04-03', last: '2022-05-01' },
	{ year: 2023, first: '2023-03-23', last: '2023-04-21' },
	{ year: 2024, first: '2024-03-12', last: '2024-04-09' },
	{ year: 2025, first: '2025-03-01', last: '2025-03-30' }
];

export const FIRST_YEAR = 2021;
export const LAST_YEAR = 2025;

export function loadHolidays(path: URL | string = HOLIDAYS_CSV): Holiday[] {
	const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	return parsed.data.map((r) => ({
		date: parseIso(r.date ?? ''),
		name: r.name ?? '',
		kind: r.kind === 'cuti_bersama' ? 'cuti_bersama' : 'libur_nasional',
		legalBasis: r.legal_basis ?? ''
	}));
}

/** Office hours of one day, in minutes after midnight (WIB). */
export interface Schedule {
	start: number;
	end: number;
}

export class Calendar {
	readonly holidays: Map<Day, Holiday>;
	private readonly ramadan: [Day, Day][];

	constructor(holidays: Holiday[]) {
		this.holidays = new Map(holidays.map((h) => [h.date, h]));
		this.ramadan = RAMADAN.map((r) => [parseIso(r.first), parseIso(r.last)]);
	}

	isWorkday(d: Day): boolean {
		const w = weekday(d);
		return w !== 0 && w !== 6 && !this.holidays.has(d);
	}

	isRamadan(d: Day): boolean {
		return this.ramadan.some(([a, b]) => d >= a && d <= b);
	}

	/** Mon–Thu 07:30–16:00, Fri 07:30–16:30 (90-min Friday break); Ramadan 08:00–15:00 / 15:30. */
	schedule(d: Day): Schedule {
		const friday = weekday(d) === 5;
		if (this.isRamadan(d)) return { start: 480, end: friday ? 930 : 900 };
		return { start: 450, end: friday ? 990 : 960 };
	}

	workdays(year: number): Day[] {
		const out: Day[] = [];
		for (let d = day(year, 1, 1); ymd(d).y === year; d++) if (this.isWorkday(d)) out.push(d);
		return out;
	}
}
