import { agencyDistributionBars } from '$lib/charts/agencyDistributionOption.js';
import { distributionTable } from '$lib/charts/tables.js';
import { agencyCsv, agencyPredikatData } from '$lib/server/dashboard/agencyData.js';
import type { RequestHandler } from './$types';

/** The agency's and the city's predikat shares of the year, as the page draws them. */
export const GET: RequestHandler = ({ url, params }) =>
	agencyCsv(url, params.kode, 'predikat', async (lang, profile, filters) => {
		const { rows } = await agencyPredikatData(lang, profile.agency_code, filters);
		return distributionTable(agencyDistributionBars(rows, profile.agency_code, filters.year));
	});
