/**
 * A sliding-window counter per key (the client address for login attempts). In memory: one server
 * process serves the city, and a restart forgetting counts is harmless next to the account lock-out,
 * which lives in the store.
 */
export class RateLimiter {
	readonly #limit: number;
	readonly #windowMs: number;
	readonly #hits = new Map<string, number[]>();

	constructor(limit: number, windowMs: number) {
		this.#limit = limit;
		this.#windowMs = windowMs;
	}

	/** Counts one attempt; refused attempts count too, so hammering keeps the door shut. */
	hit(key: string, now: number): { allowed: boolean; first: boolean; retryAfterSeconds: number } {
		const since = now - this.#windowMs;
		const recent = (this.#hits.get(key) ?? []).filter((at) => at > since);
		recent.push(now);
		this.#hits.set(key, recent.slice(-this.#limit * 2));
		if (this.#hits.size > 10_000) this.#sweep(since);
		const allowed = recent.length <= this.#limit;
		// Allowed again once enough of the window's hits have aged out to leave room for one more.
		const oldest = recent[recent.length - this.#limit] ?? now;
		return {
			allowed,
			// The first refusal of a burst: worth one audit entry, the rest are noise.
			first: recent.length === this.#limit + 1,
			retryAfterSeconds: allowed
				? 0
				: Math.max(1, Math.ceil((oldest + this.#windowMs - now) / 1000))
		};
	}

	#sweep(since: number): void {
		for (const [key, hits] of this.#hits)
			if (!hits.some((at) => at > since)) this.#hits.delete(key);
	}
}

/** `KINERJA_LOGIN_RATE` attempts per minute per address on POST /masuk (default 10). */
export const loginLimiter = new RateLimiter(
	Number(process.env.KINERJA_LOGIN_RATE) > 0 ? Number(process.env.KINERJA_LOGIN_RATE) : 10,
	60_000
);
