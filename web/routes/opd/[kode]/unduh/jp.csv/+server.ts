import { jpBars } from '$lib/charts/jpHistogramOption.js';
import { jpTable } from '$lib/charts/tables.js';
import { agencyCsv, agencyJpData } from '$lib/server/dashboard/agencyData.js';
import type { RequestHandler } from './$types';

/** The agency's JP buckets, as the histogram draws them. */
export const GET: RequestHandler = ({ url, params }) =>
	agencyCsv(url, params.kode, 'jp', async (lang, profile, filters) =>
		jpTable(jpBars(await agencyJpData(lang, profile.agency_code, filters)))
	);
