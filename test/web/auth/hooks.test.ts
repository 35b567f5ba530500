import { isHttpError, isRedirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratch } from '../../helpers/tmp.js';
import { fakeEvent, type FakeInit } from './fakeEvent.js';

/**
 * The hook, the login and logout handlers and the admin actions against a real store in a temp file:
 * sessions, CSRF, refusals, security headers, and one audit entry for each kind of event.
 */
const dir = scratch('kinerja-auth-');
process.env.KINERJA_APP_DB = `${dir.dir}/app.sqlite`;

const PASSWORD = 'jam gadang di pagi hari';
let handle: Handle;
let handleError: HandleServerError;
let policy: typeof import('../../../web/lib/server/auth/policy.js');
let login: (event: ReturnType<typeof fakeEvent>) => Promise<unknown>;
let logout: (event: ReturnType<typeof fakeEvent>) => unknown;
let adminActions: Record<string, (event: ReturnType<typeof fakeEvent>) => Promise<unknown>>;
let store: typeof import('../../../web/lib/server/auth/store.js');
let users: typeof import('../../../web/lib/server/auth/users.js');
let competency: typeof import('../../../web/lib/server/dashboard/competencyData.js');

beforeAll(async () => {
	// Imported after KINERJA_APP_DB is set: the server opens its store on first use.
	store = await import('../../../web/lib/server/auth/store.js');
	users = await import('../../../web/lib/server/auth/users.js');
	competency = await import('../../../web/lib/server/dashboard/competencyData.js');
	({ handle, handleError } = await import('../../../web/hooks.server.js'));
	policy = await import('../../../web/lib/server/auth/policy.js');
	login = (await import('../../../web/routes/masuk/+page.server.js')).actions.default as never;
	logout = (await import('../../../web/routes/keluar/+server.js')).POST as never;
	adminActions = (await import('../../../web/routes/admin/+page.server.js')).actions as never;
	const db = store.appDb();
	const now = new Date();
	for (const [username, role, agency] of [
		['siti', 'bkpsdm', null],
		['walikota', 'pimpinan', null],
		['kadis', 'kepala_opd', 'SETDA'],
		['admin', 'admin', null]
	] as const)
		await users.addUser(db, { username, role, agencyCode: agency, password: PASSWORD }, { now });
});
afterAll(() => dir.cleanup());

function auditRows(action?: string): {
	action: string;
	username: string | null;
	target: string | null;
	ip: string | null;
	detail: string | null;
}[] {
	const db = store.appDb();
	return (
		action
			? db.prepare('select * from audit_log where action = ? order by id').all(action)
			: db.prepare('select * from audit_log order by id').all()
	) as never;
}

/** Signs in through the login action; returns the session cookie value and the CSRF token. */
async function signIn(username: string, ip = '10.9.9.9'): Promise<{ token: string; csrf: string }> {
	const event = fakeEvent({
		method: 'POST',
		path: '/masuk',
		routeId: '/masuk',
		form: { username, password: PASSWORD, lanjut: '/kinerja' },
		ip
	});
	event.locals.user = null;
	await expect(login(event)).rejects.toSatisfy((e) => isRedirect(e) && e.location === '/kinerja');
	const token = event.written.get('kinerja_sesi')!;
	const session = (await import('../../../web/lib/server/auth/sessions.js')).validateSession(
		store.appDb(),
		token,
		new Date(),
		{ idleMs: 60_000, absoluteMs: 3_600_000 }
	)!;
	return { token, csrf: session.csrf };
}

/** Runs the hook; `resolve` stands in for SvelteKit rendering the route. */
async function through(
	init: FakeInit,
	resolve: (event: ReturnType<typeof fakeEvent>) => Response | Promise<Response> = () =>
		new Response('ok')
): Promise<{ response: Response; event: ReturnType<typeof fakeEvent>; resolved: boolean }> {
	const event = fakeEvent(init);
	let resolved = false;
	const response = await handle({
		event,
		resolve: async (e) => {
			resolved = true;
			return resolve(e as ReturnType<typeof fakeEvent>);
		}
	});
	return { response, event, resolved };
}

describe('login and logout', () => {
	it('signs in, sets an opaque session cookie and records the login', async () => {
		const { token } = await signIn('siti');
		expect(token).toMatch(/^[0-9a-f]{64}$/);
		const entry = auditRows('login').at(-1)!;
		expect(entry).toMatchObject({ username: 'siti', target: 'siti', ip: '10.9.9.9' });
	});

	it('refuses a wrong password with 400 and records it, without saying which part was wrong', async () => {
		const event = fakeEvent({
			method: 'POST',
			path: '/masuk',
			routeId: '/masuk',
			form: { username: 'siti', password: 'salah sekali' },
			ip: '10.2.2.2'
		});
		event.locals.user = null;
		const result = (await login(event)) as { status: number; data: { error: string } };
		expect(result.status).toBe(400);
		expect(result.data.error).toBe('invalid');
		expect(auditRows('login_failed').at(-1)).toMatchObject({ target: 'siti', ip: '10.2.2.2' });
		expect(auditRows('login_failed').at(-1)!.detail).toContain('password');
	});

	it('locks after 5 failures, says for how long, and records the lock', async () => {
		const attempt = async (password: string, ip: string) => {
			const event = fakeEvent({
				method: 'POST',
				path: '/masuk',
				routeId: '/masuk',
				form: { username: 'walikota', password },
				ip
			});
			event.locals.user = null;
			return (await login(event)) as { status: number; data: { error: string; wait: number } };
		};
		for (let i = 0; i < 4; i++)
			expect((await attempt('salah', `10.3.0.${i}`)).data.error).toBe('invalid');
		const locked = await attempt('salah', '10.3.0.9');
		expect(locked.status).toBe(423);
		expect(locked.data).toMatchObject({ error: 'locked', wait: 15 });
		expect(auditRows('locked').at(-1)).toMatchObject({ target: 'walikota' });
		// The right password does not open a locked account.
		expect((await attempt(PASSWORD, '10.3.0.10')).data.error).toBe('locked');
		await users.resetPassword(store.appDb(), 'walikota', PASSWORD, { now: new Date() });
	});

	it('answers 429 after 10 attempts a minute from one address, and records it once', async () => {
		const before = auditRows('rate_limited').length;
		const statuses: number[] = [];
		for (let i = 0; i < 12; i++) {
			const event = fakeEvent({
				method: 'POST',
				path: '/masuk',
				routeId: '/masuk',
				form: { username: `tamu${i}`, password: 'salah sekali' },
				ip: '10.4.4.4'
			});
			event.locals.user = null;
			statuses.push(((await login(event)) as { status: number }).status);
		}
		expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
		expect(statuses.slice(10)).toEqual([429, 429]);
		expect(auditRows('rate_limited').length).toBe(before + 1);
	});

	it('logout ends the session, clears the cookie and is recorded', async () => {
		const { token, csrf } = await signIn('siti', '10.5.5.5');
		const { response } = await through(
			{
				method: 'POST',
				path: '/keluar',
				routeId: '/keluar',
				cookies: { kinerja_sesi: token },
				form: { csrf }
			},
			async (event) => {
				try {
					await logout(event);
				} catch (e) {
					if (isRedirect(e))
						return new Response(null, { status: e.status, headers: { location: e.location } });
					throw e;
				}
				return new Response('no redirect');
			}
		);
		expect(response.status).toBe(303);
		expect(auditRows('logout').at(-1)).toMatchObject({ username: 'siti' });
		const after = await through({
			path: '/kinerja',
			routeId: '/kinerja',
			cookies: { kinerja_sesi: token }
		});
		expect(after.response.status).toBe(303);
		expect(after.response.headers.get('location')).toBe('/masuk?lanjut=%2Fkinerja');
		expect(after.response.headers.get('set-cookie')).toMatch(/^kinerja_sesi=/);
	});
});

describe('handle', () => {
	it('sends a signed-out page request to the login page and answers an endpoint with 401', async () => {
		const page = await through({ path: '/kinerja?tahun=2025&lang=en', routeId: '/kinerja' });
		expect(page.resolved).toBe(false);
		expect(page.response.status).toBe(303);
		expect(page.response.headers.get('location')).toBe(
			'/masuk?lanjut=%2Fkinerja%3Ftahun%3D2025%26lang%3Den&lang=en'
		);
		const csv = await through({ path: '/unduh/jp.csv', routeId: '/unduh/jp.csv' });
		expect(csv.resolved).toBe(false);
		expect(csv.response.status).toBe(401);
		expect(await csv.response.text()).toContain('/masuk');
	});

	it('refuses a signed-in role without running the route, and records the refusal', async () => {
		const { token } = await signIn('walikota', '10.6.6.6');
		const { response, resolved } = await through({
			path: '/unduh/sasaran-pelatihan.csv',
			routeId: '/unduh/sasaran-pelatihan.csv',
			cookies: { kinerja_sesi: token }
		});
		expect(resolved).toBe(false);
		expect(response.status).toBe(403);
		expect(auditRows('access_denied').at(-1)).toMatchObject({
			username: 'walikota',
			target: '/unduh/sasaran-pelatihan.csv'
		});
	});

	it('scopes an agency head to its agency: own page allowed, another 403, city page redirected', async () => {
		const { token } = await signIn('kadis', '10.7.7.7');
		const cookies = { kinerja_sesi: token };
		const own = await through({
			path: '/opd/SETDA',
			routeId: '/opd/[kode]',
			params: { kode: 'SETDA' },
			cookies
		});
		expect(own.response.status).toBe(200);
		const other = await through({
			path: '/opd/DISHUB/__data.json',
			routeId: '/opd/[kode]',
			params: { kode: 'DISHUB' },
			cookies,
			isDataRequest: true
		});
		expect(other.response.status).toBe(403);
		expect(await other.response.json()).toEqual({
			message: 'Akun Anda hanya untuk OPD SETDA. Buka halaman OPD Anda di /opd/SETDA.'
		});
		const city = await through({ path: '/kinerja?tahun=2024', routeId: '/kinerja', cookies });
		expect(city.response.status).toBe(303);
		expect(city.response.headers.get('location')).toBe('/opd/SETDA?tahun=2024');
	});

	it('refuses a POST without the CSRF token, or with a wrong one, with 403 and records it', async () => {
		const { token, csrf } = await signIn('admin', '10.8.8.8');
		const post = (form: Record<string, string>, headers?: Record<string, string>) =>
			through({
				method: 'POST',
				path: '/admin?/nonaktifkan',
				routeId: '/admin',
				cookies: { kinerja_sesi: token },
				form,
				headers
			});
		const before = auditRows('csrf_refused').length;
		for (const attempt of [
			await post({ username: 'siti' }),
			await post({ username: 'siti', csrf: 'f'.repeat(64) }),
			await post({ username: 'siti', csrf: csrf.slice(0, 63) })
		]) {
			expect(attempt.resolved).toBe(false);
			expect(attempt.response.status).toBe(403);
		}
		expect(auditRows('csrf_refused').length).toBe(before + 3);
		expect((await post({ username: 'siti', csrf })).resolved).toBe(true);
		expect((await post({ username: 'siti' }, { 'x-csrf-token': csrf })).resolved).toBe(true);
	});

	it('refuses a form body over 1 MB with 413 before reading it, except for uploads', async () => {
		const { token, csrf } = await signIn('admin', '10.8.8.9');
		const big = String(2 * 1024 * 1024);
		const login = await through({
			method: 'POST',
			path: '/masuk',
			routeId: '/masuk',
			headers: { 'content-length': big }
		});
		expect(login.resolved).toBe(false);
		expect(login.response.status).toBe(413);
		const small = await through({
			method: 'POST',
			path: '/admin?/nonaktifkan',
			routeId: '/admin',
			cookies: { kinerja_sesi: token },
			form: { username: 'siti', csrf },
			headers: { 'content-length': '40' }
		});
		expect(small.resolved).toBe(true);
		const hr = await signIn('siti', '10.8.8.10');
		const upload = await through({
			method: 'POST',
			path: '/data/unggah',
			routeId: '/data/unggah',
			cookies: { kinerja_sesi: hr.token },
			headers: { 'content-length': big, 'x-csrf-token': hr.csrf }
		});
		expect(upload.resolved).toBe(true);
	});

	it('refuses a login form post without the login token (login CSRF)', async () => {
		const { response, resolved } = await through({
			method: 'POST',
			path: '/masuk',
			routeId: '/masuk',
			form: { username: 'siti', password: PASSWORD }
		});
		expect(resolved).toBe(false);
		expect(response.status).toBe(403);
		const ok = await through({
			method: 'POST',
			path: '/masuk',
			routeId: '/masuk',
			cookies: { kinerja_csrf: 'a'.repeat(64) },
			form: { username: 'siti', password: PASSWORD, csrf: 'a'.repeat(64) }
		});
		expect(ok.resolved).toBe(true);
	});

	it('records individual data viewed on a page and downloaded from an endpoint', async () => {
		const { token } = await signIn('siti', '10.10.10.10');
		const cookies = { kinerja_sesi: token };
		await through({ path: '/kompetensi?tahun=2025', routeId: '/kompetensi', cookies }, (event) => {
			expect(competency.hrViewsEnabled(event)).toBe(true);
			return new Response('names');
		});
		expect(auditRows('view_individual').at(-1)).toMatchObject({
			username: 'siti',
			target: '/kompetensi?tahun=2025'
		});
		const before = auditRows('download_individual').length;
		await through({
			path: '/unduh/sasaran-pelatihan.csv',
			routeId: '/unduh/sasaran-pelatihan.csv',
			cookies
		});
		await through(
			{ path: '/data/unduh/ditolak.csv', routeId: '/data/unduh/ditolak.csv', cookies },
			() => new Response('gone', { status: 404 })
		);
		// A failed download returned nothing: not recorded as one.
		expect(auditRows('download_individual').length).toBe(before + 1);
	});

	it('does not mark a pimpinan page view as individual', async () => {
		const { token } = await signIn('walikota', '10.11.11.11');
		const before = auditRows('view_individual').length;
		await through(
			{ path: '/kompetensi', routeId: '/kompetensi', cookies: { kinerja_sesi: token } },
			(event) => {
				expect(competency.hrViewsEnabled(event)).toBe(false);
				return new Response('aggregates');
			}
		);
		expect(auditRows('view_individual').length).toBe(before);
	});

	it('answers a malformed filter with 400 before any load runs, and records it', async () => {
		const { token } = await signIn('walikota', '10.12.12.12');
		const cookies = { kinerja_sesi: token };
		const attack = await through({
			path: "/kinerja?jenis=PNS'%3BDROP%20TABLE%20fct_appraisals",
			routeId: '/kinerja',
			cookies
		});
		expect(attack.resolved).toBe(false);
		expect(attack.response.status).toBe(400);
		expect(await attack.response.text()).toContain('Parameter jenis tidak sah');
		expect(auditRows('bad_input').at(-1)).toMatchObject({
			username: 'walikota',
			target: '/kinerja?jenis=PNS%27%3BDROP%20TABLE%20fct_appraisals'
		});
		// A well-formed value the query layer refuses is recorded too.
		const before = auditRows('bad_input').length;
		await through(
			{ path: '/kinerja?tahun=1999', routeId: '/kinerja', cookies },
			() => new Response('bad year', { status: 400 })
		);
		expect(auditRows('bad_input').length).toBe(before + 1);
	});

	it('sets the security headers on every answer, refusals included', async () => {
		for (const { response } of [
			await through({ path: '/kinerja', routeId: '/kinerja' }),
			await through({ path: '/unduh/jp.csv', routeId: '/unduh/jp.csv' }),
			await through({ path: '/masuk', routeId: '/masuk' })
		]) {
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('referrer-policy')).toBe('same-origin');
			expect(response.headers.get('x-frame-options')).toBe('DENY');
			expect(response.headers.get('permissions-policy')).toContain('camera=()');
			expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
			expect(response.headers.get('cache-control')).toBe('private, no-store');
		}
	});
});

describe('admin actions', () => {
	it('adds and disables users, records both, and refuses disabling oneself', async () => {
		const run = async (name: string, form: Record<string, string>) => {
			const event = fakeEvent({ method: 'POST', path: `/admin?/${name}`, routeId: '/admin', form });
			event.locals.user = { id: 4, username: 'admin', role: 'admin', agencyCode: null };
			return (await adminActions[name]!(event)) as { status?: number; data?: { error: string } };
		};
		await run('tambah', { username: 'budi', role: 'bkpsdm', password: 'ngarai sianok sore hari' });
		expect(users.findUser(store.appDb(), 'budi')?.role).toBe('bkpsdm');
		expect(auditRows('user_added').at(-1)).toMatchObject({ username: 'admin', target: 'budi' });
		const weak = await run('tambah', { username: 'ani', role: 'bkpsdm', password: 'pendek' });
		expect(weak.status).toBe(400);
		expect(weak.data?.error).toContain('minimal 12 karakter');
		await run('nonaktifkan', { username: 'budi' });
		expect(users.findUser(store.appDb(), 'budi')?.disabled).toBe(true);
		expect(auditRows('user_disabled').at(-1)).toMatchObject({ username: 'admin', target: 'budi' });
		expect((await run('nonaktifkan', { username: 'admin' })).status).toBe(400);
	});
});

describe('handleError', () => {
	it('gives the browser a message with an id and no stack; the detail goes to the server log', async () => {
		const logged: unknown[][] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => logged.push(args);
		try {
			const event = fakeEvent({ path: '/kinerja?lang=en', routeId: '/kinerja' });
			const secret = new Error('duckdb: file /srv/data/warehouse.duckdb is locked');
			const body = (await handleError({ error: secret, event, status: 500, message: 'x' })) as {
				message: string;
				id: string;
			};
			expect(body.id).toMatch(/^[0-9a-f]{8}$/);
			expect(body.message).toBe(
				`A server error occurred (code ${body.id}). Try again; if it keeps happening, give this code to the admin.`
			);
			expect(JSON.stringify(body)).not.toContain('duckdb');
			expect(String(logged[0]?.[0])).toContain(body.id);
			expect(logged[0]).toContain(secret);
		} finally {
			console.error = original;
		}
	});
});

describe('requireIndividual', () => {
	it('answers 403 unless the user may see individuals, and marks an allowed request', () => {
		const event = fakeEvent({ path: '/x', routeId: '/x' });
		event.locals.individual = false;
		event.locals.user = { id: 1, username: 'walikota', role: 'pimpinan', agencyCode: null };
		try {
			policy.requireIndividual(event);
			expect.unreachable();
		} catch (e) {
			expect(isHttpError(e) && e.status).toBe(403);
		}
		event.locals.user = { id: 2, username: 'kadis', role: 'kepala_opd', agencyCode: 'SETDA' };
		policy.requireIndividual(event, 'SETDA');
		expect(event.locals.individual).toBe(true);
	});
});
