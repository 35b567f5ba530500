import { langFromUrl } from '$lib/i18n/index.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import type { PageServerLoad } from './$types';
import {
	candidatesData,
	coverageData,
	loopAccess,
	loopFiltersFromUrl,
	loopYear,
	plansData,
	satyalancanaData,
	summaryData
} from './loopData.server.js';

export const load: PageServerLoad = async (event) => {
	const { url } = event;
	const lang = langFromUrl(url);
	const filters = loopFiltersFromUrl(url);
	const access = loopAccess(event, filters);
	const none = {
		year: null,
		coverage: [],
		periods: [],
		plansYear: null,
		plans: [],
		summary: [],
		candidates: [],
		satyalancana: [],
		filters,
		access
	};
	if (!warehouseReady()) return none;
	const year = await loopYear(url, lang);
	if (year === null) return none;
	const [[coverage, periods], plans, summary, candidates, satyalancana] = await Promise.all([
		coverageData(lang, year),
		plansData(lang, year),
		summaryData(lang, year),
		access.candidates ? candidatesData(lang, year, filters) : [],
		access.satyalancana ? satyalancanaData(lang, year, filters) : []
	]);
	return {
		year,
		coverage,
		periods,
		plansYear: plans.plansYear,
		plans: plans.rows,
		summary,
		candidates,
		satyalancana,
		filters,
		access
	};
};
