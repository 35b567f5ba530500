import { langFromUrl } from '$lib/i18n/index.js';
import { runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { listAgencies, listPositionKinds, listYears } from '$lib/server/queries/filters.js';
import { warehouse } from '$lib/server/warehouse.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ url }) => {
	const lang = langFromUrl(url);
	if (!warehouseReady())
		return { lang, ready: false, updatedAt: null, years: [], agencies: [], positionKinds: [] };
	const [years, agencies, positionKinds] = await runQuery(lang, (db) =>
		Promise.all([listYears(db), listAgencies(db), listPositionKinds(db)])
	);
	return {
		lang,
		ready: true,
		updatedAt: warehouse.updatedAt()?.toISOString() ?? null,
		years: years.map((row) => row.year),
		agencies,
		positionKinds: positionKinds.map((row) => row.position_kind)
	};
};
