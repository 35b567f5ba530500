import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WarehouseReader } from '../../pipeline/db/warehouseReader.js';
import { listAgencies, listYears } from '../../web/lib/server/queries/filters.js';
import { ensureBuild, snapshotBuild, startServer, type RunningServer } from './appServer.js';
import { benchSession } from './benchSession.js';
import { directLoad } from './directLoad.js';
import { firstChart, type FirstChart } from './firstChart.js';
import { httpLoad, type HttpSummary } from './httpLoad.js';
import type { LatencySummary } from './latency.js';
import { WEB_ENDPOINTS, type BenchContext, type WebEndpoint } from './webPages.js';
import { ensureWebWarehouse } from './webWarehouse.js';

export interface WebBenchOptions {
	clients: number;
	seconds: number;
	/** A warehouse to measure instead of building the benchmark one. */
	db?: string;
	dir: string;
	rows: number;
	employees: number;
	/** The normal sample warehouse, for "first chart on screen". */
	sampleDb: string;
	/** Measured browser visits per page (after one unmeasured). */
	visits: number;
	log: (line: string) => void;
}

interface EndpointResult {
	endpoint: WebEndpoint;
	/** The server as deployed: query results kept per warehouse file, warm. */
	cached: HttpSummary | null;
	/** The same server with KINERJA_QUERY_CACHE=off: every request queries DuckDB. */
	uncached: HttpSummary | null;
	direct: LatencySummary;
	/** One caller alone: the query time without queueing behind the others. */
	alone: LatencySummary;
	status: number;
}

/** The newest year and the agency with the most active employees (the heaviest agency page). */
async function benchContext(reader: WarehouseReader): Promise<BenchContext> {
	const [years, agencies] = await reader.use((db) =>
		Promise.all([listYears(db), listAgencies(db)])
	);
	const year = years.at(-1)?.year;
	const largest = [...agencies].sort((a, b) => b.n_employees_active - a.n_employees_active)[0];
	if (year === undefined || !largest) throw new Error(`${reader.path} holds no year or agency`);
	return { year, agency: largest.agency_code };
}

const GOAL_P95_MS = 100;
const GOAL_FIRST_CHART_MS = 1000;

/**
 * `npm run bench -- web`: each page's data endpoint on the built server under `clients` concurrent
 * connections (autocannon), next to the same query functions called directly on the same warehouse
 * in this process with as many concurrent callers; then the first chart on screen in Chromium on the
 * sample warehouse. Returns the printed report, also written to `<dir>/web-bench.txt`.
 */
export async function webBench(options: WebBenchOptions): Promise<string> {
	mkdirSync(options.dir, { recursive: true });
	const warehouse = options.db
		? { path: options.db, attendanceRows: null, employees: null }
		: await ensureWebWarehouse({ ...options, log: options.log });
	const reader = new WarehouseReader(warehouse.path);
	const at = await benchContext(reader);

	await ensureBuild(options.log);
	const build = snapshotBuild();
	const session = await benchSession(options.dir);
	const results: EndpointResult[] = [];
	const servers = new Set<RunningServer>();
	const start = async (env: Record<string, string>) => {
		const server = await startServer(warehouse.path, { ...session.env, ...env }, build);
		servers.add(server);
		return server;
	};
	const stop = async (server: RunningServer) => {
		servers.delete(server);
		await server.stop();
	};
	try {
		const cachedServer = await start({});
		const load = async (server: RunningServer, endpoint: WebEndpoint, what: string) => {
			const url = `${server.url}${endpoint.url(at)}`;
			let status = 0;
			// Warm-up: the warehouse is open (and, with the cache, the answer kept) before measuring.
			for (let i = 0; i < 3; i++)
				status = (await fetch(url, { headers: session.headers, redirect: 'manual' })).status;
			if (status !== 200) return { status, summary: null };
			options.log(`${endpoint.label}: HTTP ${what} ×${options.clients} for ${options.seconds} s`);
			const summary = await httpLoad(url, {
				connections: options.clients,
				seconds: options.seconds,
				headers: session.headers
			});
			return { status, summary };
		};
		for (const endpoint of WEB_ENDPOINTS) {
			const cached = await load(cachedServer, endpoint, 'with cache');
			// A server of its own per endpoint: requests autocannon gave up on keep it busy after the
			// run, and that backlog must not slow the next measurement.
			const uncachedServer = await start({ KINERJA_QUERY_CACHE: 'off' });
			const uncached = await load(uncachedServer, endpoint, 'without cache');
			await stop(uncachedServer);
			options.log(`${endpoint.label}: DuckDB direct ×${options.clients}`);
			const call = () => reader.use((db) => endpoint.direct(db, at));
			await call();
			const direct = await directLoad(call, {
				concurrency: options.clients,
				seconds: options.seconds
			});
			const alone = await directLoad(call, {
				concurrency: 1,
				seconds: Math.min(3, options.seconds)
			});
			results.push({
				endpoint,
				cached: cached.summary,
				uncached: uncached.summary,
				direct,
				alone,
				status: cached.status === 200 ? uncached.status : cached.status
			});
		}
	} finally {
		for (const server of servers) await stop(server);
		reader.close();
	}

	options.log(`first chart on screen: Chromium on ${options.sampleDb}`);
	let charts: FirstChart[] = [];
	let chartError: string | null = null;
	try {
		const sampleServer = await startServer(options.sampleDb, session.env, build);
		try {
			const sampleReader = new WarehouseReader(options.sampleDb);
			const sampleAt = await benchContext(sampleReader).finally(() => sampleReader.close());
			const pages = WEB_ENDPOINTS.flatMap((e) => (e.page ? [e.page(sampleAt)] : []));
			charts = await firstChart(sampleServer.url, pages, {
				visits: options.visits,
				cookie: session.cookie
			});
		} finally {
			await sampleServer.stop();
		}
	} catch (error) {
		chartError = error instanceof Error ? error.message : String(error);
	}

	const text = report(options, warehouse, at, results, charts, chartError);
	writeFileSync(join(options.dir, 'web-bench.txt'), `${text}\n`);
	return text;
}

const goal = (h: HttpSummary | null) => (h && h.errors === 0 && h.p95 < GOAL_P95_MS ? 'yes' : 'NO');
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const rate = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');

function report(
	options: WebBenchOptions,
	warehouse: { path: string; attendanceRows: number | null; employees: number | null },
	{ year, agency }: BenchContext,
	results: readonly EndpointResult[],
	charts: readonly FirstChart[],
	chartError: string | null
): string {
	const about =
		warehouse.attendanceRows === null
			? warehouse.path
			: `${warehouse.path}: ${warehouse.attendanceRows.toLocaleString('en')} attendance days, sample of ${warehouse.employees?.toLocaleString('en')} employees`;
	const head = [
		'endpoint',
		'cache p50',
		'p95',
		'req/s',
		'no cache p50',
		'p95',
		'req/s',
		'direct p50',
		'p95',
		'req/s',
		'alone p50',
		'KiB',
		'p95<100'
	];
	const http = (h: HttpSummary | null, status: number) =>
		h ? [ms(h.p50), ms(h.p95), rate(h.perSecond)] : [`HTTP ${status}`, '', ''];
	const body = results.map((r) => [
		r.endpoint.label,
		...http(r.cached, r.status),
		...http(r.uncached, r.status),
		ms(r.direct.p50),
		ms(r.direct.p95),
		rate(r.direct.perSecond),
		ms(r.alone.p50),
		r.cached ? (r.cached.bytes / 1024).toFixed(1) : '',
		`${goal(r.cached)} / ${goal(r.uncached)}`
	]);
	const errors = results.flatMap((r) =>
		[r.cached, r.uncached].flatMap((h) =>
			h && h.errors > 0 ? [`${r.endpoint.label}: ${h.errors} failed responses`] : []
		)
	);
	const met = results.filter((r) => goal(r.cached) === 'yes');
	const metUncached = results.filter((r) => goal(r.uncached) === 'yes');
	const chartRows = charts.map((c) => {
		const rendered = c.visits.map((v) => v.rendered).sort((a, b) => a - b);
		const drawn = c.visits.map((v) => v.drawn).sort((a, b) => a - b);
		const worst = rendered.at(-1) ?? Number.NaN;
		return [
			c.path,
			c.cold ? ms(c.cold.rendered) : '–',
			c.error ? 'no chart' : ms(rendered[Math.floor(rendered.length / 2)] ?? Number.NaN),
			c.error ? '' : ms(worst),
			c.error ? '' : ms(drawn[Math.floor(drawn.length / 2)] ?? Number.NaN),
			String(c.visits.length),
			!c.error && worst < GOAL_FIRST_CHART_MS ? 'yes' : 'NO'
		];
	});
	const chartsMet = charts.filter(
		(c) =>
			!c.error &&
			c.visits.length > 0 &&
			Math.max(...c.visits.map((v) => v.rendered)) < GOAL_FIRST_CHART_MS
	);
	const lines = [
		`Web benchmark — ${new Date().toISOString()}, year ${year}, largest agency ${agency}`,
		`warehouse ${about}`,
		`${options.clients} concurrent connections (autocannon) / callers (direct), ${options.seconds} s each; latencies in ms`,
		'',
		table(head, body),
		'',
		'cache / no cache = `node build` answering SvelteKit `__data.json` (page + layout loads) or the',
		'Arrow endpoint, with the per-warehouse query cache warm (as deployed) and with',
		'KINERJA_QUERY_CACHE=off; direct = the same query functions on the same warehouse in the bench',
		'process (one read-only handle, like the server, no cache); alone = direct with 1 caller.',
		'p50/p95 are exact nearest-rank percentiles over every response time (autocannon itself',
		'reports only p90/p97.5); KiB = response size.',
		...errors,
		'',
		`goal p95 < ${GOAL_P95_MS} ms per page: with cache ${met.length === results.length ? 'MET' : 'NOT MET'} (${met.length} of ${results.length} endpoints); without cache ${metUncached.length} of ${results.length}`,
		'',
		`First chart on screen — Chromium, 1280×800, fresh context per visit, sample warehouse ${options.sampleDb}:`
	];
	if (chartError) lines.push(`  not measured: ${chartError}`);
	else {
		lines.push(
			table(
				['page', 'first visit', 'then median', 'worst', 'drawn median', 'visits', 'worst<1 s'],
				chartRows
			)
		);
		lines.push(
			'rendered = the first `[data-rendered=true] canvas` (ECharts `finished`, after its entry',
			'animation); drawn = the frame after the first chart canvas appeared (on screen, animating).',
			`goal first chart < 1 s: ${chartsMet.length === charts.length && charts.length > 0 ? 'MET' : 'NOT MET'} (${chartsMet.length} of ${charts.length} pages, rendered, worst visit counted)`
		);
		for (const c of charts) if (c.error) lines.push(`  ${c.path}: ${c.error}`);
	}
	return lines.join('\n');
}

function table(head: readonly string[], body: readonly string[][]): string {
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
	return [head, ...body]
		.map((r) =>
			r
				.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}
