import { error } from '@sveltejs/kit';
import { componentCells, componentTable } from '$lib/charts/readinessComponents.js';
import { readinessBars } from '$lib/charts/readinessOption.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { readinessData } from '$lib/server/dashboard/readinessData.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import type { RequestHandler } from './$types';

/** The components of the agencies the index chart draws, as the page's component table shows them. */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const year = await resolveYear(lang, { year: filtersFromUrl(url, lang).year });
	if (year === null) error(404, 'Belum ada data / No data yet');
	const [index, components] = await readinessData(lang, year);
	const cells = componentCells(components, readinessBars(index));
	return csvResponse(componentTable(cells), `kinerja-kesiapan-komponen-${year}.csv`);
};
