import { error } from '@sveltejs/kit';
import { effectBars, effectTable } from '$lib/charts/trainingEffectOption.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { filtersFromUrl, runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import { trainingEffectShown } from '$lib/server/queries/feedback.js';
import type { RequestHandler } from './$types';

/**
 * The programmes the training-effect chart on the Kompetensi page draws (descriptive, not causal):
 * the URL's year, or the year before when that year has no following year yet.
 */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const year = await resolveYear(lang, { year: filtersFromUrl(url, lang).year });
	if (year === null) error(404, 'Belum ada data / No data yet');
	const effect = await runQuery(lang, (db) => trainingEffectShown(db, { year }));
	return csvResponse(
		effectTable(effectBars(effect.rows)),
		`kinerja-efek-pelatihan-${effect.year}.csv`
	);
};
