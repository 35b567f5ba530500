import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Every form carries the session's token in this hidden field. */
export const CSRF_FIELD = 'csrf';
/** Uploads and `fetch` calls send it in this header instead (the body may be large). */
export const CSRF_HEADER = 'x-csrf-token';
/**
 * Before login there is no session: the login form's token is a random cookie it must echo
 * (double submit), so another site cannot sign a browser into an account of its choosing.
 */
export const LOGIN_CSRF_COOKIE = 'kinerja_csrf';

export function newCsrfToken(): string {
	return randomBytes(32).toString('hex');
}

/** GET, HEAD and OPTIONS change nothing and need no token. */
export function isSafeMethod(method: string): boolean {
	return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

function isForm(request: Request): boolean {
	const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
	return type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data';
}

/** The token a request sent: the header first, else the form field (read from a copy of the body). */
export async function submittedToken(request: Request): Promise<string | null> {
	const header = request.headers.get(CSRF_HEADER);
	if (header) return header;
	if (!isForm(request)) return null;
	try {
		const value = (await request.clone().formData()).get(CSRF_FIELD);
		return typeof value === 'string' ? value : null;
	} catch {
		return null;
	}
}

/** Constant-time comparison: the time taken does not reveal how much of a guess was right. */
export function tokensMatch(expected: string | null | undefined, given: string | null): boolean {
	if (!expected || !given) return false;
	const a = Buffer.from(expected);
	const b = Buffer.from(given);
	return a.length === b.length && timingSafeEqual(a, b);
}
