import { error } from '@sveltejs/kit';
import { jpBars } from '$lib/charts/jpHistogramOption.js';
import { jpTable } from '$lib/charts/tables.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { jpData } from '$lib/server/dashboard/competencyData.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import type { RequestHandler } from './$types';

/** The JP buckets the histogram draws for the URL's year and filters. */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const rows = await jpData(lang, { ...filters, year });
	return csvResponse(jpTable(jpBars(rows)), `kinerja-jp-${year}.csv`);
};
