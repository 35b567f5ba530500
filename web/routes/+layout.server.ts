import { langFromUrl } from '$lib/i18n/index.js';
import { decide } from '$lib/server/auth/policy.js';
import type { Role } from '$lib/server/auth/users.js';
import { runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { listAgencies, listPositionKinds, listYears } from '$lib/server/queries/filters.js';
import { warehouse } from '$lib/server/warehouse.js';
import type { LayoutServerLoad } from './$types';

/** Top-level pages the navigation may link to; each is shown only if the policy lets the user open it. */
const NAV_PATHS = [
	'/',
	'/opd',
	'/kinerja',
	'/kompetensi',
	'/kehadiran',
	'/kesiapan',
	'/umpan-balik',
	'/data',
	'/laporan',
	'/metodologi',
	'/admin'
];

/** Pages that work without a warehouse: signing in and managing accounts. */
const standalone = (routeId: string | null) =>
	!!routeId && (routeId.startsWith('/masuk') || routeId.startsWith('/admin'));

export const load: LayoutServerLoad = async ({ url, locals, route }) => {
	const lang = langFromUrl(url);
	const user = locals.user;
	const account: {
		user: { username: string; role: Role; agencyCode: string | null } | null;
		csrf: string;
		openPaths: string[];
	} = user
		? {
				user: { username: user.username, role: user.role, agencyCode: user.agencyCode },
				csrf: locals.session?.csrf ?? '',
				openPaths: NAV_PATHS.filter(
					(path) =>
						decide(user, { routeId: path, params: {}, url: new URL(path, url) }).kind === 'allow'
				)
			}
		: { user: null, csrf: '', openPaths: [] };
	const ready = warehouseReady();
	// Signed out, nothing about the data is sent: not even the list of years or agencies.
	if (!ready || !user)
		return {
			lang,
			...account,
			ready: ready || standalone(route.id),
			updatedAt: null,
			years: [],
			agencies: [],
			positionKinds: []
		};
	const [years, agencies, positionKinds] = await runQuery(lang, (db) =>
		Promise.all([listYears(db), listAgencies(db), listPositionKinds(db)])
	);
	return {
		lang,
		...account,
		ready: true,
		updatedAt: warehouse.updatedAt()?.toISOString() ?? null,
		years: years.map((row) => row.year),
		agencies,
		positionKinds: positionKinds.map((row) => row.position_kind)
	};
};
