import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directLoad } from './directLoad.js';
import { httpLoad } from './httpLoad.js';
import { percentile, summarize } from './latency.js';

describe('percentile', () => {
	const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

	it.each([
		[50, 50],
		[95, 95],
		[99, 99],
		[100, 100],
		[0, 1],
		[0.5, 1],
		[94.1, 95]
	])('p%s of 1…100 is %s (nearest rank)', (p, expected) => {
		expect(percentile(hundred, p)).toBe(expected);
	});

	it('is always a measured value, never an interpolation', () => {
		expect(percentile([10, 20], 50)).toBe(10);
		expect(percentile([10, 20], 51)).toBe(20);
		expect(percentile([7], 95)).toBe(7);
	});

	it('is NaN without samples', () => {
		expect(percentile([], 95)).toBeNaN();
	});
});

describe('summarize', () => {
	it('sorts the samples itself and counts requests per second', () => {
		const samples = [30, 10, 50, 20, 40, 1000, 60, 70, 80, 90];
		const s = summarize(samples, 2, 1);
		expect(s).toMatchObject({ requests: 10, errors: 1, seconds: 2, p50: 50, max: 1000 });
		expect(s.p95).toBe(1000);
		expect(s.perSecond).toBe(5);
	});

	it('one slow request in twenty is the p95, one in twenty-one is not', () => {
		const fast = (n: number) => Array.from({ length: n }, () => 10);
		expect(summarize([...fast(19), 500], 1).p95).toBe(10);
		expect(summarize([...fast(18), 500, 500], 1).p95).toBe(500);
	});
});

describe('directLoad', () => {
	it('keeps exactly `concurrency` calls in flight and records each one', async () => {
		let inFlight = 0;
		let most = 0;
		const s = await directLoad(
			async () => {
				most = Math.max(most, ++inFlight);
				await new Promise((done) => setTimeout(done, 20));
				inFlight--;
			},
			{ concurrency: 4, seconds: 0.3 }
		);
		expect(most).toBe(4);
		expect(s.requests).toBeGreaterThanOrEqual(4 * 5);
		expect(s.p50).toBeGreaterThanOrEqual(19);
		expect(s.errors).toBe(0);
	});

	it('counts failed calls as errors', async () => {
		let n = 0;
		const s = await directLoad(
			async () => {
				await new Promise((done) => setTimeout(done, 5));
				if (++n % 2 === 0) throw new Error('no');
			},
			{ concurrency: 2, seconds: 0.2 }
		);
		expect(s.errors).toBeGreaterThan(0);
		expect(s.errors).toBeLessThan(s.requests);
	});
});

describe('httpLoad', () => {
	let server: Server;
	let base: string;
	const seen: string[] = [];

	beforeAll(async () => {
		server = createServer((req, res) => {
			seen.push(String(req.headers.cookie));
			const slow = req.url === '/slow';
			setTimeout(
				() => {
					res.statusCode = req.url === '/fail' ? 500 : 200;
					res.end('x'.repeat(1000));
				},
				slow ? 30 : 0
			);
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const address = server.address();
		base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});

	afterAll(() => new Promise<void>((done) => server.close(() => done())));

	it('measures every response, sends the headers, and sees the server’s delay in p50', async () => {
		const s = await httpLoad(`${base}/slow`, {
			connections: 3,
			seconds: 1,
			headers: { cookie: 'kinerja_sesi=abc' }
		});
		expect(s.requests).toBeGreaterThan(10);
		expect(s.p50).toBeGreaterThanOrEqual(29);
		expect(s.p95).toBeGreaterThanOrEqual(s.p50);
		expect(s.errors).toBe(0);
		expect(s.bytes).toBeGreaterThan(1000);
		expect(seen).toContain('kinerja_sesi=abc');
	});

	it('counts non-2xx answers as errors', async () => {
		const s = await httpLoad(`${base}/fail`, { connections: 2, seconds: 1 });
		expect(s.requests).toBeGreaterThan(0);
		expect(s.errors).toBe(s.requests);
	});
});
