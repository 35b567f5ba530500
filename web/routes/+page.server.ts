import { langFromUrl } from '$lib/i18n/index.js';
import { trendData } from '$lib/server/dashboard/performanceData.js';
import { filtersFromUrl, runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import { agencyComparison, headlineFigures } from '$lib/server/queries/overview.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const lang = langFromUrl(url);
	if (!warehouseReady()) return { year: null, headline: [], comparison: [], trend: null };
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) return { year: null, headline: [], comparison: [], trend: null };
	const params = { ...filters, year };
	const [headline, comparison, trend] = await Promise.all([
		runQuery(lang, (db) => headlineFigures(db, params)),
		runQuery(lang, (db) => agencyComparison(db, params)),
		trendData(lang, filters)
	]);
	return { year, headline, comparison, trend };
};
