import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../web/lib/server/auth/rateLimit.js';

describe('RateLimiter', () => {
	it('allows 10 attempts a minute per address, refuses the 11th and says how long to wait', () => {
		const limiter = new RateLimiter(10, 60_000);
		for (let i = 0; i < 10; i++) expect(limiter.hit('10.0.0.1', i * 1000).allowed).toBe(true);
		const refused = limiter.hit('10.0.0.1', 10_000);
		// The attempt at 1 s leaves the window at 61 s: 51 s from now.
		expect(refused).toEqual({ allowed: false, first: true, retryAfterSeconds: 51 });
		expect(limiter.hit('10.0.0.1', 11_000).first).toBe(false);
		// Another address is counted on its own.
		expect(limiter.hit('10.0.0.2', 11_000).allowed).toBe(true);
	});

	it('lets attempts through again once the window has moved past them', () => {
		const limiter = new RateLimiter(3, 60_000);
		for (const at of [0, 1000, 2000]) limiter.hit('a', at);
		expect(limiter.hit('a', 3000).allowed).toBe(false);
		expect(limiter.hit('a', 59_999).allowed).toBe(false);
		// Refused attempts count: hammering keeps the door shut.
		expect(limiter.hit('a', 61_000).allowed).toBe(false);
		expect(limiter.hit('a', 200_000).allowed).toBe(true);
	});
});
