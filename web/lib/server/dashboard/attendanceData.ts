import type { Lang } from '$lib/i18n/index.js';
import { attendanceByMonth, attendanceByWeekday, pp94RiskBands } from '../queries/attendance.js';
import { runQuery, type UrlFilters } from './query.js';

type YearFilters = UrlFilters & { year: number };

export async function monthData(lang: Lang, filters: YearFilters) {
	return runQuery(lang, (db) => attendanceByMonth(db, filters));
}

export async function weekdayData(lang: Lang, filters: YearFilters) {
	return runQuery(lang, (db) => attendanceByWeekday(db, filters));
}

export async function pp94Data(lang: Lang, filters: YearFilters) {
	return runQuery(lang, (db) => pp94RiskBands(db, filters));
}
