import { langFromUrl } from '$lib/i18n/index.js';
import {
	gapData,
	hrViewsEnabled,
	jpData,
	targetFiltersFromUrl,
	targetsData
} from '$lib/server/dashboard/competencyData.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const lang = langFromUrl(url);
	const hrViews = hrViewsEnabled();
	const none = { year: null, gap: [], jp: [], targets: [], target: {}, hrViews };
	if (!warehouseReady()) return none;
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) return none;
	const target = targetFiltersFromUrl(url);
	const [gap, jp, targets] = await Promise.all([
		gapData(lang, filters),
		jpData(lang, { ...filters, year }),
		targetsData(lang, filters, target)
	]);
	return { year, gap, jp, targets, target, hrViews };
};
