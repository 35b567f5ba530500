import { langFromUrl } from '$lib/i18n/index.js';
import { agencyPageData, openableAgencies } from '$lib/server/dashboard/agencyData.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const lang = langFromUrl(event.url);
	// The layout shows how to load data when there is no warehouse yet.
	const [{ agencies }, agency] = await Promise.all([
		event.parent(),
		warehouseReady() ? agencyPageData(event, lang, event.params.kode) : null
	]);
	// The picker offers only pages the user may open; a kepala_opd's single agency needs none.
	return { agency, picker: openableAgencies(event.locals.user, agencies) };
};
