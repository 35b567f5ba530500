import { randomUUID } from 'node:crypto';
import { type Handle, type HandleServerError, type RequestEvent } from '@sveltejs/kit';
import { langFromUrl, t, type Lang } from '$lib/i18n/index.js';
import { audit } from '$lib/server/auth/audit.js';
import {
	isSafeMethod,
	LOGIN_CSRF_COOKIE,
	submittedToken,
	tokensMatch
} from '$lib/server/auth/csrf.js';
import { badParameter, type BadParameter } from '$lib/server/auth/inputGuard.js';
import { decide, ruleFor, type DenyReason } from '$lib/server/auth/policy.js';
import { applySecurityHeaders } from '$lib/server/auth/securityHeaders.js';
import {
	SESSION_COOKIE,
	sessionCookieOptions,
	sessionLimits,
	validateSession
} from '$lib/server/auth/sessions.js';
import { appDb } from '$lib/server/auth/store.js';

const limits = sessionLimits();

/** Pages (and their `__data.json`) are sent to the login page; endpoints answer with a status. */
function isPageRequest(event: RequestEvent): boolean {
	const rule = ruleFor(event.route.id);
	if (rule) return rule.type === 'page';
	return event.isDataRequest || (event.request.headers.get('accept') ?? '').includes('text/html');
}

function plain(status: number, message: string): Response {
	return new Response(`${message}\n`, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}

/** A refusal in the shape the client expects: JSON for data requests, the error page for pages. */
function refuse(event: RequestEvent, status: 400 | 401 | 403 | 413, message: string): Response {
	if (event.isDataRequest || event.request.headers.get('accept') === 'application/json')
		return Response.json({ message }, { status });
	if (isPageRequest(event))
		return new Response(errorPage(status, message, langFromUrl(event.url)), {
			status,
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
	return plain(status, message);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page SvelteKit does not render: the refusal must not run any load of the refused route. */
function errorPage(status: number, message: string, lang: Lang): string {
	return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${status} — ${escapeHtml(t(lang, 'app.title'))}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}a{color:#0550ae}</style></head><body><h1>${escapeHtml(t(lang, 'auth.denied.heading'))} (${status})</h1><p data-error>${escapeHtml(message)}</p><p><a href="/${lang === 'en' ? '?lang=en' : ''}">${escapeHtml(t(lang, 'error.back'))}</a></p></body></html>`;
}

function denyMessage(event: RequestEvent, reason: DenyReason, lang: Lang): string {
	const user = event.locals.user;
	if (reason === 'scope' && user?.agencyCode)
		return t(lang, 'auth.denied.scope', { agency: user.agencyCode });
	if (reason === 'unlisted') return t(lang, 'auth.denied.unlisted');
	return t(lang, 'auth.denied.role', { role: user ? t(lang, `auth.role.${user.role}`) : '' });
}

const target = (url: URL) => url.pathname + url.search;

function badMessage(bad: BadParameter, lang: Lang): string {
	const value = bad.value.length > 60 ? `${bad.value.slice(0, 60)}…` : bad.value;
	// eslint-disable-next-line no-control-regex
	const shown = value.replace(/[\u0000-\u001f\u007f]/g, '�');
	return bad.name === 'tahun'
		? t(lang, 'error.year', { value: shown })
		: t(lang, 'auth.badParam', { name: bad.name, value: shown });
}

/**
 * Every request passes here: the session is read, the route's policy decides (web/lib/server/auth/
 * policy.ts), state-changing requests must carry the session's CSRF token, and every response gets
 * the security headers. Individual-level responses and refusals are written to the audit log.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = langFromUrl(event.url);
	const db = appDb();
	const now = new Date();
	const token = event.cookies.get(SESSION_COOKIE);
	const session = token ? validateSession(db, token, now, limits) : null;
	// An ended session's cookie is cleared on whatever answer follows, early refusals included.
	const clearCookie =
		token && !session
			? event.cookies.serialize(SESSION_COOKIE, '', {
					...sessionCookieOptions(event.url),
					maxAge: 0
				})
			: null;
	event.locals.session = session;
	event.locals.user = session?.user ?? null;
	event.locals.individual = false;

	const decision = decide(event.locals.user, {
		routeId: event.route.id,
		params: event.params,
		url: event.url
	});
	let response: Response;
	let bad: BadParameter | null;
	if (decision.kind === 'login') {
		if (isPageRequest(event) && isSafeMethod(event.request.method)) {
			const next = new URLSearchParams({ lanjut: target(event.url) });
			if (lang === 'en') next.set('lang', 'en');
			response = seeOther(`/masuk?${next}`);
		} else response = refuse(event, 401, t(lang, 'auth.denied.login'));
	} else if (decision.kind === 'redirect') {
		response = seeOther(decision.location);
	} else if (decision.kind === 'forbidden') {
		audit(event, 'access_denied', target(event.url), { reason: decision.reason });
		response = refuse(event, 403, denyMessage(event, decision.reason, lang));
	} else if ((bad = badParameter(event.url, event.params))) {
		audit(event, 'bad_input', target(event.url), { parameter: bad.name });
		response = refuse(event, 400, badMessage(bad, lang));
	} else if (bodyTooLarge(event)) {
		response = refuse(event, 413, t(lang, 'error.bodyTooLarge'));
	} else if (
		!isSafeMethod(event.request.method) &&
		!tokensMatch(
			session ? session.csrf : event.cookies.get(LOGIN_CSRF_COOKIE),
			await submittedToken(event.request)
		)
	) {
		audit(event, 'csrf_refused', target(event.url), { method: event.request.method });
		response = refuse(event, 403, t(lang, 'auth.denied.csrf'));
	} else {
		response = await resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', lang)
		});
		afterResponse(event, response);
	}
	try {
		applySecurityHeaders(response.headers);
	} catch {
		// Immutable headers (a fetched response): copy them into a response we own.
		response = new Response(response.body, response);
		applySecurityHeaders(response.headers);
	}
	if (clearCookie) response.headers.append('set-cookie', clearCookie);
	return response;
};

/** Only uploads may be large: BODY_SIZE_LIMIT is raised for them, so every other form is capped here. */
const FORM_BODY_LIMIT = 1024 * 1024;
const LARGE_BODY_ROUTES = new Set(['/data/unggah']);

function bodyTooLarge(event: RequestEvent): boolean {
	if (isSafeMethod(event.request.method) || LARGE_BODY_ROUTES.has(event.route.id ?? ''))
		return false;
	const length = Number(event.request.headers.get('content-length') ?? '0');
	// A body without a length (chunked) is not something this app's forms send.
	return (
		Number.isNaN(length) ||
		length > FORM_BODY_LIMIT ||
		event.request.headers.has('transfer-encoding')
	);
}

/** SvelteKit turns a 3xx from the hook into its JSON redirect for `__data.json` requests. */
const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });

/** Audit entries that depend on how the request ended. */
function afterResponse(event: RequestEvent, response: Response): void {
	const rule = ruleFor(event.route.id);
	const ok = response.status >= 200 && response.status < 300;
	const individualRoute = rule?.need === 'individual' || rule?.need === 'hr';
	// An upload is audited as `upload` by its endpoint, not as a download.
	if (ok && isSafeMethod(event.request.method) && (individualRoute || event.locals.individual))
		audit(
			event,
			rule?.type === 'endpoint' ? 'download_individual' : 'view_individual',
			target(event.url)
		);
	// Malformed filters (quotes, SQL, paths) are refused with 400 by the query layer; keep a trace.
	if (response.status === 400 && isSafeMethod(event.request.method))
		audit(event, 'bad_input', target(event.url));
	if (response.status === 403) audit(event, 'access_denied', target(event.url));
}

/**
 * Unexpected errors: the detail goes to the server log under an id; the browser gets a message with
 * that id and no stack trace.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const lang = langFromUrl(event.url);
	if (status === 404) return { message: t(lang, 'auth.error.notFound') };
	const id = randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: t(lang, 'auth.error.server', { id }), id };
};
