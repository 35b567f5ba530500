import { describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../../../web/lib/server/auth/firstAdmin.js';
import { passwordProblem } from '../../../web/lib/server/auth/passwords.js';
import { openAppDb } from '../../../web/lib/server/auth/store.js';
import { addUser, authenticate, findUser } from '../../../web/lib/server/auth/users.js';

describe('ensureFirstAdmin', () => {
	it('makes one admin with a random password on an empty store, once', async () => {
		const db = openAppDb(':memory:');
		const now = new Date('2026-11-29T08:00:00+07:00');
		const created = await ensureFirstAdmin(db, now);
		expect(created?.username).toBe('admin');
		expect(created!.password).toHaveLength(20);
		expect(passwordProblem(created!.password, 'admin')).toBeNull();
		expect(findUser(db, 'admin')).toMatchObject({ role: 'admin', disabled: false });
		expect(await authenticate(db, 'admin', created!.password, now)).toMatchObject({ ok: true });
		const stored = db.prepare('select password_hash from users').get() as { password_hash: string };
		expect(stored.password_hash).not.toContain(created!.password);
		expect(
			db.prepare(`select target, detail from audit_log where action = 'user_added'`).all()
		).toEqual([
			{ target: 'admin', detail: '{"role":"admin","via":"npm start","first_admin":true}' }
		]);
		expect(await ensureFirstAdmin(db, now)).toBeNull();
		db.close();
	});

	it('does nothing when any account exists', async () => {
		const db = openAppDb(':memory:');
		await addUser(
			db,
			{ username: 'siti', role: 'bkpsdm', password: 'jam gadang di pagi hari' },
			{ now: new Date() }
		);
		expect(await ensureFirstAdmin(db, new Date())).toBeNull();
		expect(findUser(db, 'admin')).toBeNull();
		db.close();
	});

	it('gives a different password each fresh store', async () => {
		const passwords = new Set<string>();
		for (let i = 0; i < 3; i++) {
			const db = openAppDb(':memory:');
			passwords.add((await ensureFirstAdmin(db, new Date()))!.password);
			db.close();
		}
		expect(passwords.size).toBe(3);
	});
});
