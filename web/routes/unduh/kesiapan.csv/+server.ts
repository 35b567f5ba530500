import { error } from '@sveltejs/kit';
import { readinessTable } from '$lib/charts/readinessComponents.js';
import { readinessBars } from '$lib/charts/readinessOption.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { readinessData } from '$lib/server/dashboard/readinessData.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import type { RequestHandler } from './$types';

/** The agency bars the index chart draws, for the URL's year (else the newest). */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const year = await resolveYear(lang, { year: filtersFromUrl(url, lang).year });
	if (year === null) error(404, 'Belum ada data / No data yet');
	const [index] = await readinessData(lang, year);
	return csvResponse(
		readinessTable(readinessBars(index)),
		`kinerja-kesiapan-perubahan-${year}.csv`
	);
};
