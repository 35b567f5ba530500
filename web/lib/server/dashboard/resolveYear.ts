import type { Lang } from '$lib/i18n/index.js';
import { listYears } from '../queries/filters.js';
import { runQuery, type UrlFilters } from './query.js';

/** The URL's year, or the newest year the warehouse holds (validated later by the query functions). */
export async function resolveYear(lang: Lang, filters: UrlFilters): Promise<number | null> {
	if (filters.year !== undefined) return filters.year;
	const years = await runQuery(lang, (db) => listYears(db));
	return years.at(-1)?.year ?? null;
}
