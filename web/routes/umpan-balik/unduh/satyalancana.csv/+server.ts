import { error } from '@sveltejs/kit';
import { satyalancanaTable } from '$lib/charts/awardTables.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import {
	loopAccess,
	loopFiltersFromUrl,
	loopYear,
	satyalancanaData
} from '../../loopData.server.js';
import type { RequestHandler } from './$types';

/** BKPSDM's Satyalancana working list as the page shows it, with NIP and the reason for each case. */
export const GET: RequestHandler = async (event) => {
	const { url } = event;
	const filters = loopFiltersFromUrl(url);
	if (!loopAccess(event, filters).satyalancana)
		error(403, 'Daftar Satyalancana hanya untuk BKPSDM / The Satyalancana list is for BKPSDM only');
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const year = await loopYear(url, lang);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const rows = await satyalancanaData(lang, year, filters);
	return csvResponse(satyalancanaTable(rows), `kinerja-satyalancana-${year}.csv`);
};
