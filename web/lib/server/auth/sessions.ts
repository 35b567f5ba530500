import { createHash, randomBytes } from 'node:crypto';
import type { AppDb } from './store.js';
import { isRole, type AuthUser, type Role } from './users.js';

export const SESSION_COOKIE = 'kinerja_sesi';

export interface SessionLimits {
	/** A session unused this long ends (default 30 min). */
	idleMs: number;
	/** A session ends this long after login, used or not (default 8 h: one working day). */
	absoluteMs: number;
}

function positive(text: string | undefined, fallback: number): number {
	const value = Number(text);
	return text && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** `KINERJA_SESSION_IDLE_MINUTES` and `KINERJA_SESSION_MAX_HOURS` (README "Environment"). */
export function sessionLimits(env: NodeJS.ProcessEnv = process.env): SessionLimits {
	return {
		idleMs: positive(env.KINERJA_SESSION_IDLE_MINUTES, 30) * 60_000,
		absoluteMs: positive(env.KINERJA_SESSION_MAX_HOURS, 8) * 3_600_000
	};
}

export interface Session {
	/** SHA-256 of the cookie value: a stolen copy of the store cannot be replayed as a cookie. */
	id: string;
	user: AuthUser;
	csrf: string;
	createdAt: Date;
	expiresAt: Date;
}

export interface NewSession {
	/** The cookie value; only its hash is stored. */
	token: string;
	session: Session;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSession(
	db: AppDb,
	user: AuthUser,
	now: Date,
	limits: SessionLimits
): NewSession {
	const token = randomBytes(32).toString('hex');
	const csrf = randomBytes(32).toString('hex');
	const expiresAt = new Date(now.getTime() + limits.absoluteMs);
	const id = hashToken(token);
	db.prepare(
		`insert into sessions (id, user_id, created_at, expires_at, last_seen_at, csrf_token)
		values (?, ?, ?, ?, ?, ?)`
	).run(id, user.id, now.toISOString(), expiresAt.toISOString(), now.toISOString(), csrf);
	return { token, session: { id, user, csrf, createdAt: now, expiresAt } };
}

interface SessionRow {
	id: string;
	created_at: string;
	expires_at: string;
	last_seen_at: string;
	csrf_token: string;
	user_id: number;
	username: string;
	role: Role;
	agency_code: string | null;
	disabled: number;
}

/** Seen-time writes are skipped within this window: one write per active user per 15 s, not per request. */
const TOUCH_MS = 15_000;

/**
 * The live session for a cookie value, or null (unknown, idle too long, past its absolute end, or its
 * account disabled). An ended session is deleted; a live one has its idle clock restarted.
 */
export function validateSession(
	db: AppDb,
	token: string,
	now: Date,
	limits: SessionLimits
): Session | null {
	if (!/^[0-9a-f]{64}$/.test(token)) return null;
	const id = hashToken(token);
	const row = db
		.prepare<[string], SessionRow>(
			`select s.id, s.created_at, s.expires_at, s.last_seen_at, s.csrf_token, s.user_id,
				u.username, u.role, u.agency_code, u.disabled
			from sessions s join users u on u.id = s.user_id where s.id = ?`
		)
		.get(id);
	if (!row) return null;
	const lastSeen = new Date(row.last_seen_at).getTime();
	const expiresAt = new Date(row.expires_at);
	const createdAt = new Date(row.created_at);
	const ended =
		row.disabled === 1 ||
		!isRole(row.role) ||
		now.getTime() >= expiresAt.getTime() ||
		// The absolute limit may have been lowered since login.
		now.getTime() >= createdAt.getTime() + limits.absoluteMs ||
		now.getTime() - lastSeen >= limits.idleMs;
	if (ended) {
		db.prepare('delete from sessions where id = ?').run(id);
		return null;
	}
	if (now.getTime() - lastSeen >= TOUCH_MS)
		db.prepare('update sessions set last_seen_at = ? where id = ?').run(now.toISOString(), id);
	return {
		id,
		user: { id: row.user_id, username: row.username, role: row.role, agencyCode: row.agency_code },
		csrf: row.csrf_token,
		createdAt,
		expiresAt
	};
}

export function deleteSession(db: AppDb, sessionId: string): void {
	db.prepare('delete from sessions where id = ?').run(sessionId);
}

/** Removes sessions that ended while nobody used them; returns how many. */
export function purgeSessions(db: AppDb, now: Date, limits: SessionLimits): number {
	return db
		.prepare('delete from sessions where expires_at <= ? or last_seen_at <= ?')
		.run(now.toISOString(), new Date(now.getTime() - limits.idleMs).toISOString()).changes;
}

export interface CookieOptions {
	path: '/';
	httpOnly: true;
	sameSite: 'lax';
	secure: boolean;
	maxAge?: number;
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts), Secure when the request
 * came over HTTPS — behind a proxy adapter-node learns that from ORIGIN or PROTOCOL_HEADER.
 */
export function sessionCookieOptions(url: URL, maxAgeMs?: number): CookieOptions {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		...(maxAgeMs === undefined ? {} : { maxAge: Math.floor(maxAgeMs / 1000) })
	};
}
