import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { distributionBars } from '../../web/lib/charts/predikatDistributionOption.js';
import { formatPercent } from '../../web/lib/i18n/index.js';
import { listYears } from '../../web/lib/server/queries/filters.js';
import { headlineFigures } from '../../web/lib/server/queries/overview.js';
import { predikatDistribution } from '../../web/lib/server/queries/performance.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = '/tmp/kinerja-shots';
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

let dir: string;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let base: string;
let db: Db;
let years: number[];

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

async function waitForServer(url: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`server at ${url} did not start`);
}

async function open(path: string, width = 1280): Promise<Page> {
	const page = await browser!.newPage({ viewport: { width, height: 900 } });
	const response = await page.goto(base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

/** Waits for an ECharts canvas and counts its non-blank pixels. */
async function drawnPixels(page: Page): Promise<number> {
	await page.waitForSelector('[data-rendered=true] canvas', { timeout: 15_000 });
	return page.$eval('[data-rendered=true] canvas', (canvas) => {
		const c = canvas as HTMLCanvasElement;
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0) n++;
		return n;
	});
}

const shareText = async (page: Page) =>
	(await page.textContent('[data-metric=share_baik_or_better] .value'))?.trim();

beforeAll(async () => {
	if (!existsSync(CHROMIUM))
		throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install chromium).`);
	dir = mkdtempSync(join(tmpdir(), 'kinerja-e2e-'));
	const sample = join(dir, 'sample');
	const gen = spawnSync(
		process.execPath,
		['--import', 'tsx', 'data/generate/cli.ts', '--out', sample, '--employees', '150'],
		{ encoding: 'utf8' }
	);
	if (gen.status !== 0) throw new Error(gen.stderr);
	const warehouse = join(dir, 'warehouse.duckdb');
	await runLoad({ warehouse, inputs: [sample] }, { log() {}, now: () => new Date() });
	db = await openDb(warehouse, { readOnly: true });
	years = (await listYears(db)).map((row) => row.year);
	const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		encoding: 'utf8'
	});
	if (build.status !== 0) throw new Error(build.stderr);
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KINERJA_DB: warehouse },
		stdio: 'ignore'
	});
	await waitForServer(base + '/metodologi');
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
	mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
	await browser?.close();
	if (server?.pid) process.kill(server.pid, 'SIGTERM');
	db?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dashboard in Chromium', () => {
	it.each([
		['/', 'ringkasan'],
		['/kinerja', 'kinerja'],
		['/metodologi', 'metodologi']
	])('renders %s at 1280 and 390 px', async (path, name) => {
		for (const width of [1280, 390]) {
			const page = await open(path, width);
			if (path !== '/metodologi') expect(await drawnPixels(page)).toBeGreaterThan(1000);
			await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
			await page.close();
		}
	});

	it("shows the query's share Baik or better, formatted id-ID, and follows the year", async () => {
		const latest = years.at(-1)!;
		const figure = async (year: number) =>
			(await headlineFigures(db, { year })).find((f) => f.metric === 'share_baik_or_better')!;
		const page = await open('/');
		expect(await shareText(page)).toBe(formatPercent('id', (await figure(latest)).value!));
		const earlier = years.find((y) => y < latest && y >= latest - 4)!;
		await page.goto(`${base}/?tahun=${earlier}`);
		expect(await shareText(page)).toBe(formatPercent('id', (await figure(earlier)).value!));
		await page.close();
	});

	it('downloads the rows the distribution chart draws', async () => {
		const year = years.at(-1)!;
		const page = await open(`/kinerja?tahun=${year}`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-chart=distribusi] [data-csv]')
		]);
		const text = await (
			await fetch(base + new URL(download.url()).pathname + '?tahun=' + year)
		).text();
		const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim(), { delimiter: ';' });
		const bars = distributionBars(await predikatDistribution(db, { year }));
		expect(parsed.data.slice(1).map((row) => row[0])).toEqual(bars.map((bar) => bar.agency_code));
		expect(parsed.data.slice(1).map((row) => Number(row[2]))).toEqual(
			bars.map((bar) => bar.n_appraised)
		);
		const shown = await page.$$eval('[data-chart=distribusi] tbody tr td:first-child', (cells) =>
			cells.map((cell) => cell.textContent)
		);
		expect(shown).toEqual(bars.map((bar) => bar.agency_code));
		await page.close();
	});

	it('answers a malformed year with 400 and a message', async () => {
		const page = await browser!.newPage();
		const response = await page.goto(`${base}/?tahun=abc`);
		expect(response?.status()).toBe(400);
		expect(await page.textContent('[data-error]')).toContain('abc');
		await page.close();
	});

	it('shows English labels with ?lang=en', async () => {
		const page = await open('/?lang=en');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.textContent('h1')).toBe('Overview');
		expect(await page.textContent('[data-metric=share_baik_or_better] .label')).toBe(
			'Rated Baik or better'
		);
		await page.close();
	});

	it.each(['/', '/kinerja', '/metodologi', '/?lang=en'])(
		'has no serious accessibility violation on %s',
		async (path) => {
			const page = await open(path);
			if (path !== '/metodologi') await drawnPixels(page);
			await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
			const violations = await page.evaluate(async () => {
				const axe = (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe;
				const result = await axe.run();
				return result.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(violations).toEqual([]);
			await page.close();
		}
	);
});

interface AxeResult {
	violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}
