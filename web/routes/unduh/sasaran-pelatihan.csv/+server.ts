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
 * The planner's list as the page shows it (no NIP). Individual-level: refused unless KINERJA_HR_VIEWS=on
 * (an internal HR deployment) until role-based access (issue #6) replaces the switch.
 */
export const GET: RequestHandler = async ({ url }) => {
	if (!hrViewsEnabled()) {
		error(403, 'Daftar individu hanya untuk BKPSDM / Individual lists are for BKPSDM only');
	}
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const rows = await targetsData(lang, filtersFromUrl(url, lang), targetFiltersFromUrl(url));
	return csvResponse(targetsTable(rows), 'kinerja-sasaran-pelatihan.csv');
};
