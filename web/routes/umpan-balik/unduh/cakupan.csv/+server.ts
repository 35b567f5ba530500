import { error } from '@sveltejs/kit';
import { coverageTable } from '$lib/charts/feedbackCards.js';
import { coverageBars } from '$lib/charts/feedbackOption.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import { coverageData, loopYear } from '../../loopData.server.js';
import type { RequestHandler } from './$types';

/** The agencies the coverage chart draws, for the URL's year (else the newest). */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const year = await loopYear(url, lang);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const [coverage] = await coverageData(lang, year);
	return csvResponse(coverageTable(coverageBars(coverage)), `kinerja-cakupan-dialog-${year}.csv`);
};
