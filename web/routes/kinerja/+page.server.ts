import { langFromUrl } from '$lib/i18n/index.js';
import { distributionData, trendData } from '$lib/server/dashboard/performanceData.js';
import { filtersFromUrl, runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import { curveCheck } from '$lib/server/queries/performance.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const lang = langFromUrl(url);
	if (!warehouseReady()) return { year: null, distribution: [], curve: [], trend: null };
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) return { year: null, distribution: [], curve: [], trend: null };
	const [distribution, curve, trend] = await Promise.all([
		distributionData(lang, { ...filters, year }),
		runQuery(lang, (db) => curveCheck(db, { year })),
		trendData(lang, filters)
	]);
	return { year, distribution, curve, trend };
};
