/**
 * Dates as UTC day numbers (days since 1970-01-01). The generator works in whole days and minutes,
 * so plain integers keep it fast and immune to the host's time zone.
 */

export type Day = number;

const MS_PER_DAY = 86_400_000;

export const MONTHS_ID = [
	'Januari',
	'Februari',
	'Maret',
	'April',
	'Mei',
	'Juni',
	'Juli',
	'Agustus',
	'September',
	'Oktober',
	'November',
	'Desember'
] as const;

/** Sunday first, as `Date.getUTCDay()` counts. */
export const WEEKDAYS_ID = [
	'Minggu',
	'Senin',
	'Selasa',
	'Rabu',
	'Kamis',
	'Jumat',
	'Sabtu'
] as const;

export function day(y: number, m: number, d: number): Day {
	return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function parseIso(text: string): Day {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) throw new Error(`not an ISO date: ${text}`);
	return day(Number(m[1]), Number(m[2]), Number(m[3]));
}

export interface Ymd {
	y: number;
	m: number;
	d: number;
}

export function ymd(dayNo: Day): Ymd {
	const date = new Date(dayNo * MS_PER_DAY);
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(dayNo: Day): number {
	return (((dayNo + 4) % 7) + 7) % 7;
}

export function toDate(dayNo: Day): Date {
	return new Date(dayNo * MS_PER_DAY);
}

export function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

export function iso(dayNo: Day): string {
	const { y, m, d } = ymd(dayNo);
	return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function dmy(dayNo: Day, sep = '/'): string {
	const { y, m, d } = ymd(dayNo);
	return `${pad2(d)}${sep}${pad2(m)}${sep}${y}`;
}

/** `29 Nov 2025` — the short Indonesian month form that exports.md lists. */
export function dMonY(dayNo: Day): string {
	const { y, m, d } = ymd(dayNo);
	return `${d} ${MONTHS_ID[m - 1]?.slice(0, 3)} ${y}`;
}

/** `31 Desember 2023`, as written in report titles and signature blocks. */
export function longId(dayNo: Day): string {
	const { y, m, d } = ymd(dayNo);
	return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

export function addYears(dayNo: Day, years: number): Day {
	const { y, m, d } = ymd(dayNo);
	return day(y + years, m, d);
}

/** First day of the month after `dayNo` (TMT pensiun falls there). */
export function firstOfNextMonth(dayNo: Day): Day {
	const { y, m } = ymd(dayNo);
	return m === 12 ? day(y + 1, 1, 1) : day(y, m + 1, 1);
}

export function isLeap(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Minutes after midnight → `07:31` (or `07.31` with sep '.'). */
export function hhmm(minutes: number, sep = ':'): string {
	return `${pad2(Math.floor(minutes / 60))}${sep}${pad2(minutes % 60)}`;
}

/** Seconds after midnight → `07:31:05`. */
export function hhmmss(seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	return `${pad2(h)}:${pad2(m)}:${pad2(seconds % 60)}`;
}
