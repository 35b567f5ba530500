import { error } from '@sveltejs/kit';
import { langFromUrl } from '$lib/i18n/index.js';
import { filtersFromUrl, runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import { dailyPresenceArrow } from '$lib/server/queries/arrow.js';
import type { RequestHandler } from './$types';

/**
 * The Kehadiran page's daily series as an Arrow IPC stream, under the page's URL filters (`tahun`,
 * `jenis`, `jabatan`); a malformed filter is a 400 and an unknown one a 404, in the page's language.
 */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const ipc = await runQuery(lang, (db) => dailyPresenceArrow(db, { ...filters, year }));
	return new Response(ipc as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'application/vnd.apache.arrow.stream'
		}
	});
};
