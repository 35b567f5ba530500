import { redirect } from '@sveltejs/kit';
import { audit } from '$lib/server/auth/audit.js';
import { deleteSession, SESSION_COOKIE, sessionCookieOptions } from '$lib/server/auth/sessions.js';
import { appDb } from '$lib/server/auth/store.js';
import type { RequestHandler } from './$types';

/** Signing out: a POST carrying the session's CSRF token (checked in the hook), never a GET link. */
export const POST: RequestHandler = (event) => {
	const { locals, cookies, url } = event;
	if (locals.session) {
		audit(event, 'logout', locals.user?.username ?? null);
		deleteSession(appDb(), locals.session.id);
	}
	cookies.delete(SESSION_COOKIE, sessionCookieOptions(url));
	redirect(
		303,
		url.searchParams.get('lang') === 'en' ? '/masuk?lang=en&keluar=1' : '/masuk?keluar=1'
	);
};
