import { attendanceTable } from '$lib/charts/attendanceCards.js';
import { attendancePoints } from '$lib/charts/attendanceOption.js';
import { agencyCsv, agencyMonthData } from '$lib/server/dashboard/agencyData.js';
import type { RequestHandler } from './$types';

/** The agency's attendance by month, as the chart draws it. */
export const GET: RequestHandler = ({ url, params }) =>
	agencyCsv(url, params.kode, 'kehadiran-bulan', async (lang, profile, filters) =>
		attendanceTable(
			'month',
			attendancePoints(await agencyMonthData(lang, profile.agency_code, filters))
		)
	);
