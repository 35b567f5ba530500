import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
	createSession,
	SESSION_COOKIE,
	sessionLimits
} from '../../web/lib/server/auth/sessions.js';
import { openAppDb } from '../../web/lib/server/auth/store.js';
import { addUser } from '../../web/lib/server/auth/users.js';

export interface BenchSession {
	/** For the server: its own app store, so the benchmark never touches the real accounts. */
	env: Record<string, string>;
	cookie: { name: string; value: string };
	headers: Record<string, string>;
}

/**
 * Every dashboard page needs a signed-in role that may see city aggregates (web/hooks.server.ts,
 * policy.ts). The benchmark makes a throw-away app store with one `pimpinan` account and a session
 * in it, and sends that session's cookie — the login form itself is not what is measured.
 */
export async function benchSession(dir: string): Promise<BenchSession> {
	const path = join(dir, 'web-bench-app.sqlite');
	for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
	const db = openAppDb(path);
	try {
		const now = new Date();
		const user = await addUser(
			db,
			{
				username: 'bench',
				role: 'pimpinan',
				password: `${randomBytes(24).toString('base64url')}-Aa1`
			},
			{ now }
		);
		const { token } = createSession(db, user, now, sessionLimits());
		return {
			env: { KINERJA_APP_DB: path },
			cookie: { name: SESSION_COOKIE, value: token },
			headers: { cookie: `${SESSION_COOKIE}=${token}` }
		};
	} finally {
		db.close();
	}
}
