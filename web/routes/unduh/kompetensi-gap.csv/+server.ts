import { error } from '@sveltejs/kit';
import { gapGrid } from '$lib/charts/competencyGapOption.js';
import { gapTable } from '$lib/charts/tables.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { gapData } from '$lib/server/dashboard/competencyData.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import type { RequestHandler } from './$types';

/** The cells the competency heatmap draws, under the same URL filters as the page. */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const rows = await gapData(lang, filtersFromUrl(url, lang));
	return csvResponse(gapTable(gapGrid(rows)), 'kinerja-kesenjangan-kompetensi.csv');
};
