import { error } from '@sveltejs/kit';
import { distributionBars } from '$lib/charts/predikatDistributionOption.js';
import { distributionTable } from '$lib/charts/tables.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { distributionData } from '$lib/server/dashboard/performanceData.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import type { RequestHandler } from './$types';

/** The agency bars the distribution chart draws for the URL's year and filters. */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const rows = await distributionData(lang, { ...filters, year });
	return csvResponse(distributionTable(distributionBars(rows)), `kinerja-predikat-opd-${year}.csv`);
};
