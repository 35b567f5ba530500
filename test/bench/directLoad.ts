import { summarize, type LatencySummary } from './latency.js';

/**
 * `concurrency` callers each calling `fn` back to back for `seconds`, like autocannon's connections
 * do against the server: the same shape of load, without HTTP or SvelteKit.
 */
export async function directLoad(
	fn: () => Promise<unknown>,
	options: { concurrency: number; seconds: number }
): Promise<LatencySummary> {
	const samples: number[] = [];
	let errors = 0;
	const started = performance.now();
	const deadline = started + options.seconds * 1000;
	const caller = async () => {
		while (performance.now() < deadline) {
			const t0 = performance.now();
			try {
				await fn();
			} catch {
				errors++;
			}
			samples.push(performance.now() - t0);
		}
	};
	await Promise.all(Array.from({ length: options.concurrency }, caller));
	return summarize(samples, (performance.now() - started) / 1000, errors);
}
