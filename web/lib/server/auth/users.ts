import type { AppDb } from './store.js';
import {
	hashPassword,
	PASSWORD_MESSAGES,
	passwordProblem,
	verifyDummy,
	verifyPassword
} from './passwords.js';

/** Issue #6: city leadership, one agency's head, BKPSDM's HR staff, and the account administrator. */
export const ROLES = ['pimpinan', 'kepala_opd', 'bkpsdm', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
	return ROLES.includes(value as Role);
}

/** Who is signed in: what the policy and the pages need, never the hash. */
export interface AuthUser {
	id: number;
	username: string;
	role: Role;
	/** Set for `kepala_opd` only: the one agency it may see. */
	agencyCode: string | null;
}

export interface User extends AuthUser {
	disabled: boolean;
	failedCount: number;
	lockedUntil: string | null;
	createdAt: string;
	passwordChangedAt: string;
}

/** Five wrong passwords lock the account for 15 minutes (issue #6 "lock-out after repeated failures"). */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type UserErrorCode =
	| 'username_invalid'
	| 'username_taken'
	| 'role_invalid'
	| 'agency_required'
	| 'agency_not_allowed'
	| 'agency_unknown'
	| 'password_weak'
	| 'not_found'
	| 'last_admin';

/** A refused account change; its bilingual text is safe to show to the admin. */
export class UserError extends Error {
	readonly code: UserErrorCode;
	readonly text: { id: string; en: string };

	constructor(code: UserErrorCode, text: { id: string; en: string }) {
		super(`${text.id}\n${text.en}`);
		this.name = 'UserError';
		this.code = code;
		this.text = text;
	}
}

interface UserRow {
	id: number;
	username: string;
	role: Role;
	agency_code: string | null;
	password_hash: string;
	disabled: number;
	failed_count: number;
	locked_until: string | null;
	created_at: string;
	password_changed_at: string;
}

function toUser(row: UserRow): User {
	return {
		id: row.id,
		username: row.username,
		role: row.role,
		agencyCode: row.agency_code,
		disabled: row.disabled === 1,
		failedCount: row.failed_count,
		lockedUntil: row.locked_until,
		createdAt: row.created_at,
		passwordChangedAt: row.password_changed_at
	};
}

export function toAuthUser(user: AuthUser): AuthUser {
	return { id: user.id, username: user.username, role: user.role, agencyCode: user.agencyCode };
}

/** Lower-case letters, digits, `.`, `_`, `-`; 3–32 characters, starting with a letter or digit. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const AGENCY_CODE = /^[A-Z0-9_]{2,30}$/;

export function normaliseUsername(username: string): string {
	return username.trim().toLowerCase();
}

function checkUsername(username: string): string {
	const name = normaliseUsername(username);
	if (!USERNAME.test(name))
		throw new UserError('username_invalid', {
			id: `Nama pengguna "${username}" tidak sah: 3–32 huruf kecil, angka, titik, garis bawah atau tanda hubung.`,
			en: `Username "${username}" is not valid: 3–32 lower-case letters, digits, dots, underscores or hyphens.`
		});
	return name;
}

function checkPassword(password: string, username: string): void {
	const problem = passwordProblem(password, username);
	if (problem) throw new UserError('password_weak', PASSWORD_MESSAGES[problem]);
}

function checkAgency(role: Role, agency: string | null, known?: readonly string[]): string | null {
	if (role !== 'kepala_opd') {
		if (agency)
			throw new UserError('agency_not_allowed', {
				id: `Peran ${role} tidak terikat pada satu OPD: hapus --agency.`,
				en: `Role ${role} is not tied to one agency: drop --agency.`
			});
		return null;
	}
	const code = agency?.trim().toUpperCase() ?? '';
	if (!code)
		throw new UserError('agency_required', {
			id: 'Peran kepala_opd memerlukan kode OPD (--agency KODE).',
			en: 'Role kepala_opd needs an agency code (--agency CODE).'
		});
	if (!AGENCY_CODE.test(code) || (known && !known.includes(code)))
		throw new UserError('agency_unknown', {
			id: `Kode OPD "${code}" tidak dikenal.`,
			en: `Unknown agency code "${code}".`
		});
	return code;
}

function notFound(username: string): UserError {
	return new UserError('not_found', {
		id: `Pengguna "${username}" tidak ada.`,
		en: `No user "${username}".`
	});
}

export interface NewUser {
	username: string;
	role: string;
	agencyCode?: string | null;
	password: string;
}

export interface UserOptions {
	now: Date;
	/** Agency codes a `kepala_opd` may be tied to; unchecked when absent. */
	agencies?: readonly string[];
}

export async function addUser(db: AppDb, input: NewUser, options: UserOptions): Promise<User> {
	const username = checkUsername(input.username);
	if (!isRole(input.role))
		throw new UserError('role_invalid', {
			id: `Peran "${input.role}" tidak dikenal; pilih ${ROLES.join(', ')}.`,
			en: `Unknown role "${input.role}"; choose ${ROLES.join(', ')}.`
		});
	const agency = checkAgency(input.role, input.agencyCode ?? null, options.agencies);
	checkPassword(input.password, username);
	if (findUser(db, username))
		throw new UserError('username_taken', {
			id: `Nama pengguna "${username}" sudah dipakai.`,
			en: `Username "${username}" is taken.`
		});
	const passwordHash = await hashPassword(input.password);
	const at = options.now.toISOString();
	const row = db
		.prepare<[string, string, string | null, string, string, string], UserRow>(
			`insert into users (username, role, agency_code, password_hash, created_at, password_changed_at)
			values (?, ?, ?, ?, ?, ?) returning *`
		)
		.get(username, input.role, agency, passwordHash, at, at);
	return toUser(row!);
}

export function findUser(db: AppDb, username: string): User | null {
	const row = db
		.prepare<[string], UserRow>('select * from users where username = ?')
		.get(normaliseUsername(username));
	return row ? toUser(row) : null;
}

export function listUsers(db: AppDb): User[] {
	return db.prepare<[], UserRow>('select * from users order by username').all().map(toUser);
}

export function countUsers(db: AppDb): number {
	return (db.prepare('select count(*) as n from users').get() as { n: number }).n;
}

/** Disables an account and ends its sessions at once. The last active admin cannot be disabled. */
export function disableUser(db: AppDb, username: string): User {
	return db.transaction(() => {
		const user = findUser(db, username);
		if (!user) throw notFound(username);
		if (user.role === 'admin' && !user.disabled) {
			const admins = db
				.prepare(`select count(*) as n from users where role = 'admin' and disabled = 0`)
				.get() as { n: number };
			if (admins.n <= 1)
				throw new UserError('last_admin', {
					id: 'Admin aktif terakhir tidak dapat dinonaktifkan; buat admin lain dahulu.',
					en: 'The last active admin cannot be disabled; create another admin first.'
				});
		}
		db.prepare('update users set disabled = 1 where id = ?').run(user.id);
		db.prepare('delete from sessions where user_id = ?').run(user.id);
		return { ...user, disabled: true };
	})();
}

export function enableUser(db: AppDb, username: string): User {
	const user = findUser(db, username);
	if (!user) throw notFound(username);
	db.prepare(
		'update users set disabled = 0, failed_count = 0, locked_until = null where id = ?'
	).run(user.id);
	return { ...user, disabled: false, failedCount: 0, lockedUntil: null };
}

/** A new password also lifts a lock-out and ends every session of the account. */
export async function resetPassword(
	db: AppDb,
	username: string,
	password: string,
	options: UserOptions
): Promise<User> {
	const user = findUser(db, username);
	if (!user) throw notFound(username);
	checkPassword(password, user.username);
	const passwordHash = await hashPassword(password);
	const at = options.now.toISOString();
	db.transaction(() => {
		db.prepare(
			`update users set password_hash = ?, password_changed_at = ?, failed_count = 0,
				locked_until = null where id = ?`
		).run(passwordHash, at, user.id);
		db.prepare('delete from sessions where user_id = ?').run(user.id);
	})();
	return { ...user, passwordChangedAt: at, failedCount: 0, lockedUntil: null };
}

export type AuthResult =
	| { ok: true; user: User }
	/** `user` is set when the name exists (for the audit log), never shown to the person. */
	| { ok: false; reason: 'invalid'; user: User | null }
	| { ok: false; reason: 'locked'; user: User; until: Date; justLocked: boolean };

/**
 * Checks a login. Unknown, disabled and locked accounts cost one argon2 verification like a real
 * one; a locked account is refused even with the right password until the lock ends.
 */
export async function authenticate(
	db: AppDb,
	username: string,
	password: string,
	now: Date
): Promise<AuthResult> {
	const user = findUser(db, username);
	if (!user || user.disabled) {
		await verifyDummy(password);
		return { ok: false, reason: 'invalid', user };
	}
	if (user.lockedUntil && new Date(user.lockedUntil) > now) {
		await verifyDummy(password);
		return {
			ok: false,
			reason: 'locked',
			user,
			until: new Date(user.lockedUntil),
			justLocked: false
		};
	}
	const passwordHash = (
		db.prepare('select password_hash from users where id = ?').get(user.id) as {
			password_hash: string;
		}
	).password_hash;
	if (await verifyPassword(passwordHash, password)) {
		db.prepare('update users set failed_count = 0, locked_until = null where id = ?').run(user.id);
		return { ok: true, user: { ...user, failedCount: 0, lockedUntil: null } };
	}
	// One statement, so two wrong guesses at the same moment both count.
	const { failed_count: failed } = db
		.prepare('update users set failed_count = failed_count + 1 where id = ? returning failed_count')
		.get(user.id) as { failed_count: number };
	if (failed < MAX_FAILED_LOGINS) return { ok: false, reason: 'invalid', user };
	const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
	db.prepare('update users set failed_count = 0, locked_until = ? where id = ?').run(
		until.toISOString(),
		user.id
	);
	return { ok: false, reason: 'locked', user, until, justLocked: true };
}
