import { describe, expect, it } from 'vitest';
import {
	hashPassword,
	MIN_PASSWORD_LENGTH,
	passwordProblem,
	randomPassword,
	verifyDummy,
	verifyPassword
} from '../../../web/lib/server/auth/passwords.js';

describe('hashPassword', () => {
	it('stores argon2id in PHC format with OWASP parameters and a fresh salt', async () => {
		const a = await hashPassword('kuda baterai benar');
		const b = await hashPassword('kuda baterai benar');
		expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
		expect(a).not.toBe(b);
		expect(a).not.toContain('kuda');
	});
});

describe('verifyPassword', () => {
	it('accepts the password and refuses any other', async () => {
		const stored = await hashPassword('kuda baterai benar');
		expect(await verifyPassword(stored, 'kuda baterai benar')).toBe(true);
		expect(await verifyPassword(stored, 'kuda baterai benaR')).toBe(false);
		expect(await verifyPassword(stored, '')).toBe(false);
	});

	it('treats a corrupt hash as a failed check, not an error', async () => {
		expect(await verifyPassword('not-a-hash', 'anything at all')).toBe(false);
	});
});

describe('verifyDummy', () => {
	it('takes about as long as a real check (no shortcut for unknown users)', async () => {
		const stored = await hashPassword('kuda baterai benar');
		await verifyDummy('warm up the dummy hash');
		const time = async (fn: () => Promise<unknown>) => {
			const start = performance.now();
			for (let i = 0; i < 5; i++) await fn();
			return performance.now() - start;
		};
		const real = await time(() => verifyPassword(stored, 'salah sekali'));
		const dummy = await time(() => verifyDummy('salah sekali'));
		// Wide bounds: the machine is shared. A shortcut would be 1000 times faster, not 2.
		expect(dummy).toBeGreaterThan(real * 0.3);
		expect(dummy).toBeLessThan(real * 4);
	});
});

describe('passwordProblem', () => {
	it.each([
		['short', 'pendek', 'too_short'],
		['11 characters', 'abcdefghijk', 'too_short'],
		['12 characters', 'abcdefghijkl', null],
		['containing the username', 'rahmat-bukittinggi', 'same_as_username'],
		['one repeated character', 'aaaaaaaaaaaaaaaa', 'one_character'],
		['a phrase', 'jam gadang di pagi hari', null]
	])('%s', (_name, password, problem) => {
		expect(passwordProblem(password, 'rahmat')).toBe(problem);
	});

	it('counts characters, not bytes', () => {
		expect(passwordProblem('ééééééabcdef')).toBeNull();
		expect(MIN_PASSWORD_LENGTH).toBe(12);
	});
});

describe('randomPassword', () => {
	it('is long, varied and passes the policy', () => {
		const seen = new Set(Array.from({ length: 20 }, () => randomPassword()));
		expect(seen.size).toBe(20);
		for (const password of seen) {
			expect(password).toHaveLength(20);
			expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]+$/);
			expect(passwordProblem(password, 'admin')).toBeNull();
		}
	});
});
