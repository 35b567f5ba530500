import { describe, expect, it } from 'vitest';
import {
	canSeeIndividuals,
	decide,
	POLICY,
	type Decision
} from '../../../web/lib/server/auth/policy.js';
import type { AuthUser } from '../../../web/lib/server/auth/users.js';

const pimpinan: AuthUser = { id: 1, username: 'walikota', role: 'pimpinan', agencyCode: null };
const kepala: AuthUser = { id: 2, username: 'kadis', role: 'kepala_opd', agencyCode: 'SETDA' };
const bkpsdm: AuthUser = { id: 3, username: 'siti', role: 'bkpsdm', agencyCode: null };
const admin: AuthUser = { id: 4, username: 'admin', role: 'admin', agencyCode: null };

/** What each persona gets; `kepala` is the head of SETDA, asking for SETDA and then for DISHUB. */
type Outcome = 'allow' | 'login' | 'redirect' | 403;
interface Row {
	out: Outcome;
	pimpinan: Outcome;
	kepalaOwn: Outcome;
	kepalaOther: Outcome;
	bkpsdm: Outcome;
	admin: Outcome;
}
const row = (...o: Outcome[]): Row => ({
	out: o[0]!,
	pimpinan: o[1]!,
	kepalaOwn: o[2]!,
	kepalaOther: o[3]!,
	bkpsdm: o[4]!,
	admin: o[5]!
});

const PUBLIC = row('allow', 'allow', 'allow', 'allow', 'allow', 'allow');
const SIGNED_IN = row('login', 'allow', 'allow', 'allow', 'allow', 'allow');
const CITY_PAGE = row('login', 'allow', 'redirect', 'redirect', 'allow', 'allow');
const CITY_DOWNLOAD = row('login', 'allow', 403, 403, 'allow', 'allow');
const AGENCY = row('login', 'allow', 'allow', 403, 'allow', 'allow');
const INDIVIDUAL_SCOPED = row('login', 403, 'allow', 403, 'allow', 403);
const HR = row('login', 403, 403, 403, 'allow', 403);
const ADMIN = row('login', 403, 403, 403, 403, 'allow');

/**
 * The expected matrix, written independently of POLICY: a route added to POLICY without a row here
 * fails the completeness check below.
 */
const EXPECTED: Record<string, Row> = {
	'/masuk': PUBLIC,
	'/keluar': PUBLIC,
	'/': CITY_PAGE,
	'/kinerja': CITY_PAGE,
	'/kompetensi': CITY_PAGE,
	'/kehadiran': CITY_PAGE,
	'/kesiapan': CITY_PAGE,
	'/opd': CITY_PAGE,
	'/data': CITY_PAGE,
	'/laporan': CITY_PAGE,
	'/umpan-balik': CITY_PAGE,
	'/umpan-balik/unduh/cakupan.csv': CITY_DOWNLOAD,
	'/umpan-balik/unduh/rencana.csv': CITY_DOWNLOAD,
	'/umpan-balik/unduh/kandidat-penghargaan.csv': INDIVIDUAL_SCOPED,
	'/umpan-balik/unduh/satyalancana.csv': HR,
	'/metodologi': SIGNED_IN,
	'/api/pembaruan': SIGNED_IN,
	'/unduh/distribusi.csv': CITY_DOWNLOAD,
	'/unduh/tren.csv': CITY_DOWNLOAD,
	'/unduh/jp.csv': CITY_DOWNLOAD,
	'/unduh/kompetensi-gap.csv': CITY_DOWNLOAD,
	'/unduh/kehadiran-bulan.csv': CITY_DOWNLOAD,
	'/unduh/kehadiran-hari.csv': CITY_DOWNLOAD,
	'/unduh/kehadiran-harian.csv': CITY_DOWNLOAD,
	'/unduh/pp94.csv': CITY_DOWNLOAD,
	'/unduh/kesiapan.csv': CITY_DOWNLOAD,
	'/unduh/kesiapan-komponen.csv': CITY_DOWNLOAD,
	'/unduh/efek-pelatihan.csv': CITY_DOWNLOAD,
	'/api/kehadiran-harian.arrow': CITY_DOWNLOAD,
	'/data/unduh/aturan.csv': CITY_DOWNLOAD,
	'/laporan/status': CITY_DOWNLOAD,
	'/laporan/unduh/[file]': CITY_DOWNLOAD,
	'/unduh/sasaran-pelatihan.csv': INDIVIDUAL_SCOPED,
	'/unduh/sasaran-pelatihan.xlsx': INDIVIDUAL_SCOPED,
	'/opd/[kode]': AGENCY,
	'/opd/[kode]/unduh/distribusi.csv': AGENCY,
	'/opd/[kode]/unduh/tren.csv': AGENCY,
	'/opd/[kode]/unduh/jp.csv': AGENCY,
	'/opd/[kode]/unduh/kompetensi.csv': AGENCY,
	'/opd/[kode]/unduh/kehadiran-bulan.csv': AGENCY,
	'/opd/[kode]/unduh/pp94.csv': AGENCY,
	'/opd/[kode]/unduh/kesiapan.csv': AGENCY,
	'/data/unduh/ditolak.csv': HR,
	'/data/unggah': HR,
	'/admin': ADMIN,
	'/admin/audit': ADMIN,
	'/admin/audit.csv': ADMIN
};

function outcome(decision: Decision): Outcome {
	return decision.kind === 'forbidden' ? 403 : decision.kind;
}

/** A concrete request for a route id, naming `agency` where the route takes one (param or ?opd=). */
function request(routeId: string, agency: string) {
	const path = routeId.replace('[kode]', agency).replace('[file]', 'laporan-kinerja-2025.pdf');
	const url = new URL(`http://kinerja.test${path}`);
	if (POLICY[routeId]?.scope === 'opd') url.searchParams.set('opd', agency);
	return { routeId, params: routeId.includes('[kode]') ? { kode: agency } : {}, url };
}

describe('decide', () => {
	it('has an expected row for every route in the policy, and a policy entry for every row', () => {
		expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(POLICY).sort());
	});

	describe.each(Object.entries(EXPECTED))('%s', (routeId, expected) => {
		it.each([
			['signed out', null, 'SETDA', expected.out],
			['pimpinan', pimpinan, 'DISHUB', expected.pimpinan],
			['kepala_opd, own agency', kepala, 'SETDA', expected.kepalaOwn],
			['kepala_opd, other agency', kepala, 'DISHUB', expected.kepalaOther],
			['bkpsdm', bkpsdm, 'DISHUB', expected.bkpsdm],
			['admin', admin, 'DISHUB', expected.admin]
		] as const)('%s → %s', (_who, user, agency, want) => {
			expect(outcome(decide(user, request(routeId, agency)))).toBe(want);
		});
	});

	it('refuses a route missing from the table to every role (default deny)', () => {
		const url = new URL('http://kinerja.test/rahasia');
		for (const user of [pimpinan, kepala, bkpsdm, admin])
			expect(decide(user, { routeId: '/rahasia', params: {}, url })).toEqual({
				kind: 'forbidden',
				reason: 'unlisted'
			});
		expect(decide(null, { routeId: '/rahasia', params: {}, url })).toEqual({ kind: 'login' });
	});

	it('lets SvelteKit answer 404 for no route, but only to someone signed in', () => {
		const url = new URL('http://kinerja.test/tidak-ada');
		expect(decide(bkpsdm, { routeId: null, params: {}, url }).kind).toBe('allow');
		expect(decide(null, { routeId: null, params: {}, url }).kind).toBe('login');
	});

	it('sends an agency head to its own page, keeping language and filters only', () => {
		const url = new URL('http://kinerja.test/kinerja?tahun=2025&lang=en&jenis=PNS&x=1');
		expect(decide(kepala, { routeId: '/kinerja', params: {}, url })).toEqual({
			kind: 'redirect',
			location: '/opd/SETDA?lang=en&tahun=2025&jenis=PNS'
		});
	});

	it.each(['opd', 'kode', 'agency'])(
		'refuses an agency head naming another agency in ?%s= on its own page',
		(name) => {
			const url = new URL(`http://kinerja.test/opd/SETDA?${name}=DISHUB`);
			expect(decide(kepala, { routeId: '/opd/[kode]', params: { kode: 'SETDA' }, url })).toEqual({
				kind: 'forbidden',
				reason: 'scope'
			});
			const own = new URL(`http://kinerja.test/opd/SETDA?${name}=setda`);
			expect(
				decide(kepala, { routeId: '/opd/[kode]', params: { kode: 'SETDA' }, url: own }).kind
			).toBe('allow');
		}
	);

	it('refuses the training-target CSV to an agency head without ?opd=', () => {
		const url = new URL('http://kinerja.test/unduh/sasaran-pelatihan.csv');
		expect(decide(kepala, { routeId: '/unduh/sasaran-pelatihan.csv', params: {}, url }).kind).toBe(
			'forbidden'
		);
	});
});

describe('canSeeIndividuals', () => {
	it.each([
		['bkpsdm, any agency', bkpsdm, undefined, true],
		['kepala_opd, own agency', kepala, 'SETDA', true],
		['kepala_opd, own agency in lower case', kepala, 'setda', true],
		['kepala_opd, other agency', kepala, 'DISHUB', false],
		['kepala_opd, city-wide', kepala, undefined, false],
		['pimpinan', pimpinan, 'SETDA', false],
		['admin', admin, 'SETDA', false],
		['nobody', null, 'SETDA', false]
	] as const)('%s → %s', (_name, user, agency, allowed) => {
		expect(canSeeIndividuals(user, agency)).toBe(allowed);
	});
});
