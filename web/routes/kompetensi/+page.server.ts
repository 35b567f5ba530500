import { langFromUrl } from '$lib/i18n/index.js';
import {
	gapData,
	hrViewsEnabled,
	jpData,
	targetFiltersFromUrl,
	targetsData
} from '$lib/server/dashboard/competencyData.js';
import { filtersFromUrl, runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import { trainingEffectShown } from '$lib/server/queries/feedback.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { url } = event;
	const lang = langFromUrl(url);
	const hrViews = hrViewsEnabled(event);
	const none = { year: null, gap: [], jp: [], targets: [], target: {}, hrViews, effect: null };
	if (!warehouseReady()) return none;
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) return none;
	const target = targetFiltersFromUrl(url);
	const [gap, jp, targets, effect] = await Promise.all([
		gapData(lang, filters),
		jpData(lang, { ...filters, year }),
		targetsData(event, lang, filters, target),
		// Training effect (descriptive): agency-level, so only the year applies.
		runQuery(lang, (db) => trainingEffectShown(db, { year }))
	]);
	return { year, gap, jp, targets, target, hrViews, effect };
};
