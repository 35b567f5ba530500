import type { Session } from '$lib/server/auth/sessions.js';
import type { AuthUser } from '$lib/server/auth/users.js';

declare global {
	namespace App {
		interface Locals {
			/** Who is signed in (web/hooks.server.ts), null when nobody is. */
			user: AuthUser | null;
			session: Session | null;
			/** Set when the response carries individual-level data: the hook writes the audit entry. */
			individual: boolean;
		}
		interface Error {
			message: string;
			/** For unexpected errors: the id the server log has the detail under. */
			id?: string;
		}
	}
}

export {};
