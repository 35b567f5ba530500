import { redirect } from '@sveltejs/kit';
import { langFromUrl } from '$lib/i18n/index.js';
import { agencyHref } from '$lib/charts/drill.js';
import { filtersFromUrl, runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import { agencyComparison } from '$lib/server/queries/overview.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	// The agency picker is a plain GET form (works without JavaScript): `?kode=` leads to its page.
	const code = url.searchParams.get('kode');
	if (code) redirect(303, agencyHref(url, code));
	const lang = langFromUrl(url);
	if (!warehouseReady()) return { year: null, comparison: [] };
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) return { year: null, comparison: [] };
	const comparison = await runQuery(lang, (db) => agencyComparison(db, { ...filters, year }));
	return { year, comparison: comparison.filter((row) => row.agency_code !== 'ALL') };
};
