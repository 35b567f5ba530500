/** Latency figures of one load test: every response time kept, percentiles exact (nearest rank). */
export interface LatencySummary {
	requests: number;
	/** Failed calls or non-2xx responses; their times are in the percentiles too. */
	errors: number;
	seconds: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
	perSecond: number;
}

/**
 * The nearest-rank percentile of ascending samples: the smallest value with at least p % of the
 * samples at or below it. No interpolation, so the figure is always a time that was measured.
 */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	if (p <= 0) return sorted[0]!;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function summarize(samples: readonly number[], seconds: number, errors = 0): LatencySummary {
	const sorted = Float64Array.from(samples).sort();
	const values = Array.from(sorted);
	return {
		requests: samples.length,
		errors,
		seconds,
		p50: percentile(values, 50),
		p95: percentile(values, 95),
		p99: percentile(values, 99),
		max: values.at(-1) ?? Number.NaN,
		perSecond: seconds > 0 ? samples.length / seconds : Number.NaN
	};
}
