import { error } from '@sveltejs/kit';
import { pp94Table } from '$lib/charts/attendanceCards.js';
import { pp94Bars } from '$lib/charts/pp94Option.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { pp94Data } from '$lib/server/dashboard/attendanceData.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import type { RequestHandler } from './$types';

/** The agency bars of the PP 94/2021 risk chart (a risk indicator, not a sanction). */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const rows = await pp94Data(lang, { ...filters, year });
	return csvResponse(pp94Table(pp94Bars(rows)), `kinerja-risiko-pp94-${year}.csv`);
};
