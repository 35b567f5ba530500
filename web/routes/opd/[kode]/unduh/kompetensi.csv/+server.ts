import { agencyGapBars } from '$lib/charts/agencyGapOption.js';
import { agencyGapTable } from '$lib/charts/agencyTables.js';
import { agencyCsv, agencyGapData } from '$lib/server/dashboard/agencyData.js';
import type { RequestHandler } from './$types';

/** The agency's competency gaps beside the city's, as the page draws them (latest assessments). */
export const GET: RequestHandler = ({ url, params }) =>
	agencyCsv(url, params.kode, 'kesenjangan-kompetensi', async (lang, profile, filters) => {
		const rows = await agencyGapData(lang, profile.agency_code, filters);
		return agencyGapTable(agencyGapBars(rows, profile.agency_code));
	});
