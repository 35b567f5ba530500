import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): measured 10 ms per check on this 2-core
 * machine, so each guess costs an offline attacker 19 MiB of memory while a login stays instant.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
	// The package's default algorithm is argon2id; its enum is a `const enum` we cannot import here.
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		// A corrupt hash is a failed login, not a 500.
		return false;
	}
}

let dummy: Promise<string> | undefined;

/**
 * Spends the same time as a real check for an unknown or disabled account, so the response time does
 * not tell an attacker which usernames exist.
 */
export async function verifyDummy(password: string): Promise<void> {
	dummy ??= hashPassword('kinerja-dummy-password-never-used');
	await verifyPassword(await dummy, password);
}

export type PasswordProblem = 'too_short' | 'same_as_username' | 'one_character';

/** Why a new password is refused, or null. Length is what counts (NIST SP 800-63B), not symbols. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
	if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
	if (username && password.toLowerCase().includes(username.toLowerCase()))
		return 'same_as_username';
	if (new Set(password).size < 4) return 'one_character';
	return null;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, { id: string; en: string }> = {
	too_short: {
		id: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter; frasa beberapa kata mudah diingat.`,
		en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters; a phrase of a few words is easy to remember.`
	},
	same_as_username: {
		id: 'Kata sandi tidak boleh memuat nama pengguna.',
		en: 'The password must not contain the username.'
	},
	one_character: {
		id: 'Kata sandi terlalu seragam: pakai lebih banyak karakter berbeda.',
		en: 'The password is too uniform: use more different characters.'
	}
};

/** Letters and digits without look-alikes (0/O, 1/l/I), for a password read off a terminal once. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomPassword(length = 20): string {
	let out = '';
	for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
	return out;
}
