import { langFromUrl } from '$lib/i18n/index.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { readinessData } from '$lib/server/dashboard/readinessData.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const lang = langFromUrl(url);
	const none = { year: null, index: [], components: [] };
	if (!warehouseReady()) return none;
	const year = await resolveYear(lang, { year: filtersFromUrl(url, lang).year });
	if (year === null) return none;
	const [index, components] = await readinessData(lang, year);
	return { year, index, components };
};
