import type { Lang } from '$lib/i18n/index.js';
import { predikatDistribution, schemeByYear } from '../queries/performance.js';
import { runQuery, type UrlFilters } from './query.js';

/** The city trend under the employee filters, and the first year of the newest scheme. */
export async function trendData(lang: Lang, filters: UrlFilters) {
	const { year: _year, ...rest } = filters;
	return runQuery(lang, async (db) => {
		const [rows, schemes] = await Promise.all([
			predikatDistribution(db, { ...rest, byAgency: false }),
			schemeByYear(db)
		]);
		const change = schemes.filter((row) => row.is_change_year).at(-1)?.year ?? null;
		return { rows, schemeChangeYear: change };
	});
}

/** Predikat counts of every agency for one year (the stacked bars). */
export async function distributionData(lang: Lang, filters: UrlFilters & { year: number }) {
	return runQuery(lang, (db) => predikatDistribution(db, { ...filters, byAgency: true }));
}
