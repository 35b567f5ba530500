import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppDb, SCHEMA_VERSION, type AppDb } from '../../../web/lib/server/auth/store.js';
import {
	addUser,
	authenticate,
	disableUser,
	enableUser,
	findUser,
	listUsers,
	LOCK_MINUTES,
	MAX_FAILED_LOGINS,
	resetPassword,
	UserError
} from '../../../web/lib/server/auth/users.js';

const PASSWORD = 'jam gadang di pagi hari';
const t0 = new Date('2026-11-29T08:00:00+07:00');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

let db: AppDb;
beforeEach(() => {
	db = openAppDb(':memory:');
});
afterEach(() => db.close());

const add = (username: string, role: string, agencyCode?: string, password = PASSWORD) =>
	addUser(db, { username, role, agencyCode, password }, { now: t0, agencies: ['SETDA', 'DISHUB'] });

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<string> {
	try {
		await (typeof promise === 'function' ? promise() : promise);
	} catch (e) {
		if (e instanceof UserError) return e.code;
		throw e;
	}
	return 'accepted';
}

describe('openAppDb', () => {
	it('migrates a new store to the current schema version, in WAL mode on disk', () => {
		expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
		const tables = db
			.prepare(`select name from sqlite_master where type = 'table' order by name`)
			.all()
			.map((row) => (row as { name: string }).name);
		expect(tables).toEqual(['audit_log', 'sessions', 'users']);
	});
});

describe('addUser', () => {
	it('stores the role, a normalised name and agency, and an argon2id hash', async () => {
		const user = await add('  Kepala.Dishub ', 'kepala_opd', 'dishub');
		expect(user).toMatchObject({
			username: 'kepala.dishub',
			role: 'kepala_opd',
			agencyCode: 'DISHUB',
			disabled: false
		});
		const row = db.prepare('select password_hash from users').get() as { password_hash: string };
		expect(row.password_hash).toMatch(/^\$argon2id\$/);
		expect(JSON.stringify(listUsers(db))).not.toContain('argon2');
	});

	it.each([
		['a bad username', () => add('x', 'admin'), 'username_invalid'],
		['a username with spaces', () => add('siti rahma', 'admin'), 'username_invalid'],
		['an unknown role', () => add('siti', 'walikota'), 'role_invalid'],
		['kepala_opd without agency', () => add('siti', 'kepala_opd'), 'agency_required'],
		['an unknown agency', () => add('siti', 'kepala_opd', 'XYZ'), 'agency_unknown'],
		['an agency for bkpsdm', () => add('siti', 'bkpsdm', 'SETDA'), 'agency_not_allowed'],
		['a short password', () => add('siti', 'bkpsdm', undefined, 'pendek'), 'password_weak'],
		[
			'the username in the password',
			() => add('siti', 'bkpsdm', undefined, 'siti-bukittinggi-1'),
			'password_weak'
		]
	])('refuses %s', async (_name, fn, code) => {
		expect(await refusal(fn)).toBe(code);
		expect(listUsers(db)).toEqual([]);
	});

	it('refuses a taken username whatever its case', async () => {
		await add('siti', 'bkpsdm');
		expect(await refusal(add('SITI', 'admin'))).toBe('username_taken');
	});
});

describe('authenticate', () => {
	it('accepts the right password and refuses a wrong one or an unknown user', async () => {
		await add('siti', 'bkpsdm');
		expect(await authenticate(db, 'Siti', PASSWORD, t0)).toMatchObject({ ok: true });
		expect(await authenticate(db, 'siti', 'salah sekali', t0)).toMatchObject({
			ok: false,
			reason: 'invalid'
		});
		expect(await authenticate(db, 'nobody', PASSWORD, t0)).toEqual({
			ok: false,
			reason: 'invalid',
			user: null
		});
	});

	it(`locks the account for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} wrong passwords`, async () => {
		await add('siti', 'bkpsdm');
		for (let i = 1; i < MAX_FAILED_LOGINS; i++)
			expect(await authenticate(db, 'siti', `salah ${i}`, at(i))).toMatchObject({
				reason: 'invalid'
			});
		const locked = await authenticate(db, 'siti', 'salah 5', at(5));
		expect(locked).toMatchObject({ ok: false, reason: 'locked', justLocked: true });
		expect(locked.ok === false && locked.reason === 'locked' && locked.until).toEqual(
			at(5 + LOCK_MINUTES)
		);
		// Even the right password is refused while locked.
		expect(await authenticate(db, 'siti', PASSWORD, at(6))).toMatchObject({
			reason: 'locked',
			justLocked: false
		});
		expect(await authenticate(db, 'siti', PASSWORD, at(5 + LOCK_MINUTES))).toMatchObject({
			ok: true
		});
	});

	it('resets the count after a successful login', async () => {
		await add('siti', 'bkpsdm');
		for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await authenticate(db, 'siti', 'salah', t0);
		await authenticate(db, 'siti', PASSWORD, t0);
		expect(await authenticate(db, 'siti', 'salah', t0)).toMatchObject({ reason: 'invalid' });
		expect(findUser(db, 'siti')?.failedCount).toBe(1);
	});

	it('counts concurrent wrong guesses one by one', async () => {
		await add('siti', 'bkpsdm');
		const results = await Promise.all(
			Array.from({ length: MAX_FAILED_LOGINS }, (_, i) =>
				authenticate(db, 'siti', `salah ${i}`, t0)
			)
		);
		expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(1);
	});

	it('refuses a disabled account like an unknown one', async () => {
		await add('siti', 'bkpsdm');
		await add('admin', 'admin');
		disableUser(db, 'siti');
		expect(await authenticate(db, 'siti', PASSWORD, t0)).toMatchObject({
			ok: false,
			reason: 'invalid'
		});
		enableUser(db, 'siti');
		expect(await authenticate(db, 'siti', PASSWORD, t0)).toMatchObject({ ok: true });
	});
});

describe('disableUser and resetPassword', () => {
	it('will not disable the last active admin', async () => {
		await add('admin', 'admin');
		expect(await refusal(() => disableUser(db, 'admin'))).toBe('last_admin');
		await add('admin2', 'admin');
		expect(disableUser(db, 'admin').disabled).toBe(true);
		expect(await refusal(() => disableUser(db, 'nobody'))).toBe('not_found');
	});

	it('a new password works, the old does not, and the lock is lifted', async () => {
		await add('siti', 'bkpsdm');
		for (let i = 0; i < MAX_FAILED_LOGINS; i++) await authenticate(db, 'siti', 'salah', t0);
		expect(findUser(db, 'siti')?.lockedUntil).not.toBeNull();
		expect(await refusal(resetPassword(db, 'siti', 'pendek', { now: at(1) }))).toBe(
			'password_weak'
		);
		await resetPassword(db, 'siti', 'ngarai sianok sore hari', { now: at(1) });
		expect(await authenticate(db, 'siti', PASSWORD, at(2))).toMatchObject({ ok: false });
		expect(await authenticate(db, 'siti', 'ngarai sianok sore hari', at(2))).toMatchObject({
			ok: true
		});
		expect(findUser(db, 'siti')?.passwordChangedAt).toBe(at(1).toISOString());
	});
});
