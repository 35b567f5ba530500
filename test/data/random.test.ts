import { describe, expect, it } from 'vitest';
import { hashString, Rng } from '../../data/generate/random.js';

describe('Rng', () => {
	it('repeats the same sequence for the same seed', () => {
		const a = new Rng(42);
		const b = new Rng(42);
		const draws = (r: Rng) => Array.from({ length: 50 }, () => r.next());
		expect(draws(a)).toEqual(draws(b));
		expect(draws(new Rng(43))).not.toEqual(draws(new Rng(42)));
	});

	it('forks streams that depend on the label, not on draws made before', () => {
		const a = new Rng(7);
		const b = new Rng(7);
		for (let i = 0; i < 100; i++) b.next();
		expect(a.fork('attendance').next()).toBe(b.fork('attendance').next());
		expect(a.fork('attendance').next()).not.toBe(a.fork('roster').next());
	});

	it.each([
		[0, 0],
		[1, 6],
		[-3, 3]
	])('keeps int(%i, %i) inside its bounds', (lo, hi) => {
		const r = new Rng(1);
		const seen = new Set<number>();
		for (let i = 0; i < 2000; i++) seen.add(r.int(lo, hi));
		expect(Math.min(...seen)).toBe(lo);
		expect(Math.max(...seen)).toBe(hi);
	});

	it('never picks an item of weight zero', () => {
		const r = new Rng(3);
		for (let i = 0; i < 1000; i++)
			expect(
				r.weighted([
					['a', 0],
					['b', 1],
					['c', 0]
				] as const)
			).toBe('b');
	});

	it('hashes labels stably', () => {
		expect(hashString('kinerja')).toBe(hashString('kinerja'));
		expect(hashString('kinerja')).not.toBe(hashString('Kinerja'));
	});
});
