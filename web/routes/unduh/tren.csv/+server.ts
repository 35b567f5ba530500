import { error } from '@sveltejs/kit';
import { trendPoints } from '$lib/charts/predikatTrendOption.js';
import { trendTable } from '$lib/charts/tables.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { trendData } from '$lib/server/dashboard/performanceData.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import type { RequestHandler } from './$types';

/** The points the trend line draws, under the same URL filters as the page. */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const trend = await trendData(lang, filtersFromUrl(url, lang));
	return csvResponse(trendTable(trendPoints(trend.rows)), 'kinerja-tren-baik-ke-atas.csv');
};
