import { pp94Table } from '$lib/charts/attendanceCards.js';
import { pp94Bars } from '$lib/charts/pp94Option.js';
import { agencyCsv, agencyPp94Data } from '$lib/server/dashboard/agencyData.js';
import type { RequestHandler } from './$types';

/** The city's and the agency's PP 94/2021 risk bands (a risk indicator, not a sanction). */
export const GET: RequestHandler = ({ url, params }) =>
	agencyCsv(url, params.kode, 'risiko-pp94', async (lang, profile, filters) =>
		pp94Table(pp94Bars(await agencyPp94Data(lang, profile.agency_code, filters)))
	);
