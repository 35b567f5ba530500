import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	createSession,
	deleteSession,
	purgeSessions,
	sessionCookieOptions,
	sessionLimits,
	validateSession
} from '../../../web/lib/server/auth/sessions.js';
import { openAppDb, type AppDb } from '../../../web/lib/server/auth/store.js';
import { addUser, disableUser, type User } from '../../../web/lib/server/auth/users.js';

const limits = { idleMs: 30 * 60_000, absoluteMs: 8 * 3_600_000 };
const t0 = new Date('2026-11-29T08:00:00+07:00');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

let db: AppDb;
let user: User;

beforeEach(async () => {
	db = openAppDb(':memory:');
	user = await addUser(
		db,
		{ username: 'siti', role: 'bkpsdm', password: 'jam gadang di pagi hari' },
		{ now: t0 }
	);
});
afterEach(() => db.close());

describe('createSession', () => {
	it('gives a 32-byte random token and stores only its SHA-256', () => {
		const { token, session } = createSession(db, user, t0, limits);
		expect(token).toMatch(/^[0-9a-f]{64}$/);
		const rows = db.prepare('select id, csrf_token from sessions').all() as {
			id: string;
			csrf_token: string;
		}[];
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).toBe(session.id);
		expect(rows[0]!.id).not.toBe(token);
		expect(rows[0]!.csrf_token).toMatch(/^[0-9a-f]{64}$/);
		expect(session.expiresAt).toEqual(at(8 * 60));
	});
});

describe('validateSession', () => {
	it('finds the user for a live token, nothing for an unknown or malformed one', () => {
		const { token } = createSession(db, user, t0, limits);
		expect(validateSession(db, token, at(1), limits)?.user).toEqual({
			id: user.id,
			username: 'siti',
			role: 'bkpsdm',
			agencyCode: null
		});
		expect(validateSession(db, 'f'.repeat(64), at(1), limits)).toBeNull();
		expect(validateSession(db, "' or 1=1 --", at(1), limits)).toBeNull();
	});

	it('ends a session idle for 30 minutes', () => {
		const { token } = createSession(db, user, t0, limits);
		expect(validateSession(db, token, at(29), limits)).not.toBeNull();
		// Used at minute 29: the idle clock restarts there.
		expect(validateSession(db, token, at(58), limits)).not.toBeNull();
		expect(validateSession(db, token, at(88), limits)).toBeNull();
		// Ended sessions are deleted, not only refused.
		expect(validateSession(db, token, at(89), limits)).toBeNull();
		expect(db.prepare('select count(*) as n from sessions').get()).toEqual({ n: 0 });
	});

	it('ends a session 8 hours after login however busy it is', () => {
		const { token } = createSession(db, user, t0, limits);
		for (let minute = 20; minute < 8 * 60; minute += 20)
			expect(validateSession(db, token, at(minute), limits), `minute ${minute}`).not.toBeNull();
		expect(validateSession(db, token, at(8 * 60), limits)).toBeNull();
	});

	it('honours a lowered absolute limit for sessions already open', () => {
		const { token } = createSession(db, user, t0, limits);
		expect(validateSession(db, token, at(25), { ...limits, absoluteMs: 20 * 60_000 })).toBeNull();
	});

	it('ends the sessions of a disabled account', () => {
		const { token } = createSession(db, user, t0, limits);
		disableUser(db, 'siti');
		expect(validateSession(db, token, at(1), limits)).toBeNull();
	});
});

describe('deleteSession and purgeSessions', () => {
	it('logout deletes one session; purge removes the ended ones only', () => {
		const a = createSession(db, user, t0, limits);
		const b = createSession(db, user, at(40), limits);
		deleteSession(db, a.session.id);
		expect(validateSession(db, a.token, at(41), limits)).toBeNull();
		const c = createSession(db, user, t0, limits);
		expect(purgeSessions(db, at(45), limits)).toBe(1);
		expect(validateSession(db, b.token, at(45), limits)).not.toBeNull();
		expect(validateSession(db, c.token, at(45), limits)).toBeNull();
	});
});

describe('sessionLimits', () => {
	it('reads minutes and hours from the environment, falling back on bad values', () => {
		expect(sessionLimits({})).toEqual(limits);
		expect(
			sessionLimits({ KINERJA_SESSION_IDLE_MINUTES: '5', KINERJA_SESSION_MAX_HOURS: '1' })
		).toEqual({ idleMs: 5 * 60_000, absoluteMs: 3_600_000 });
		expect(
			sessionLimits({ KINERJA_SESSION_IDLE_MINUTES: 'x', KINERJA_SESSION_MAX_HOURS: '-1' })
		).toEqual(limits);
	});
});

describe('sessionCookieOptions', () => {
	it('is HttpOnly and SameSite=Lax everywhere, Secure over HTTPS only', () => {
		expect(
			sessionCookieOptions(new URL('https://kinerja.bukittinggikota.go.id/'), 8 * 3_600_000)
		).toEqual({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: true,
			maxAge: 28_800
		});
		expect(sessionCookieOptions(new URL('http://127.0.0.1:3000/')).secure).toBe(false);
	});
});
