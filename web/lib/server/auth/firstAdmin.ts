import { writeAudit } from './audit.js';
import { randomPassword } from './passwords.js';
import type { AppDb } from './store.js';
import { addUser, countUsers } from './users.js';

/**
 * No default password exists: when the store has no account at all (a fresh clone), one `admin` is
 * made with a random password for the caller to show once. Stored only as its argon2id hash.
 */
export async function ensureFirstAdmin(
	db: AppDb,
	now: Date
): Promise<{ username: string; password: string } | null> {
	if (countUsers(db) > 0) return null;
	const password = randomPassword(20);
	await addUser(db, { username: 'admin', role: 'admin', password }, { now });
	writeAudit(db, {
		at: now,
		username: null,
		role: null,
		action: 'user_added',
		target: 'admin',
		detail: { role: 'admin', via: 'npm start', first_admin: true },
		ip: null,
		userAgent: null
	});
	return { username: 'admin', password };
}
