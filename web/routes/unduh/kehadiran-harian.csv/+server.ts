import { error } from '@sveltejs/kit';
import { dailyPoints, dailyTable } from '$lib/charts/dailyPresenceOption.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { filtersFromUrl, runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import { dailyPresence } from '$lib/server/queries/arrow.js';
import type { RequestHandler } from './$types';

/** The days the daily attendance chart draws (the Arrow stream's published rows) for the URL's filters. */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const rows = await runQuery(lang, (db) => dailyPresence(db, { ...filters, year }));
	return csvResponse(dailyTable(dailyPoints(rows)), `kinerja-kehadiran-harian-${year}.csv`);
};
