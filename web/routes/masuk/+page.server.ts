import { fail, redirect } from '@sveltejs/kit';
import { audit } from '$lib/server/auth/audit.js';
import { LOGIN_CSRF_COOKIE, newCsrfToken } from '$lib/server/auth/csrf.js';
import { loginLimiter } from '$lib/server/auth/rateLimit.js';
import {
	createSession,
	purgeSessions,
	SESSION_COOKIE,
	sessionCookieOptions,
	sessionLimits
} from '$lib/server/auth/sessions.js';
import { appDb } from '$lib/server/auth/store.js';
import { authenticate, toAuthUser } from '$lib/server/auth/users.js';
import type { Actions, PageServerLoad } from './$types';

/** Only a path inside this app: `lanjut=//evil.example` or `https://…` must not send anyone away. */
function safeNext(value: string | null): string {
	if (!value || value.length > 2000 || !value.startsWith('/') || /^\/[/\\]/.test(value)) return '/';
	if (/^\/(masuk|keluar)(\/|\?|$)/.test(value)) return '/';
	return value;
}

export const load: PageServerLoad = ({ locals, cookies, url }) => {
	const next = safeNext(url.searchParams.get('lanjut'));
	if (locals.user) redirect(303, next);
	let csrf = cookies.get(LOGIN_CSRF_COOKIE);
	if (!csrf || !/^[0-9a-f]{64}$/.test(csrf)) {
		csrf = newCsrfToken();
		cookies.set(LOGIN_CSRF_COOKIE, csrf, {
			path: '/masuk',
			httpOnly: true,
			sameSite: 'strict',
			secure: url.protocol === 'https:'
		});
	}
	return {
		csrf,
		next,
		asked: url.searchParams.has('lanjut'),
		signedOut: url.searchParams.has('keluar')
	};
};

export type LoginError = 'missing' | 'invalid' | 'locked' | 'rate';

export const actions: Actions = {
	default: async (event) => {
		const { request, cookies, url, locals } = event;
		const form = await request.formData();
		const username = String(form.get('username') ?? '').slice(0, 64);
		const password = String(form.get('password') ?? '').slice(0, 1024);
		const next = safeNext(String(form.get('lanjut') ?? ''));
		let address = 'unknown';
		try {
			address = event.getClientAddress();
		} catch {
			// no address (tests calling the action directly)
		}
		const limit = loginLimiter.hit(address, Date.now());
		if (!limit.allowed) {
			if (limit.first) audit(event, 'rate_limited', username || null);
			return fail(429, { username, error: 'rate' as LoginError, wait: limit.retryAfterSeconds });
		}
		if (!username.trim() || !password)
			return fail(400, { username, error: 'missing' as LoginError, wait: 0 });
		const db = appDb();
		const now = new Date();
		const result = await authenticate(db, username, password, now);
		if (!result.ok) {
			if (result.reason === 'locked') {
				audit(event, result.justLocked ? 'locked' : 'login_failed', result.user.username, {
					reason: 'locked',
					until: result.until.toISOString()
				});
				const minutes = Math.max(1, Math.ceil((result.until.getTime() - now.getTime()) / 60_000));
				return fail(423, { username, error: 'locked' as LoginError, wait: minutes });
			}
			audit(event, 'login_failed', username, {
				reason: !result.user ? 'unknown_user' : result.user.disabled ? 'disabled' : 'password'
			});
			return fail(400, { username, error: 'invalid' as LoginError, wait: 0 });
		}
		const limits = sessionLimits();
		purgeSessions(db, now, limits);
		const { token } = createSession(db, toAuthUser(result.user), now, limits);
		cookies.set(SESSION_COOKIE, token, sessionCookieOptions(url, limits.absoluteMs));
		cookies.delete(LOGIN_CSRF_COOKIE, { path: '/masuk' });
		locals.user = toAuthUser(result.user);
		audit(event, 'login', result.user.username);
		redirect(303, next);
	}
};
