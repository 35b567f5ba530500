/**
 * Headers for every response the app itself answers (static files are served before the hook by
 * adapter-node and carry no personal data). Pages get their Content-Security-Policy from `kit.csp`
 * (svelte.config.js) with per-response nonces; anything else (CSV, JSON, error pages) gets a policy
 * that allows nothing to run.
 */
const FIXED: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin'
};

const LOCKED_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export function applySecurityHeaders(headers: Headers): void {
	for (const [name, value] of Object.entries(FIXED)) headers.set(name, value);
	if (!headers.has('content-security-policy')) headers.set('content-security-policy', LOCKED_CSP);
	// Pages and downloads may carry personal data: no shared cache keeps a copy.
	if (!headers.has('cache-control')) headers.set('cache-control', 'private, no-store');
}
