import { error } from '@sveltejs/kit';
import { targetsTable } from '$lib/charts/tables.js';
import { langFromUrl, t } from '$lib/i18n/index.js';
import {
	hrViewsEnabled,
	targetFiltersFromUrl,
	targetsData
} from '$lib/server/dashboard/competencyData.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { xlsxResponse } from '$lib/server/dashboard/xlsxResponse.js';
import type { RequestHandler } from './$types';

/** The planner's list as the CSV beside it, as an Excel workbook; gated exactly like the CSV. */
export const GET: RequestHandler = async (event) => {
	const { url } = event;
	const target = targetFiltersFromUrl(url);
	if (!hrViewsEnabled(event, target.agency)) {
		error(403, 'Daftar individu hanya untuk BKPSDM / Individual lists are for BKPSDM only');
	}
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const rows = await targetsData(event, lang, filtersFromUrl(url, lang), target);
	return xlsxResponse(
		targetsTable(rows),
		'kinerja-sasaran-pelatihan.xlsx',
		t(lang, 'targets.sheet')
	);
};
