import { error, type RequestEvent } from '@sveltejs/kit';
import type { AuthUser, Role } from './users.js';

/**
 * What a route asks of the person requesting it:
 * - `public`: anyone, signed in or not (the login page);
 * - `signedIn`: any role (methodology text, the data-freshness poll);
 * - `aggregate`: city-wide aggregates — pimpinan, bkpsdm, admin; a kepala_opd is sent to its own
 *   agency's page (pages) or refused (downloads);
 * - `agency`: one agency's aggregates, named by the route's `kode` — any agency for pimpinan, bkpsdm
 *   and admin, only its own for kepala_opd;
 * - `individual`: names, NIPs, per-person records — bkpsdm; a kepala_opd only when the request is
 *   scoped to its own agency by `scope` (the route's `kode` or the `opd` query parameter);
 * - `hr`: BKPSDM's own work (uploads, rejected rows, Satyalancana) — bkpsdm only;
 * - `admin`: accounts and the audit log — admin only.
 */
export type Need = 'public' | 'signedIn' | 'aggregate' | 'agency' | 'individual' | 'hr' | 'admin';

export interface Rule {
	need: Need;
	/** A page (and its `__data.json`) or an endpoint (+server: CSV, JSON, Arrow). */
	type: 'page' | 'endpoint';
	/** For `individual`: where a kepala_opd's agency scope is read from. */
	scope?: 'kode' | 'opd';
}

const page = (need: Need, scope?: Rule['scope']): Rule => ({ need, type: 'page', scope });
const endpoint = (need: Need, scope?: Rule['scope']): Rule => ({ need, type: 'endpoint', scope });

/**
 * Every route of the app, by SvelteKit route id. A route missing here is refused to everyone
 * (default deny); test/web/auth/policyRoutes.test.ts walks web/routes so none is forgotten.
 */
export const POLICY: Readonly<Record<string, Rule>> = {
	'/masuk': page('public'),
	'/keluar': endpoint('public'),

	'/': page('aggregate'),
	'/kinerja': page('aggregate'),
	'/kompetensi': page('aggregate'),
	'/kehadiran': page('aggregate'),
	'/kesiapan': page('aggregate'),
	'/metodologi': page('signedIn'),
	'/unduh/distribusi.csv': endpoint('aggregate'),
	'/unduh/tren.csv': endpoint('aggregate'),
	'/unduh/jp.csv': endpoint('aggregate'),
	'/unduh/kompetensi-gap.csv': endpoint('aggregate'),
	'/unduh/kehadiran-bulan.csv': endpoint('aggregate'),
	'/unduh/kehadiran-hari.csv': endpoint('aggregate'),
	'/unduh/kehadiran-harian.csv': endpoint('aggregate'),
	'/unduh/pp94.csv': endpoint('aggregate'),
	'/unduh/kesiapan.csv': endpoint('aggregate'),
	'/unduh/kesiapan-komponen.csv': endpoint('aggregate'),
	'/unduh/efek-pelatihan.csv': endpoint('aggregate'),
	'/unduh/sasaran-pelatihan.csv': endpoint('individual', 'opd'),
	'/unduh/sasaran-pelatihan.xlsx': endpoint('individual', 'opd'),
	'/api/kehadiran-harian.arrow': endpoint('aggregate'),
	// The layout's freshness banner polls this on every page, an agency head's too; it carries only
	// the load time and run id.
	'/api/pembaruan': endpoint('signedIn'),

	'/opd': page('aggregate'),
	'/opd/[kode]': page('agency'),
	'/opd/[kode]/unduh/distribusi.csv': endpoint('agency'),
	'/opd/[kode]/unduh/tren.csv': endpoint('agency'),
	'/opd/[kode]/unduh/jp.csv': endpoint('agency'),
	'/opd/[kode]/unduh/kompetensi.csv': endpoint('agency'),
	'/opd/[kode]/unduh/kehadiran-bulan.csv': endpoint('agency'),
	'/opd/[kode]/unduh/pp94.csv': endpoint('agency'),
	'/opd/[kode]/unduh/kesiapan.csv': endpoint('agency'),

	// The page's rejected-row details are gated inside its load (hrViewsEnabled); counts are aggregate.
	'/data': page('aggregate'),
	'/data/unduh/aturan.csv': endpoint('aggregate'),
	'/data/unduh/ditolak.csv': endpoint('hr'),
	// Browser uploads (POST, x-csrf-token): BKPSDM loads exports into the warehouse.
	'/data/unggah': endpoint('hr'),

	'/laporan': page('aggregate'),
	'/laporan/status': endpoint('aggregate'),
	'/laporan/unduh/[file]': endpoint('aggregate'),

	// City-wide coverage; its award-candidate section is gated in the load (bkpsdm, or the head of the
	// agency in ?opd=), Satyalancana names are bkpsdm only.
	'/umpan-balik': page('aggregate'),
	'/umpan-balik/unduh/cakupan.csv': endpoint('aggregate'),
	'/umpan-balik/unduh/rencana.csv': endpoint('aggregate'),
	'/umpan-balik/unduh/kandidat-penghargaan.csv': endpoint('individual', 'opd'),
	'/umpan-balik/unduh/satyalancana.csv': endpoint('hr'),

	'/admin': page('admin'),
	'/admin/audit': page('admin'),
	'/admin/audit.csv': endpoint('admin')
};

/** Query parameters that name an agency: a kepala_opd may only ever name its own. */
const AGENCY_PARAMS = ['opd', 'kode', 'agency'] as const;

export type DenyReason = 'role' | 'scope' | 'unlisted';

export type Decision =
	| { kind: 'allow' }
	/** Signed out: the login page (pages) or 401 (endpoints). */
	| { kind: 'login' }
	/** A kepala_opd on a city-wide page: its own agency's page instead. */
	| { kind: 'redirect'; location: string }
	| { kind: 'forbidden'; reason: DenyReason };

export interface RouteRequest {
	/** `event.route.id`: null when no route matched (a 404 follows). */
	routeId: string | null;
	params: Partial<Record<string, string>>;
	url: URL;
}

const ALLOW: Decision = { kind: 'allow' };

const sameAgency = (a: string | null | undefined, b: string | null | undefined) =>
	!!a && !!b && a.toUpperCase() === b.toUpperCase();

/** The agency page a kepala_opd lands on, keeping language and filters. */
export function ownAgencyPath(user: AuthUser, url: URL): string {
	const keep = new URLSearchParams();
	for (const name of ['lang', 'tahun', 'jenis', 'jabatan']) {
		const value = url.searchParams.get(name);
		if (value) keep.set(name, value);
	}
	const query = keep.toString();
	return `/opd/${encodeURIComponent(user.agencyCode ?? '')}${query ? `?${query}` : ''}`;
}

function byRole(user: AuthUser, rule: Rule, request: RouteRequest): Decision {
	const role: Role = user.role;
	switch (rule.need) {
		case 'public':
		case 'signedIn':
			return ALLOW;
		case 'aggregate':
			if (role !== 'kepala_opd') return ALLOW;
			return rule.type === 'page'
				? { kind: 'redirect', location: ownAgencyPath(user, request.url) }
				: { kind: 'forbidden', reason: 'scope' };
		case 'agency':
			if (role !== 'kepala_opd') return ALLOW;
			return sameAgency(request.params.kode, user.agencyCode)
				? ALLOW
				: { kind: 'forbidden', reason: 'scope' };
		case 'individual': {
			const agency =
				rule.scope === 'kode'
					? request.params.kode
					: rule.scope === 'opd'
						? request.url.searchParams.get('opd')
						: undefined;
			return canSeeIndividuals(user, agency ?? undefined)
				? ALLOW
				: { kind: 'forbidden', reason: role === 'kepala_opd' ? 'scope' : 'role' };
		}
		case 'hr':
			return role === 'bkpsdm' ? ALLOW : { kind: 'forbidden', reason: 'role' };
		case 'admin':
			return role === 'admin' ? ALLOW : { kind: 'forbidden', reason: 'role' };
	}
}

/** The one access decision, made in web/hooks.server.ts for every request before any load runs. */
export function decide(user: AuthUser | null, request: RouteRequest): Decision {
	const rule = request.routeId === null ? undefined : POLICY[request.routeId];
	if (rule?.need === 'public') return ALLOW;
	if (!user) return { kind: 'login' };
	// No route: SvelteKit answers 404, revealing nothing.
	if (request.routeId === null) return ALLOW;
	if (!rule) return { kind: 'forbidden', reason: 'unlisted' };
	if (user.role === 'kepala_opd') {
		for (const name of AGENCY_PARAMS) {
			const value = request.url.searchParams.get(name);
			if (value !== null && !sameAgency(value, user.agencyCode))
				return { kind: 'forbidden', reason: 'scope' };
		}
	}
	return byRole(user, rule, request);
}

/**
 * Whether a user may see individual-level data (names, NIPs, per-person records): BKPSDM always, an
 * agency head for its own agency only. For loads that show an individual section in an aggregate page.
 */
export function canSeeIndividuals(user: AuthUser | null | undefined, agencyCode?: string): boolean {
	if (!user) return false;
	if (user.role === 'bkpsdm') return true;
	return user.role === 'kepala_opd' && sameAgency(agencyCode, user.agencyCode);
}

/** For endpoints that return individual rows: 403 unless `canSeeIndividuals`; marks the request for the audit log. */
export function requireIndividual(event: RequestEvent, agency?: string): void {
	if (!canSeeIndividuals(event.locals.user, agency))
		error(403, 'Data individu hanya untuk BKPSDM / Individual data is for BKPSDM only');
	event.locals.individual = true;
}

/** The requirement of a route, for the layout's navigation and the audit step in the hook. */
export function ruleFor(routeId: string | null): Rule | undefined {
	return routeId === null ? undefined : POLICY[routeId];
}
