import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { decide, POLICY, type Decision } from '../../web/lib/server/auth/policy.js';
import { openAppDb } from '../../web/lib/server/auth/store.js';
import type { AuthUser } from '../../web/lib/server/auth/users.js';
import { awardCandidates, satyalancanaList } from '../../web/lib/server/queries/awards.js';
import { trainingTargets } from '../../web/lib/server/queries/competency.js';
import { listAgencies, listYears } from '../../web/lib/server/queries/filters.js';
import { ensureBuild, startApp, type App } from './server.js';
import { createAccounts, loginInBrowser, loginOverHttp, type HttpSession } from './session.js';

/**
 * The built server on a generated warehouse, over HTTP as each role: every route of the policy table
 * (pages, their __data.json, CSV, JSON, Arrow), agency scope, CSRF, malformed filters, the audit log,
 * and login and logout in Chromium.
 */
const CHROMIUM = '/usr/bin/chromium';
const PASSWORD = 'jam gadang di pagi hari';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];
const SHOTS = '/tmp/kinerja-shots';

let dir: string;
let warehouse: string;
let appDb: string;
let db: Db;
let server: App;
let base: string;
let browser: Browser | undefined;
/** The agency head's own agency (with training targets) and another one. */
let A: string;
let B: string;
const sessions: Record<string, HttpSession> = {};

type Persona = 'out' | 'pimpinan' | 'kepala' | 'bkpsdm' | 'admin';
const users: Record<Exclude<Persona, 'out'>, AuthUser> = {
	pimpinan: { id: 1, username: 'walikota', role: 'pimpinan', agencyCode: null },
	kepala: { id: 2, username: 'kadis', role: 'kepala_opd', agencyCode: '' },
	bkpsdm: { id: 3, username: 'siti', role: 'bkpsdm', agencyCode: null },
	admin: { id: 4, username: 'admin', role: 'admin', agencyCode: null }
};

const get = (persona: Persona, path: string, init?: RequestInit) =>
	persona === 'out'
		? fetch(`${base}${path}`, { redirect: 'manual', ...init })
		: sessions[persona]!.get(path, init);

function auditActions(): { action: string; username: string | null; target: string | null }[] {
	const store = openAppDb(appDb);
	try {
		return store
			.prepare('select action, username, target from audit_log order by id')
			.all() as never;
	} finally {
		store.close();
	}
}

beforeAll(async () => {
	if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
	dir = mkdtempSync(join(tmpdir(), 'kinerja-access-'));
	const sample = join(dir, 'sample');
	const gen = spawnSync(
		process.execPath,
		['--import', 'tsx', 'data/generate/cli.ts', '--out', sample, '--employees', '150'],
		{ encoding: 'utf8' }
	);
	if (gen.status !== 0) throw new Error(gen.stderr);
	warehouse = join(dir, 'warehouse.duckdb');
	await runLoad({ warehouse, inputs: [sample] }, { log() {}, now: () => new Date() });
	db = await openDb(warehouse, { readOnly: true });
	const targets = await trainingTargets(db, {});
	const counts = new Map<string, number>();
	for (const row of targets) counts.set(row.agency_code!, (counts.get(row.agency_code!) ?? 0) + 1);
	A = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
	B = (await listAgencies(db)).find((a) => a.is_current && a.agency_code !== A)!.agency_code;
	users.kepala.agencyCode = A;
	appDb = join(dir, 'app.sqlite');
	await createAccounts(appDb, [
		{ username: 'walikota', role: 'pimpinan', password: PASSWORD },
		{ username: 'kadis', role: 'kepala_opd', agencyCode: A, password: PASSWORD },
		{ username: 'siti', role: 'bkpsdm', password: PASSWORD },
		{ username: 'admin', role: 'admin', password: PASSWORD },
		{ username: 'korban', role: 'pimpinan', password: PASSWORD }
	]);
	await ensureBuild();
	server = await startApp({
		KINERJA_DB: warehouse,
		KINERJA_APP_DB: appDb,
		KINERJA_LOGIN_RATE: '40'
	});
	base = server.base;
	for (const persona of ['pimpinan', 'kepala', 'bkpsdm', 'admin'] as const)
		sessions[persona] = await loginOverHttp(base, users[persona].username, PASSWORD);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	db?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A concrete URL for a route id: `[kode]` is A or B, `[file]` a report file name. */
function pathFor(routeId: string, agency: string): string {
	return routeId.replace('[kode]', agency).replace('[file]', 'laporan-kinerja-2025.pdf');
}

/** What the hook must answer for a decision, on a page (GET) or an endpoint. */
function check(decision: Decision, response: Response, page: boolean, label: string) {
	const location = response.headers.get('location') ?? '';
	switch (decision.kind) {
		case 'allow':
			expect(response.status, label).not.toBe(401);
			expect(response.status, label).not.toBe(403);
			expect(response.status, label).toBeLessThan(500);
			expect(location, label).not.toMatch(/^\/masuk/);
			break;
		case 'login':
			if (page) {
				expect(response.status, label).toBe(303);
				expect(location, label).toMatch(/^\/masuk\?lanjut=/);
			} else expect(response.status, label).toBe(401);
			break;
		case 'redirect':
			expect(response.status, label).toBe(303);
			expect(location, label).toBe(`/opd/${A}`);
			break;
		case 'forbidden':
			expect(response.status, label).toBe(403);
	}
}

const personas: readonly Persona[] = ['out', 'pimpinan', 'kepala', 'bkpsdm', 'admin'];

describe('role × route matrix over HTTP', () => {
	const routes = Object.entries(POLICY);

	it.each(routes)('%s answers each role as the policy decides', async (routeId, rule) => {
		for (const persona of personas)
			for (const agency of routeId.includes('[kode]') ? [A, B] : [A]) {
				const path = pathFor(routeId, agency);
				const url = new URL(path, base);
				const user = persona === 'out' ? null : users[persona];
				const decision = decide(user, { routeId, params: { kode: agency }, url });
				const label = `${persona} GET ${path}`;
				const response = await get(persona, path);
				if (routeId === '/masuk' && user) {
					// Signed in already: the login page sends one on.
					expect(response.status, label).toBe(303);
					expect(response.headers.get('location'), label).toBe('/');
					continue;
				}
				check(decision, response, rule.type === 'page', label);
				if (rule.type === 'page' && decision.kind === 'allow')
					expect(response.status, label).toBe(200);
				if (rule.type !== 'page') continue;
				// The page's data as client-side navigation fetches it.
				const dataPath = `${path === '/' ? '' : path}/__data.json`;
				const data = await get(persona, dataPath);
				const dataLabel = `${persona} GET ${dataPath}`;
				if (decision.kind === 'forbidden') {
					expect(data.status, dataLabel).toBe(403);
					continue;
				}
				expect(data.status, dataLabel).toBe(200);
				const body = (await data.json()) as { type: string; location?: string };
				if (decision.kind === 'allow') expect(body.type, dataLabel).toBe('data');
				else {
					expect(body.type, dataLabel).toBe('redirect');
					expect(body.location, dataLabel).toMatch(
						decision.kind === 'login' ? /^\/masuk\?lanjut=/ : new RegExp(`^/opd/${A}$`)
					);
				}
			}
	});

	it('serves the pages and downloads a role may open with 200, not only "not refused"', async () => {
		for (const path of ['/', '/kinerja', '/kompetensi', '/kehadiran', '/kesiapan', '/metodologi'])
			expect((await get('pimpinan', path)).status, path).toBe(200);
		for (const path of ['/unduh/jp.csv', '/unduh/distribusi.csv', '/unduh/kesiapan.csv']) {
			const response = await get('admin', path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-type')).toContain('text/csv');
		}
		expect((await get('kepala', `/opd/${A}/unduh/jp.csv`)).status).toBe(200);
		expect((await get('bkpsdm', '/unduh/sasaran-pelatihan.csv')).status).toBe(200);
		expect((await get('admin', '/admin/audit.csv')).status).toBe(200);
	});

	it('sends the security headers and a nonce-based CSP without unsafe-inline scripts', async () => {
		const page = await get('pimpinan', '/kinerja');
		const csp = page.headers.get('content-security-policy')!;
		expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(csp).toContain("frame-ancestors 'none'");
		// Style elements need the nonce too; only style attributes are let through.
		expect(csp).toMatch(/style-src 'self'( 'nonce-[^']+')?;/);
		expect(csp).toContain("style-src-attr 'unsafe-inline'");
		const csv = await get('pimpinan', '/unduh/jp.csv');
		for (const response of [page, csv]) {
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('referrer-policy')).toBe('same-origin');
			expect(response.headers.get('x-frame-options')).toBe('DENY');
			expect(response.headers.get('cache-control')).toBe('private, no-store');
		}
	});
});

describe('individual-level data', () => {
	it('never reaches pimpinan or admin: no names on the page, in its data or as CSV', async () => {
		const names = (await trainingTargets(db, {})).map((row) => row.nama!).filter(Boolean);
		expect(names.length).toBeGreaterThan(5);
		for (const persona of ['pimpinan', 'admin'] as const) {
			for (const path of ['/kompetensi', '/kompetensi/__data.json']) {
				const text = await (await get(persona, path)).text();
				for (const name of names) expect(text, `${persona} ${path}`).not.toContain(name);
			}
			expect((await get(persona, '/unduh/sasaran-pelatihan.csv')).status).toBe(403);
			expect((await get(persona, '/unduh/sasaran-pelatihan.xlsx')).status).toBe(403);
			expect((await get(persona, '/data/unduh/ditolak.csv')).status).toBe(403);
		}
		const hr = await (await get('bkpsdm', '/kompetensi')).text();
		expect(names.some((name) => hr.includes(name))).toBe(true);
	});

	it("gives an agency head its own staff's list and nobody else's", async () => {
		const own = await get('kepala', `/unduh/sasaran-pelatihan.csv?opd=${A}`);
		expect(own.status).toBe(200);
		const rows = Papa.parse<string[]>((await own.text()).replace(/^\uFEFF/, '').trim(), {
			delimiter: ';'
		}).data.slice(1);
		const expected = await trainingTargets(db, { agency: A });
		expect(rows.length).toBe(expected.length);
		expect(new Set(rows.map((row) => row[1]))).toEqual(new Set([A]));
		expect((await get('kepala', `/unduh/sasaran-pelatihan.csv?opd=${B}`)).status).toBe(403);
		expect((await get('kepala', '/unduh/sasaran-pelatihan.csv')).status).toBe(403);
		expect((await get('kepala', `/unduh/sasaran-pelatihan.xlsx?opd=${B}`)).status).toBe(403);
	});

	it('exports the training-target list as XLSX with exactly the CSV rows, as text and numbers', async () => {
		const csv = await get('bkpsdm', `/unduh/sasaran-pelatihan.csv?opd=${A}`);
		const csvRows = Papa.parse<string[]>((await csv.text()).replace(/^\uFEFF/, '').trim(), {
			delimiter: ';'
		}).data;
		const xlsx = await get('kepala', `/unduh/sasaran-pelatihan.xlsx?opd=${A}`);
		expect(xlsx.status).toBe(200);
		expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await xlsx.arrayBuffer());
		const sheet = workbook.worksheets[0]!;
		const sheetRows: string[][] = [];
		sheet.eachRow((row) => {
			const values = (row.values as unknown[]).slice(1);
			sheetRows.push(
				values.map((value) => (value === undefined || value === null ? '' : String(value)))
			);
		});
		expect(sheetRows.length).toBe(csvRows.length);
		expect(sheetRows[0]).toEqual(csvRows[0]);
		expect(sheetRows.slice(1).map((row) => row[0])).toEqual(csvRows.slice(1).map((row) => row[0]));
		expect(sheetRows.slice(1).map((row) => row[1])).toEqual(csvRows.slice(1).map((row) => row[1]));
	});
});

describe("an agency's staff lists on its page", () => {
	const csvRows = async (response: Response) =>
		Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, '').trim(), {
			delimiter: ';'
		}).data;
	let year: number;
	let names: string[];
	let candidates: Awaited<ReturnType<typeof awardCandidates>>;

	beforeAll(async () => {
		year = (await listYears(db)).at(-1)!.year;
		candidates = await awardCandidates(db, { year, agency: A });
		names = [
			...(await trainingTargets(db, { agency: A })).map((row) => row.nama),
			...candidates.map((row) => row.nama)
		].filter((name): name is string => !!name);
		expect(names.length).toBeGreaterThan(5);
	});

	it('shows the head of A its own staff by name, with both CSV links, and refuses B', async () => {
		const html = await (await get('kepala', `/opd/${A}`)).text();
		expect(html).toContain('data-staff');
		for (const name of names) expect(html).toContain(name.replace(/'/g, '&#39;'));
		expect(html).toContain(`/unduh/sasaran-pelatihan.csv?opd=${A}`);
		expect(html).toContain(
			`/umpan-balik/unduh/kandidat-penghargaan.csv?opd=${A}&amp;tahun=${year}`
		);
		// No picker: the only agency the head may open is its own.
		expect(html).not.toContain('name="kode"');
		// The navigation holds no city-wide page (each would redirect to /opd/A).
		for (const path of ['/kinerja', '/kompetensi', '/umpan-balik', '/opd'])
			expect(html).not.toContain(`href="${path}"`);
		expect((await get('kepala', `/opd/${B}`)).status).toBe(403);
		expect(
			auditActions().some(
				(e) => e.action === 'view_individual' && e.username === 'kadis' && e.target === `/opd/${A}`
			)
		).toBe(true);
	});

	it('shows pimpinan and admin a note and no names on /opd/A and /umpan-balik', async () => {
		const everyone = [
			...names,
			...(await satyalancanaList(db, { year })).map((row) => row.nama ?? '')
		].filter(Boolean);
		for (const persona of ['pimpinan', 'admin'] as const)
			for (const path of [`/opd/${A}`, `/opd/${A}/__data.json`, '/umpan-balik']) {
				const text = await (await get(persona, path)).text();
				for (const name of everyone) expect(text, `${persona} ${path}`).not.toContain(name);
				for (const row of candidates) expect(text, `${persona} ${path}`).not.toContain(row.nip);
			}
		const html = await (await get('pimpinan', `/opd/${A}`)).text();
		expect(html).toContain('data-staff-restricted');
		expect(html).toContain('name="kode"');
	});

	it('keeps the Satyalancana CSV to BKPSDM', async () => {
		for (const persona of ['pimpinan', 'admin', 'out'] as const)
			expect((await get(persona, '/umpan-balik/unduh/satyalancana.csv')).status).not.toBe(200);
		for (const path of [
			'/umpan-balik/unduh/satyalancana.csv',
			`/umpan-balik/unduh/satyalancana.csv?opd=${A}`
		])
			for (const persona of ['pimpinan', 'kepala', 'admin'] as const)
				expect((await get(persona, path)).status, `${persona} ${path}`).toBe(403);
		const hr = await get('bkpsdm', `/umpan-balik/unduh/satyalancana.csv?tahun=${year}`);
		expect(hr.status).toBe(200);
		expect((await csvRows(hr)).length - 1).toBe((await satyalancanaList(db, { year })).length);
	});

	it('gives the head of A the award-candidate CSV of A only, scoped by ?opd=', async () => {
		const own = await get(
			'kepala',
			`/umpan-balik/unduh/kandidat-penghargaan.csv?opd=${A}&tahun=${year}`
		);
		expect(own.status).toBe(200);
		const rows = (await csvRows(own)).slice(1);
		expect(rows.map((row) => row[1])).toEqual(candidates.map((row) => row.nip));
		expect(rows.every((row) => row[3] === A)).toBe(true);
		for (const path of [
			`/umpan-balik/unduh/kandidat-penghargaan.csv?opd=${B}`,
			'/umpan-balik/unduh/kandidat-penghargaan.csv'
		])
			expect((await get('kepala', path)).status, path).toBe(403);
		expect(
			(await get('pimpinan', `/umpan-balik/unduh/kandidat-penghargaan.csv?opd=${A}`)).status
		).toBe(403);
		const all = await get('bkpsdm', `/umpan-balik/unduh/kandidat-penghargaan.csv?tahun=${year}`);
		expect((await csvRows(all)).length - 1).toBe((await awardCandidates(db, { year })).length);
	});

	it('screenshots /opd/A as the head of A and as BKPSDM at 1280 and 390 px', async () => {
		browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
		mkdirSync(SHOTS, { recursive: true });
		for (const [username, role] of [
			['kadis', 'kepala'],
			['siti', 'bkpsdm']
		] as const) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await loginInBrowser(page, base, username, PASSWORD, `/opd/${A}`);
			expect(new URL(page.url()).pathname).toBe(`/opd/${A}`);
			for (const width of [1280, 390]) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(`${base}/opd/${A}`);
				await page.waitForSelector('[data-rendered=true] canvas', { timeout: 15_000 });
				const shown = await page.$$eval('[data-staff] [data-targets] tbody th', (cells) =>
					cells.map((cell) => cell.textContent)
				);
				expect(shown.length, `${role} ${width}`).toBe(
					(await trainingTargets(db, { agency: A })).length
				);
				await page.screenshot({
					path: join(SHOTS, `opd-staff-${role}-${width}.png`),
					fullPage: true
				});
			}
			await context.close();
		}
	});
});

describe('agency scope', () => {
	it('keeps the head of A out of B through every URL and parameter', async () => {
		const attempts = [
			`/opd/${B}`,
			`/opd/${B}/__data.json`,
			...Object.keys(POLICY)
				.filter((id) => id.startsWith('/opd/[kode]/'))
				.map((id) => pathFor(id, B)),
			`/opd/${A}?opd=${B}`,
			`/opd/${A}?kode=${B}`,
			`/opd/${A}/__data.json?opd=${B}`,
			`/opd/${A}/unduh/jp.csv?agency=${B}`,
			`/opd?kode=${B}`,
			`/kompetensi?opd=${B}`,
			`/unduh/jp.csv?opd=${B}`
		];
		for (const path of attempts) expect((await get('kepala', path)).status, path).toBe(403);
		const denied = auditActions().filter(
			(e) => e.action === 'access_denied' && e.username === 'kadis'
		);
		for (const path of attempts.filter((p) => !p.includes('__data.json')))
			expect(
				denied.map((e) => e.target),
				path
			).toContain(path);
	});

	it("sends the head of A to A's page from every city-wide page", async () => {
		for (const path of ['/', '/kinerja?tahun=2024', '/kehadiran', '/opd', `/opd?kode=${A}`]) {
			const response = await get('kepala', path);
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toMatch(new RegExp(`^/opd/${A}`));
		}
		expect((await get('kepala', `/opd/${A}`)).status).toBe(200);
	});
});

describe('CSRF', () => {
	const disabled = (username: string) => {
		const store = openAppDb(appDb);
		try {
			return (
				store.prepare('select disabled from users where username = ?').get(username) as {
					disabled: number;
				}
			).disabled;
		} finally {
			store.close();
		}
	};
	const post = (path: string, form: Record<string, string>, origin = base) =>
		get('admin', path, {
			method: 'POST',
			headers: { origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
			body: new URLSearchParams(form)
		});

	it('refuses a form post without the token, or with a wrong one, and changes nothing', async () => {
		const before = auditActions().filter((e) => e.action === 'csrf_refused').length;
		expect((await post('/admin?/nonaktifkan', { username: 'korban' })).status).toBe(403);
		expect(
			(await post('/admin?/nonaktifkan', { username: 'korban', csrf: '0'.repeat(64) })).status
		).toBe(403);
		// Another signed-in user's token is no good either.
		const other = sessions.pimpinan!.csrf;
		expect((await post('/admin?/nonaktifkan', { username: 'korban', csrf: other })).status).toBe(
			403
		);
		expect(disabled('korban')).toBe(0);
		expect(auditActions().filter((e) => e.action === 'csrf_refused').length).toBe(before + 3);
	});

	it("refuses a cross-site post even with the session's token (SvelteKit's origin check)", async () => {
		const csrf = sessions.admin!.csrf;
		const response = await post(
			'/admin?/nonaktifkan',
			{ username: 'korban', csrf },
			'https://evil.example'
		);
		expect(response.status).toBe(403);
		expect(disabled('korban')).toBe(0);
	});

	it('accepts the same post with the token, and a logout needs one too', async () => {
		const csrf = sessions.admin!.csrf;
		expect((await post('/admin?/nonaktifkan', { username: 'korban', csrf })).status).toBe(200);
		expect(disabled('korban')).toBe(1);
		expect((await post('/admin?/aktifkan', { username: 'korban', csrf })).status).toBe(200);
		expect(disabled('korban')).toBe(0);
		expect((await post('/keluar', {})).status).toBe(403);
		expect((await get('admin', '/admin')).status).toBe(200);
	});
});

describe('malformed filters', () => {
	const ATTACKS = [
		"'",
		"2025' OR '1'='1",
		'1;DROP TABLE fct_appraisals',
		'../../etc/passwd',
		'A\u0000'
	];
	const PARAMS = ['tahun', 'jenis', 'jabatan', 'opd', 'kompetensi', 'kode'];

	it('answers every attack in every filter parameter with 400 and changes nothing', async () => {
		const before = statSync(warehouse);
		const counts = await db.one<{ n: number }>('select count(*)::integer as n from fct_appraisals');
		const routes = [
			'/',
			'/kinerja',
			'/kompetensi',
			'/kehadiran',
			'/kesiapan',
			`/opd/${A}`,
			'/unduh/jp.csv',
			'/unduh/sasaran-pelatihan.csv',
			`/opd/${A}/unduh/jp.csv`,
			'/api/kehadiran-harian.arrow',
			'/data'
		];
		let sent = 0;
		const bad = () => auditActions().filter((e) => e.action === 'bad_input').length;
		const audited = bad();
		for (const route of routes)
			for (const name of PARAMS)
				for (const value of ATTACKS) {
					const path = `${route}?${new URLSearchParams({ [name]: value })}`;
					const response = await get('bkpsdm', path);
					expect(response.status, path).toBe(400);
					sent++;
				}
		for (const path of ['/opd/..%2F..%2Fetc%2Fpasswd', '/laporan/unduh/..%2Fapp.sqlite']) {
			expect((await get('bkpsdm', path)).status, path).toBe(400);
			sent++;
		}
		expect(bad()).toBe(audited + sent);
		const after = statSync(warehouse);
		expect([after.size, after.mtimeMs, after.ino]).toEqual([
			before.size,
			before.mtimeMs,
			before.ino
		]);
		expect(await db.one('select count(*)::integer as n from fct_appraisals')).toEqual(counts);
		expect((await get('bkpsdm', '/kinerja')).status).toBe(200);
	});

	it('shows a 400 page naming the parameter, in the page language', async () => {
		const response = await get('pimpinan', "/kinerja?jabatan=x'%3B--&lang=en");
		expect(response.status).toBe(400);
		const text = await response.text();
		expect(text).toContain('Parameter jabatan is not valid');
		expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
	});
});

describe('in Chromium', () => {
	it('logs in through the form, shows who is signed in, and logs out', async () => {
		browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
		const page = await browser.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		const response = await page.goto(`${base}/kehadiran?tahun=2024`);
		expect(new URL(page.url()).pathname).toBe('/masuk');
		expect(response?.status()).toBe(200);
		await page.fill('input[name=username]', 'siti');
		await page.fill('input[name=password]', 'salah sekali');
		await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
		expect(await page.textContent('[data-login-error]')).toContain(
			'Nama pengguna atau kata sandi salah'
		);
		await page.fill('input[name=password]', PASSWORD);
		await Promise.all([
			page.waitForURL((url) => url.pathname === '/kehadiran', {
				waitUntil: 'commit',
				timeout: 60_000
			}),
			page.click('button[type=submit]')
		]);
		expect(new URL(page.url()).search).toBe('?tahun=2024');
		expect(await page.textContent('[data-user]')).toContain('siti');
		await page.waitForSelector('[data-rendered=true] canvas', { timeout: 15_000 });
		const cookie = (await page.context().cookies()).find((c) => c.name === 'kinerja_sesi')!;
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
		expect(await page.evaluate(() => document.cookie)).not.toContain('kinerja_sesi');
		await Promise.all([page.waitForURL(/\/masuk/), page.click('header button[type=submit]')]);
		expect(await page.textContent('main')).toContain('Anda sudah keluar');
		await page.goto(`${base}/kehadiran`);
		expect(new URL(page.url()).pathname).toBe('/masuk');
		// The old cookie value is dead on the server, not only forgotten by the browser.
		const replay = await fetch(`${base}/unduh/jp.csv`, {
			headers: { cookie: `kinerja_sesi=${cookie.value}` },
			redirect: 'manual'
		});
		expect(replay.status).toBe(401);
		expect(violations).toEqual([]);
		await page.close();
	});

	it('tells a locked account how long to wait', async () => {
		const page = await browser!.newPage();
		await page.goto(`${base}/masuk?lang=en`);
		for (let i = 0; i < 5; i++) {
			await page.fill('input[name=username]', 'korban');
			await page.fill('input[name=password]', `wrong password ${i}`);
			await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
		}
		expect(await page.textContent('[data-login-error]')).toContain(
			'This account is locked after too many failed attempts. Try again in 15 minutes'
		);
		// Another account is not affected by the lock.
		await loginInBrowser(page, base, 'walikota', PASSWORD, '/metodologi');
		expect(await page.textContent('[data-user]')).toContain('walikota');
		await page.close();
	});

	it('has no serious accessibility violation on the login and admin pages', async () => {
		// axe is injected as an inline script, which the app's CSP rightly blocks: this context skips it.
		const context = await browser!.newContext({ bypassCSP: true });
		const page = await context.newPage();
		const axe = async (path: string) => {
			await page.goto(base + path);
			await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
			return page.evaluate(async () => {
				const result = await (
					window as unknown as {
						axe: { run: () => Promise<{ violations: { id: string; impact: string | null }[] }> };
					}
				).axe.run();
				return result.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => v.id);
			});
		};
		expect(await axe('/masuk')).toEqual([]);
		expect(await axe('/masuk?lang=en')).toEqual([]);
		await loginInBrowser(page, base, 'admin', PASSWORD, '/admin');
		for (const path of ['/admin', '/admin/audit', '/admin/audit?lang=en'])
			expect(await axe(path), path).toEqual([]);
		await context.close();
	});
});

describe('audit log and rate limit', () => {
	it('records each kind of event, and the admin can export it', async () => {
		const csv = await (await get('admin', '/admin/audit.csv')).text();
		const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim(), { delimiter: ';' }).data;
		expect(rows[0]).toEqual([
			'id',
			'waktu',
			'pengguna',
			'peran',
			'tindakan',
			'sasaran',
			'rincian',
			'alamat_ip',
			'peramban'
		]);
		const actions = new Set(rows.slice(1).map((row) => row[4]));
		for (const action of [
			'login',
			'login_failed',
			'locked',
			'logout',
			'user_disabled',
			'user_enabled',
			'view_individual',
			'download_individual',
			'access_denied',
			'csrf_refused',
			'bad_input'
		])
			expect(actions, action).toContain(action);
		const downloads = rows.filter((row) => row[4] === 'download_individual');
		expect(
			downloads.some(
				(row) => row[2] === 'kadis' && row[5] === `/unduh/sasaran-pelatihan.csv?opd=${A}`
			)
		).toBe(true);
		const filtered = await (await get('admin', '/admin/audit.csv?tindakan=logout')).text();
		expect(
			filtered
				.trim()
				.split('\n')
				.slice(1)
				.every((line) => line.includes(';logout;'))
		).toBe(true);
	});

	it('answers 429 with an Indonesian message once an address tries too often', async () => {
		const statuses: number[] = [];
		let last = '';
		for (let i = 0; i < 45 && !statuses.includes(429); i++) {
			const form = await fetch(`${base}/masuk`);
			const pre = /kinerja_csrf=([0-9a-f]{64})/.exec(form.headers.getSetCookie().join('; '))![1]!;
			const response = await fetch(`${base}/masuk`, {
				method: 'POST',
				headers: {
					cookie: `kinerja_csrf=${pre}`,
					origin: base,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ username: `tamu${i}`, password: 'salah sekali', csrf: pre })
			});
			statuses.push(response.status);
			last = await response.text();
		}
		expect(statuses.at(-1)).toBe(429);
		expect(last).toContain('Terlalu banyak percobaan masuk dari alamat ini');
		expect(auditActions().filter((e) => e.action === 'rate_limited')).toHaveLength(1);
	});
});
