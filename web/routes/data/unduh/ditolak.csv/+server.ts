import { error } from '@sveltejs/kit';
import { langFromUrl, t } from '$lib/i18n/index.js';
import { hrViewsEnabled } from '$lib/server/dashboard/competencyData.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { dataFiltersFromUrl, rejectsCsvData } from '$lib/server/dashboard/dataPageData.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import type { RequestHandler } from './$types';

/**
 * Every rejected row of one file (`?berkas=<file id>`) with the whole original row, so an officer can
 * fix the source file. Individual-level (NIPs, names): refused unless the
 * viewer may see individual data (BKPSDM); the hook's policy also requires the `hr` role.
 */
export const GET: RequestHandler = async (event) => {
	const lang = langFromUrl(event.url);
	if (!hrViewsEnabled(event)) error(403, t(lang, 'data.csv.forbidden'));
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const { fileId } = dataFiltersFromUrl(event.url, lang);
	if (fileId === undefined) error(400, t(lang, 'data.csv.noFile'));
	const { fileName, table } = await rejectsCsvData(lang, fileId);
	const base = fileName.replace(/\.[^.]*$/, '').replace(/[^\w-]+/g, '_');
	return csvResponse(table, `kinerja-ditolak-${fileId}-${base}.csv`);
};
