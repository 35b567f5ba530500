import { agencyTrendTable } from '$lib/charts/agencyTables.js';
import { agencyTrendPoints } from '$lib/charts/agencyTrendOption.js';
import { agencyCsv, agencyPredikatData } from '$lib/server/dashboard/agencyData.js';
import type { RequestHandler } from './$types';

/** The points of the agency-against-city trend, as the page draws them. */
export const GET: RequestHandler = ({ url, params }) =>
	agencyCsv(url, params.kode, 'tren', async (lang, profile, filters) => {
		const { rows } = await agencyPredikatData(lang, profile.agency_code, filters);
		return agencyTrendTable(agencyTrendPoints(rows, profile.agency_code));
	});
