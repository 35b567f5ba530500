import { error } from '@sveltejs/kit';
import { candidatesTable } from '$lib/charts/awardTables.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import { candidatesData, loopAccess, loopFiltersFromUrl, loopYear } from '../../loopData.server.js';
import type { RequestHandler } from './$types';

/**
 * Award candidates as the page lists them, with NIP: internal, never published. BKPSDM, or an agency
 * head with `?opd=` its own agency.
 */
export const GET: RequestHandler = async (event) => {
	const { url } = event;
	const filters = loopFiltersFromUrl(url);
	if (!loopAccess(event, filters).candidates)
		error(403, 'Daftar individu hanya untuk BKPSDM / Individual lists are for BKPSDM only');
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const year = await loopYear(url, lang);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const rows = await candidatesData(lang, year, filters);
	return csvResponse(candidatesTable(rows), `kinerja-kandidat-penghargaan-${year}.csv`);
};
