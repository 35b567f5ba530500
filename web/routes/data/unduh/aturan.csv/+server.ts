import { error } from '@sveltejs/kit';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { dataFiltersFromUrl, rulesCsvData } from '$lib/server/dashboard/dataPageData.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import type { RequestHandler } from './$types';

/** The rule table of the Data page for `?run=` (else the run that produced the data): aggregate. */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const filters = dataFiltersFromUrl(url, lang);
	const table = await rulesCsvData(lang, filters);
	return csvResponse(
		table,
		`kinerja-penolakan-per-aturan${filters.runId ? `-run-${filters.runId}` : ''}.csv`
	);
};
