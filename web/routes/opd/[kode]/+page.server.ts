import { langFromUrl } from '$lib/i18n/index.js';
import { agencyPageData } from '$lib/server/dashboard/agencyData.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, params }) => {
	const lang = langFromUrl(url);
	// The layout shows how to load data when there is no warehouse yet.
	if (!warehouseReady()) return { agency: null };
	return { agency: await agencyPageData(lang, params.kode, url) };
};
