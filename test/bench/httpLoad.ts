import autocannon from 'autocannon';
import { summarize, type LatencySummary } from './latency.js';

export interface HttpSummary extends LatencySummary {
	/** Mean response size in bytes. */
	bytes: number;
	/** autocannon's own p97.5 (HDR histogram, 2xx only), a cross-check of the exact p95. */
	p97_5: number;
}

/**
 * autocannon against one URL. Every response time is recorded from its `response` event, so p95 is
 * exact (autocannon's summary stops at p90 and p97.5).
 */
export async function httpLoad(
	url: string,
	options: { connections: number; seconds: number; headers?: Record<string, string> }
): Promise<HttpSummary> {
	const samples: number[] = [];
	let errors = 0;
	let bytes = 0;
	let finish: (result: autocannon.Result) => void = () => {};
	let fail: (error: unknown) => void = () => {};
	const finished = new Promise<autocannon.Result>((done, reject) => {
		finish = done;
		fail = reject;
	});
	const instance = autocannon(
		{
			url,
			connections: options.connections,
			duration: options.seconds,
			headers: options.headers,
			// Slow answers are measured, not dropped as errors after autocannon's default 10 s.
			timeout: 60
		},
		(error, result) => (error ? fail(error) : finish(result))
	);
	instance.on('response', (_client, status, size, time) => {
		samples.push(time);
		bytes += size;
		if (status < 200 || status > 299) errors++;
	});
	const result = await finished;
	errors += result.errors + result.timeouts;
	return {
		...summarize(samples, result.duration, errors),
		bytes: samples.length > 0 ? bytes / samples.length : 0,
		p97_5: result.latency.p97_5
	};
}
