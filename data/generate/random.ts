/**
 * Seeded randomness for the sample generator. Every stream is mulberry32; `fork(label)` derives an
 * independent stream from the base seed and a label, so adding draws in one module never shifts
 * the data of another (the output stays byte-identical for the same arguments).
 */

/** FNV-1a over UTF-16 code units: a cheap, stable 32-bit hash for labels. */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export class Rng {
	readonly seed: number;
	private state: number;

	constructor(seed: number) {
		this.seed = seed >>> 0;
		this.state = this.seed;
	}

	/** A new stream that depends only on this stream's seed and the label, not on draws so far. */
	fork(label: string): Rng {
		return new Rng(Math.imul(hashString(label) ^ this.seed, 0x9e3779b1) ^ hashString(`${label}#`));
	}

	/** Uniform in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** Integer in [min, max], both inclusive. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** Picks by weight; weights need not sum to 1. */
	weighted<T>(items: readonly (readonly [T, number])[]): T {
		let total = 0;
		for (const [, w] of items) total += w;
		let r = this.next() * total;
		for (const [item, w] of items) {
			r -= w;
			if (r < 0) return item;
		}
		const last = items[items.length - 1];
		if (!last) throw new Error('weighted pick from an empty list');
		return last[0];
	}

	/** Standard normal (Box–Muller), scaled. */
	normal(mean = 0, sd = 1): number {
		const u = 1 - this.next();
		const v = this.next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** Exponential with the given mean. */
	exp(mean: number): number {
		return -Math.log(1 - this.next()) * mean;
	}

	/** Fisher–Yates, in place; returns the same array. */
	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			const tmp = items[i] as T;
			items[i] = items[j] as T;
			items[j] = tmp;
		}
		return items;
	}

	/** k distinct items in random order (all of them when k ≥ length). */
	sample<T>(items: readonly T[], k: number): T[] {
		return this.shuffle([...items]).slice(0, Math.max(0, k));
	}
}
