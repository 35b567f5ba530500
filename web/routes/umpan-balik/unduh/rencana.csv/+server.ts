import { error } from '@sveltejs/kit';
import { plansTable } from '$lib/charts/feedbackCards.js';
import { planBars } from '$lib/charts/feedbackOption.js';
import { langFromUrl } from '$lib/i18n/index.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import { loopYear, plansData } from '../../loopData.server.js';
import type { RequestHandler } from './$types';

/** The agencies the follow-through chart draws: plans of the latest resolved year up to the URL's. */
export const GET: RequestHandler = async ({ url }) => {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const year = await loopYear(url, lang);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const plans = await plansData(lang, year);
	if (plans.plansYear === null)
		error(404, 'Belum ada rencana yang dapat dinilai / No plan can be judged yet');
	return csvResponse(
		plansTable(planBars(plans.rows)),
		`kinerja-rencana-ditindaklanjuti-${plans.plansYear}.csv`
	);
};
