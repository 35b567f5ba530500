import { langFromUrl } from '$lib/i18n/index.js';
import { monthData, pp94Data, weekdayData } from '$lib/server/dashboard/attendanceData.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const lang = langFromUrl(url);
	const none = { year: null, months: [], weekdays: [], pp94: [] };
	if (!warehouseReady()) return none;
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) return none;
	const params = { ...filters, year };
	const [months, weekdays, pp94] = await Promise.all([
		monthData(lang, params),
		weekdayData(lang, params),
		pp94Data(lang, params)
	]);
	return { year, months, weekdays, pp94 };
};
