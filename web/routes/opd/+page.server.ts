import { redirect } from '@sveltejs/kit';
import { langFromUrl } from '$lib/i18n/index.js';
import { agencyHref } from '$lib/charts/drill.js';
import { openableAgencies } from '$lib/server/dashboard/agencyData.js';
import { filtersFromUrl, runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import { agencyComparison } from '$lib/server/queries/overview.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals, parent }) => {
	// The agency picker is a plain GET form (works without JavaScript): `?kode=` leads to its page.
	const code = url.searchParams.get('kode');
	if (code) redirect(303, agencyHref(url, code));
	const lang = langFromUrl(url);
	// The index lists only the agencies whose page this user may open (the policy's own decision).
	const open = parent().then(({ agencies }) => openableAgencies(locals.user, agencies));
	// Awaited on every path below; this only keeps an early throw from leaving it unhandled.
	open.catch(() => undefined);
	if (!warehouseReady()) return { year: null, comparison: [], open: await open };
	const filters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, filters);
	if (year === null) return { year: null, comparison: [], open: await open };
	const comparison = await runQuery(lang, (db) => agencyComparison(db, { ...filters, year }));
	return {
		year,
		comparison: comparison.filter((row) => row.agency_code !== 'ALL'),
		open: await open
	};
};
