import { error } from '@sveltejs/kit';
import { targetsTable } from '$lib/charts/tables.js';
import { langFromUrl } from '$lib/i18n/index.js';
import {
	hrViewsEnabled,
	targetFiltersFromUrl,
	targetsData
} from '$lib/server/dashboard/competencyData.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import type { RequestHandler } from './$types';

/**
 * The planner's list as the page shows it (no NIP). Individual-level: BKPSDM, or an agency head with
 * `?opd=` its own agency (the policy checks the same before this runs).
 */
export const GET: RequestHandler = async (event) => {
	const { url } = event;
	const target = targetFiltersFromUrl(url);
	if (!hrViewsEnabled(event, target.agency)) {
		error(403, 'Daftar individu hanya untuk BKPSDM / Individual lists are for BKPSDM only');
	}
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const rows = await targetsData(event, lang, filtersFromUrl(url, lang), target);
	return csvResponse(targetsTable(rows), 'kinerja-sasaran-pelatihan.csv');
};
