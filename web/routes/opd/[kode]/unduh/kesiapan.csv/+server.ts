import { agencyComponentBars } from '$lib/charts/agencyReadinessOption.js';
import { agencyComponentTable } from '$lib/charts/agencyTables.js';
import { agencyCsv, agencyReadinessData } from '$lib/server/dashboard/agencyData.js';
import type { RequestHandler } from './$types';

/** The agency's index components against the city means (agency-level: no employee filters). */
export const GET: RequestHandler = ({ url, params }) =>
	agencyCsv(url, params.kode, 'kesiapan-komponen', async (lang, profile, filters) => {
		const { components } = await agencyReadinessData(lang, profile.agency_code, filters.year);
		return agencyComponentTable(agencyComponentBars(components, profile.agency_code));
	});
