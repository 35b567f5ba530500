import type { Page } from 'playwright-core';
import { openAppDb } from '../../web/lib/server/auth/store.js';
import { addUser } from '../../web/lib/server/auth/users.js';

export interface Account {
	username: string;
	role: 'pimpinan' | 'kepala_opd' | 'bkpsdm' | 'admin';
	agencyCode?: string;
	password: string;
}

/** Creates accounts in a (temporary) app store, as `npm run users -- add` would. */
export async function createAccounts(appDb: string, accounts: readonly Account[]): Promise<void> {
	const db = openAppDb(appDb);
	try {
		for (const account of accounts) await addUser(db, account, { now: new Date() });
	} finally {
		db.close();
	}
}

export interface HttpSession {
	/** `kinerja_sesi=…`, for a `cookie` header. */
	cookie: string;
	/** The session's CSRF token, as the page's forms carry it. */
	csrf: string;
	get(path: string, init?: RequestInit): Promise<Response>;
}

const tokenIn = (html: string) => /name="csrf" value="([0-9a-f]{64})"/.exec(html)?.[1];

/**
 * Signs in through the login form over plain HTTP: the form's token and its cookie, then the POST a
 * browser sends (same origin). Throws with the page's message when the login is refused.
 */
export async function loginOverHttp(
	base: string,
	username: string,
	password: string
): Promise<HttpSession> {
	const form = await fetch(`${base}/masuk`);
	const pre = /kinerja_csrf=([0-9a-f]{64})/.exec(form.headers.getSetCookie().join('; '))?.[1];
	const token = tokenIn(await form.text());
	if (!pre || token !== pre) throw new Error('the login page carries no CSRF token');
	const response = await fetch(`${base}/masuk`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			cookie: `kinerja_csrf=${pre}`,
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ username, password, csrf: token })
	});
	const session = /kinerja_sesi=([0-9a-f]{64})/.exec(
		response.headers.getSetCookie().join('; ')
	)?.[1];
	if (response.status !== 303 || !session)
		throw new Error(`login of ${username} refused: ${response.status} ${await response.text()}`);
	const cookie = `kinerja_sesi=${session}`;
	const get = (path: string, init: RequestInit = {}) =>
		fetch(`${base}${path}`, {
			redirect: 'manual',
			...init,
			headers: { cookie, ...(init.headers as Record<string, string> | undefined) }
		});
	const csrf = tokenIn(await (await get('/metodologi')).text());
	if (!csrf) throw new Error('a signed-in page carries no CSRF token');
	return { cookie, csrf, get };
}

/** Signs in through the login form in Chromium; the page's context keeps the session cookie. */
export async function loginInBrowser(
	page: Page,
	base: string,
	username: string,
	password: string,
	next = '/'
): Promise<void> {
	await page.goto(`${base}/masuk?lanjut=${encodeURIComponent(next)}`);
	await page.fill('input[name=username]', username);
	await page.fill('input[name=password]', password);
	// Only the answer to the login POST matters here ('commit'); callers wait for what they need on
	// the page, and a busy CI machine may take long over the first page's subresources.
	await Promise.all([
		page.waitForURL((url) => !url.pathname.startsWith('/masuk'), {
			waitUntil: 'commit',
			timeout: 60_000
		}),
		page.click('button[type=submit]')
	]);
	await page.waitForLoadState('domcontentloaded', { timeout: 60_000 });
}

/** The `cookie` header of a browser context, for `fetch` calls made beside the browser. */
export async function contextCookie(page: Page): Promise<string> {
	return (await page.context().cookies())
		.map((cookie) => `${cookie.name}=${cookie.value}`)
		.join('; ');
}
