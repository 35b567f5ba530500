import { error } from '@sveltejs/kit';
import { attendanceTable } from '$lib/charts/attendanceCards.js';
import { attendancePoints } from '$lib/charts/attendanceOption.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { weekdayData } from '$lib/server/dashboard/attendanceData.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { filtersFromUrl, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import type { RequestHandler } from './$types';

/** The periods the attendance chart draws for the URL's year and filters. */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const rows = await weekdayData(lang, { ...filters, year });
	return csvResponse(
		attendanceTable('weekday', attendancePoints(rows)),
		`kinerja-kehadiran-hari-${year}.csv`
	);
};
