import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { attendanceTable, pp94Table } from '../../web/lib/charts/attendanceCards.js';
import { attendancePoints } from '../../web/lib/charts/attendanceOption.js';
import { coverageCard } from '../../web/lib/charts/feedbackCards.js';
import { gapGrid } from '../../web/lib/charts/competencyGapOption.js';
import { jpBars, meets20Share } from '../../web/lib/charts/jpHistogramOption.js';
import { pp94Bars } from '../../web/lib/charts/pp94Option.js';
import { distributionBars } from '../../web/lib/charts/predikatDistributionOption.js';
import { gapTable, jpTable, targetsTable } from '../../web/lib/charts/tables.js';
import { readinessFinding } from '../../web/lib/charts/readinessCard.js';
import {
	componentCells,
	componentTable,
	readinessTable
} from '../../web/lib/charts/readinessComponents.js';
import { formatIndex, readinessBars } from '../../web/lib/charts/readinessOption.js';
import { toCsv } from '../../web/lib/csv.js';
import { formatNumber, formatPercent, t } from '../../web/lib/i18n/index.js';
import {
	attendanceByMonth,
	attendanceByWeekday,
	pp94RiskBands
} from '../../web/lib/server/queries/attendance.js';
import {
	changeReadinessComponents,
	changeReadinessIndex
} from '../../web/lib/server/queries/changeReadiness.js';
import {
	competencyGapHeatmap,
	jpHistogram,
	trainingTargets
} from '../../web/lib/server/queries/competency.js';
import { feedbackCoverage } from '../../web/lib/server/queries/feedback.js';
import { listYears } from '../../web/lib/server/queries/filters.js';
import { headlineFigures } from '../../web/lib/server/queries/overview.js';
import { predikatDistribution } from '../../web/lib/server/queries/performance.js';
import { ensureBuild, startApp, type App } from './server.js';
import { contextCookie, createAccounts, loginInBrowser, loginOverHttp } from './session.js';

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

const PASSWORD = 'jam gadang di pagi hari';
/** Pages made of tables and text only. */
const NO_CHARTS = new Set(['/metodologi', '/opd', '/data', '/laporan']);

let dir: string;
let server: App | undefined;
let browser: Browser | undefined;
/** Signed in through the login form as BKPSDM: the full tour, individual lists included. */
let hr: BrowserContext;
let cookie: string;
let base: string;
let db: Db;
let years: number[];

/** Console lines about the Content-Security-Policy: each is a script or style the CSP blocked. */
const cspViolations: string[] = [];

async function open(path: string, width = 1280): Promise<Page> {
	const page = await hr.newPage();
	await page.setViewportSize({ width, height: 900 });
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to (load|apply|execute)/i.test(message.text()))
			cspViolations.push(`${path}: ${message.text()}`);
	});
	const response = await page.goto(base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

/** Waits for the first ECharts canvas inside `scope` and counts its non-blank pixels. */
async function drawnPixels(page: Page, scope = 'body'): Promise<number> {
	const selector = `${scope} [data-rendered=true] canvas`;
	await page.waitForSelector(selector, { timeout: 15_000 });
	return page.$eval(selector, (canvas) => {
		const c = canvas as HTMLCanvasElement;
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0) n++;
		return n;
	});
}

/** The body as sent, BOM included (Response.text() drops it). */
const rawText = async (url: string) =>
	new TextDecoder('utf-8', { ignoreBOM: true }).decode(
		await (await fetch(url, { headers: { cookie } })).arrayBuffer()
	);

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
	const appDb = join(dir, 'app.sqlite');
	await createAccounts(appDb, [
		{ username: 'siti', role: 'bkpsdm', password: PASSWORD },
		{ username: 'walikota', role: 'pimpinan', password: PASSWORD }
	]);
	await ensureBuild();
	server = await startApp({
		KINERJA_DB: warehouse,
		KINERJA_APP_DB: appDb,
		KINERJA_REPORT_DIR: join(dir, 'report')
	});
	base = server.base;
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
	hr = await browser.newContext();
	const login = await hr.newPage();
	await loginInBrowser(login, base, 'siti', PASSWORD);
	cookie = await contextCookie(login);
	await login.close();
	mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	db?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dashboard in Chromium', () => {
	it.each([
		['/', 'ringkasan'],
		['/kinerja', 'kinerja'],
		['/kompetensi', 'kompetensi'],
		['/kehadiran', 'kehadiran'],
		['/kesiapan', 'kesiapan'],
		['/kesiapan?lang=en', 'kesiapan-en'],
		['/opd', 'opd'],
		['/data', 'data'],
		['/umpan-balik', 'umpan-balik'],
		['/laporan', 'laporan'],
		['/metodologi', 'metodologi']
	])('renders %s at 1280 and 390 px', async (path, name) => {
		for (const width of [1280, 390]) {
			const page = await open(path, width);
			if (!NO_CHARTS.has(path)) expect(await drawnPixels(page)).toBeGreaterThan(1000);
			await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
			await page.close();
		}
		expect(cspViolations).toEqual([]);
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
			await fetch(base + new URL(download.url()).pathname + '?tahun=' + year, {
				headers: { cookie }
			})
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

	it('titles the JP chart with the share meeting 20 JP, formatted id-ID', async () => {
		const year = years.at(-1)!;
		const share = meets20Share(await jpHistogram(db, { year }))!;
		const headline = (await headlineFigures(db, { year })).find(
			(f) => f.metric === 'share_meets_20jp'
		)!;
		expect(formatPercent('id', share)).toBe(formatPercent('id', headline.value!));
		const page = await open('/kompetensi');
		expect(await page.textContent('#jp-title')).toBe(
			t('id', 'jp.title', { share: formatPercent('id', share), year })
		);
		expect(await drawnPixels(page, '[data-chart=kesenjangan]')).toBeGreaterThan(1000);
		await page.close();
	});

	it('downloads the JP buckets and heatmap cells the charts draw', async () => {
		const year = years.at(-1)!;
		const jp = await rawText(`${base}/unduh/jp.csv?tahun=${year}`);
		expect(jp).toBe(toCsv(jpTable(jpBars(await jpHistogram(db, { year })))));
		const gap = await rawText(`${base}/unduh/kompetensi-gap.csv`);
		const grid = gapGrid(await competencyGapHeatmap(db, {}));
		expect(grid.cells.length).toBeGreaterThan(0);
		expect(gap).toBe(toCsv(gapTable(grid)));
	});

	it('lists training targets by name, without NIPs, filtered by competency', async () => {
		const all = await trainingTargets(db, {});
		expect(all.length).toBeGreaterThan(0);
		const code = all[0]!.competency_code!;
		const rows = await trainingTargets(db, { competencyCode: code });
		const page = await open(`/kompetensi?kompetensi=${code}`);
		expect(await page.textContent('[data-targets] .note')).toBe(t('id', 'targets.note'));
		const names = await page.$$eval('[data-targets] tbody th', (cells) =>
			cells.map((cell) => cell.textContent)
		);
		expect(names).toEqual(rows.map((row) => row.nama ?? '–'));
		const html = await page.content();
		for (const row of all) expect(html).not.toContain(row.nip);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-targets] [data-csv]')
		]);
		const csv = await rawText(download.url());
		expect(csv).toBe(toCsv(targetsTable(rows)));
		for (const row of all) expect(csv).not.toContain(row.nip);
		await page.close();
	});

	it('titles the PP 94 chart with the city share at risk, formatted id-ID, as no sanction', async () => {
		const year = years.at(-1)!;
		const city = (await pp94RiskBands(db, { year })).find((row) => row.agency_code === 'ALL')!;
		const page = await open('/kehadiran');
		const title = await page.textContent('#pp94-title');
		expect(title).toBe(
			t('id', 'pp94.title', { share: formatPercent('id', city.share_at_risk!), year })
		);
		expect(title).toContain('indikator risiko, bukan sanksi');
		for (const chart of ['bulan', 'hari', 'pp94'])
			expect(await drawnPixels(page, `[data-chart=${chart}]`)).toBeGreaterThan(1000);
		await page.close();
		const en = await open('/kehadiran?lang=en');
		expect(await en.textContent('h1')).toBe('Attendance and discipline');
		await en.close();
	});

	it('downloads the periods and agency bars the attendance charts draw', async () => {
		const year = years.at(-1)!;
		const csv = (path: string) => rawText(`${base}/unduh/${path}?tahun=${year}`);
		const months = attendancePoints(await attendanceByMonth(db, { year }));
		expect(months.length).toBeGreaterThan(0);
		expect(await csv('kehadiran-bulan.csv')).toBe(toCsv(attendanceTable('month', months)));
		const days = attendancePoints(await attendanceByWeekday(db, { year }));
		expect(await csv('kehadiran-hari.csv')).toBe(toCsv(attendanceTable('weekday', days)));
		const bars = pp94Bars(await pp94RiskBands(db, { year }));
		expect(await csv('pp94.csv')).toBe(toCsv(pp94Table(bars)));
		const page = await open(`/kehadiran?tahun=${year}`);
		const shown = await page.$$eval('[data-chart=pp94] tbody tr td:first-child', (cells) =>
			cells.map((cell) => cell.textContent)
		);
		expect(shown).toEqual(bars.map((bar) => bar.agency_code));
		await page.close();
	});

	it("titles the readiness chart from the query's index, formatted id-ID, per agency only", async () => {
		const year = years.at(-1)!;
		const bars = readinessBars(await changeReadinessIndex(db, { year }));
		expect(bars.length).toBeGreaterThan(1);
		const page = await open('/kesiapan');
		const title = await page.textContent('#indeks-title');
		expect(title).toBe(readinessFinding('id', bars, year));
		expect(title).toContain(formatIndex('id', bars[0]!.resistance_index));
		expect(title).toContain(bars[0]!.agency_name);
		expect(await page.textContent('[data-derivation]')).toContain('tidak pernah per orang');
		expect(await drawnPixels(page, '[data-chart=indeks]')).toBeGreaterThan(1000);
		const rowsShown = await page.$$eval('[data-components] tbody tr', (rows) => rows.length);
		expect(rowsShown).toBe(bars.length);
		await page.close();
		const en = await open('/kesiapan?lang=en');
		expect(await en.textContent('h1')).toBe('Readiness for change');
		expect(await en.textContent('[data-derivation]')).toContain('never per person');
		await en.close();
	});

	it('downloads the agency bars and components the readiness page draws', async () => {
		const year = years.at(-2)!;
		const index = await changeReadinessIndex(db, { year });
		const bars = readinessBars(index);
		const csv = (path: string) => rawText(`${base}/unduh/${path}?tahun=${year}`);
		expect(await csv('kesiapan.csv')).toBe(toCsv(readinessTable(bars)));
		const cells = componentCells(await changeReadinessComponents(db, { year }), bars);
		expect(await csv('kesiapan-komponen.csv')).toBe(toCsv(componentTable(cells)));
		const page = await open(`/kesiapan?tahun=${year}`);
		const shown = await page.$$eval('[data-chart=indeks] tbody tr td:first-child', (c) =>
			c.map((cell) => cell.textContent)
		);
		expect(shown).toEqual(bars.map((bar) => bar.agency_code));
		await page.close();
	});

	it("shows one agency's share Baik or better from the mart, and its CSV equals its bars", async () => {
		const year = years.at(-1)!;
		const rows = await predikatDistribution(db, { year, byAgency: true });
		const agency = rows
			.filter((row) => row.agency_code !== 'ALL' && !row.suppressed)
			.sort((a, b) => (b.n_appraised ?? 0) - (a.n_appraised ?? 0))[0]!;
		for (const width of [1280, 390]) {
			const page = await open(`/opd/${agency.agency_code}?tahun=${year}`, width);
			expect(await drawnPixels(page)).toBeGreaterThan(1000);
			expect(await shareText(page)).toBe(formatPercent('id', agency.share_baik_or_better!));
			await page.screenshot({ path: join(SHOTS, `opd-${width}.png`), fullPage: true });
			await page.close();
		}
		const csv = await rawText(
			`${base}/opd/${agency.agency_code}/unduh/distribusi.csv?tahun=${year}`
		);
		expect(csv).toContain(String(agency.n_appraised));
		expect((await fetch(`${base}/opd/TIDAKADA`, { headers: { cookie } })).status).toBe(404);
	});

	it("drills from the distribution table's agency link into that agency's page", async () => {
		const year = years.at(-1)!;
		const page = await open(`/kinerja?tahun=${year}`);
		await page.click('[data-chart=distribusi] details summary');
		const link = page.locator('[data-chart=distribusi] table a[href*="/opd/"]').first();
		const href = (await link.getAttribute('href'))!;
		await Promise.all([page.waitForURL(/\/opd\/[A-Z]+/), link.click()]);
		expect(new URL(page.url()).pathname).toBe(new URL(href, base).pathname);
		expect(new URL(page.url()).searchParams.get('tahun')).toBe(String(year));
		await page.close();
	});

	it("lists the load's files and rejected rows by rule on the Data page", async () => {
		const page = await open('/data');
		const rules = await db.all<{ rule: string; n: number }>(
			'select rule, count(*)::INTEGER as n from etl_rejects group by rule order by n desc'
		);
		const text = (await page.textContent('main')) ?? '';
		expect(rules.length).toBeGreaterThan(0);
		expect(text).toContain(formatNumber('id', rules[0]!.n));
		await page.close();
	});

	it('answers a malformed year with 400 and a message', async () => {
		const page = await hr.newPage();
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

	it("titles the feedback coverage chart from the mart's city share, formatted id-ID", async () => {
		const year = years.at(-1)!;
		const rows = await feedbackCoverage(db, { year });
		const city = rows.find((row) => row.agency_code === 'ALL' && !row.suppressed);
		expect(city?.share_dialogue).toBeTypeOf('number');
		const card = coverageCard('id', rows, year);
		const page = await open(`/umpan-balik?tahun=${year}`);
		const title = await page.textContent('#cakupan-title');
		expect(title).toBe(card.title);
		expect(title).toContain(formatPercent('id', city!.share_dialogue!));
		expect(await drawnPixels(page, '[data-chart=cakupan]')).toBeGreaterThan(1000);
		const csv = await rawText(`${base}/umpan-balik/unduh/cakupan.csv?tahun=${year}`);
		expect(csv).toBe(toCsv(card.table));
		await page.close();
	});

	it('builds the report of the latest year from the Laporan page and downloads its PDF', async () => {
		const year = years.at(-1)!;
		const page = await open('/laporan');
		expect(await page.inputValue('[data-report-form] select[name=tahun]')).toBe(String(year));
		await page.click('[data-report-form] button[type=submit]');
		// Progress is shown while it runs (steps move on), then the downloads appear.
		await page.waitForSelector('.progress[data-state=running]', { timeout: 15_000 });
		expect(await page.textContent('.progress [role=status]')).toContain(String(year));
		await page.waitForSelector('.progress[data-state=done]', { timeout: 85_000 });
		const link = page.locator('a[data-file=pdf]');
		expect(await link.getAttribute('href')).toContain(`laporan-kinerja-${year}-id.pdf`);
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		const bytes = Buffer.from(
			await (await fetch(download.url(), { headers: { cookie } })).arrayBuffer()
		);
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(bytes.length).toBeGreaterThan(10_000);
		await page.close();
	}, 90_000);

	it.each([
		...[
			'/',
			'/kinerja',
			'/kompetensi',
			'/kompetensi?lang=en',
			'/kehadiran',
			'/kehadiran?lang=en',
			'/kesiapan',
			'/kesiapan?lang=en',
			'/opd',
			'/data',
			'/metodologi',
			'/?lang=en'
		].map((path) => [path, 1280] as const),
		...['/umpan-balik', '/umpan-balik?lang=en', '/laporan'].flatMap((path) =>
			[1280, 390].map((width) => [path, width] as const)
		)
	])('has no serious accessibility violation on %s at %i px', async (path, width) => {
		expect(await axeViolations(path, width)).toEqual([]);
	});

	it("has no serious accessibility violation on an agency's page with its staff lists", async () => {
		// The agency with the most targets: a large one, so its charts are drawn, not suppressed.
		const counts = new Map<string, number>();
		for (const row of await trainingTargets(db, {}))
			counts.set(row.agency_code!, (counts.get(row.agency_code!) ?? 0) + 1);
		const agency = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
		for (const width of [1280, 390]) {
			const page = await open(`/opd/${agency}`, width);
			expect(await page.$$eval('[data-staff] tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
			await page.close();
			expect(await axeViolations(`/opd/${agency}`, width), `${width} px`).toEqual([]);
		}
	});
});

/** Serious and critical axe-core findings on a page as BKPSDM sees it. */
async function axeViolations(path: string, width: number): Promise<string[]> {
	// axe is injected as an inline script, which the app's CSP rightly blocks: this context skips it.
	const axeContext = await browser!.newContext({
		bypassCSP: true,
		viewport: { width, height: 900 }
	});
	await axeContext.addCookies(await hr.cookies());
	const page = await axeContext.newPage();
	expect((await page.goto(base + path))?.status(), path).toBe(200);
	if (!NO_CHARTS.has(new URL(path, base).pathname)) await drawnPixels(page);
	await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe;
		const result = await axe.run();
		return result.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
	await axeContext.close();
	return violations;
}

interface AxeResult {
	violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

describe('individual-level lists for a role without them', () => {
	it('logged in as pimpinan: training-target names hidden, CSV 403', async () => {
		const pimpinan = await loginOverHttp(base, 'walikota', PASSWORD);
		expect((await pimpinan.get('/unduh/sasaran-pelatihan.csv')).status).toBe(403);
		const html = await (await pimpinan.get('/kompetensi')).text();
		expect(html).toContain('hanya untuk petugas BKPSDM');
		expect(html).not.toContain('data-targets');
		for (const row of await trainingTargets(db, {}))
			if (row.nama) expect(html).not.toContain(row.nama);
	});
});
