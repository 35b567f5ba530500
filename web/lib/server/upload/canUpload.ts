import { decide } from '../auth/policy.js';
import type { AuthUser } from '../auth/users.js';

export const UPLOAD_ROUTE = '/data/unggah';

/**
 * Whether a user may upload: the policy table's own answer for the upload route (`hr`: bkpsdm), so
 * the Data page shows the upload section exactly to those the endpoint accepts.
 */
export function canUpload(user: AuthUser | null | undefined, url: URL): boolean {
	return (
		decide(user ?? null, {
			routeId: UPLOAD_ROUTE,
			params: {},
			url: new URL(UPLOAD_ROUTE, url)
		}).kind === 'allow'
	);
}
