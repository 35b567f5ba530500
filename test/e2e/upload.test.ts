import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../web/lib/i18n/index.js';
import { bodySizeLimit } from '../../web/lib/server/upload/uploadSettings.js';
import { attendance, dataWarehouse, MANGLED_NIP, STAFF } from '../web/dataPageFixture.js';
import { ensureBuild, startApp, type App } from './server.js';
import { createAccounts, loginInBrowser, loginOverHttp } from './session.js';

/**
 * Browser upload in Chromium against the built server (issue #6 item 3): BKPSDM picks a messy export,
 * sees the browser's preview (kind, columns, problems), uploads it and sees the run's result and the
 * rejected rows; a pimpinan gets no upload section and no upload.
 */
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = '/tmp/kinerja-shots';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];
const PASSWORD = 'jam gadang di pagi hari';

let fixture: Awaited<ReturnType<typeof dataWarehouse>>;
let dir: string;
let uploadDir: string;
let server: App | undefined;
let browser: Browser | undefined;
let base: string;

/** An attendance export with a title row, four one-defect rows, an Excel-mangled NIP, a duplicate. */
function messyExport(): Buffer {
	const lines = attendance(2025, true).trimEnd().split('\n');
	const good = lines[1]!;
	const mangled = good.replace(STAFF[0]!.nip, MANGLED_NIP).replace('02/01', '07/01');
	const text = ['REKAP PRESENSI SEKRETARIAT DAERAH 2025;;;;;;;', ...lines, mangled, good, ''];
	return Buffer.from(text.join('\r\n'));
}
const REJECTED = [
	'date_invalid',
	'nip_excel_mangled',
	'time_invalid',
	'time_invalid',
	'unknown_code'
];

beforeAll(async () => {
	fixture = await dataWarehouse();
	dir = mkdtempSync(join(tmpdir(), 'kinerja-e2e-upload-'));
	uploadDir = join(dir, 'unggahan');
	mkdirSync(SHOTS, { recursive: true });
	const appDb = join(dir, 'app.sqlite');
	await createAccounts(appDb, [
		{ username: 'siti', role: 'bkpsdm', password: PASSWORD },
		{ username: 'walikota', role: 'pimpinan', password: PASSWORD }
	]);
	await ensureBuild();
	server = await startApp({
		KINERJA_DB: fixture.path,
		KINERJA_APP_DB: appDb,
		KINERJA_UPLOAD_DIR: uploadDir,
		// As `npm start` sets it (pipeline/start.ts): adapter-node's own default is 512 KB.
		BODY_SIZE_LIMIT: bodySizeLimit({})
	});
	base = server.base;
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	fixture?.cleanup();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A signed-in page on /data, hydrated (the file input waits for it). */
async function dataPage(context: BrowserContext, problems: string[]): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to (load|apply|execute)/i.test(message.text()))
			problems.push(message.text());
	});
	await loginInBrowser(page, base, 'siti', PASSWORD, '/data');
	await page.waitForSelector('[data-upload][data-ready=true]');
	return page;
}

describe('upload in Chromium', () => {
	it('bkpsdm: picks a file, sees the preview, uploads, sees the result and the rejects', async () => {
		const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
		const problems: string[] = [];
		const page = await dataPage(context, problems);
		await page.setInputFiles('[data-upload-input]', {
			name: 'presensi_setda_2025.csv',
			mimeType: 'text/csv',
			buffer: messyExport()
		});

		const preview = page.locator('[data-preview]');
		await preview.waitFor();
		expect(await preview.getAttribute('data-kind')).toBe('attendance');
		expect((await page.locator('[data-preview-kind]').textContent())?.trim()).toBe(
			t('id', 'data.kind.attendance')
		);
		const columns = await page.locator('[data-columns] code').allTextContents();
		expect(columns).toEqual(expect.arrayContaining(['nip', 'tanggal', 'jam_masuk']));
		expect(await page.locator('[data-problem=nipMangled]').textContent()).toContain(MANGLED_NIP);
		expect(await page.locator('[data-preview-rows] tbody tr').count()).toBe(10);
		// The title row is skipped: the first data row is the file's line 3.
		expect(await page.locator('[data-preview-rows] tbody th').first().textContent()).toBe('3');
		expect(readdirSync(dir)).not.toContain('unggahan');
		await page.locator('#unggah').screenshot({ path: join(SHOTS, 'upload-preview-1280.png') });

		await page.click('[data-upload-send]');
		const result = page.locator('[data-upload-result]');
		await result.waitFor({ timeout: 180_000 });
		const row = page.locator('[data-upload-files] tbody tr[data-status]');
		expect(await row.getAttribute('data-status')).toBe('loaded');
		expect(await row.locator('[data-loaded]').textContent()).toBe('12');
		expect(await row.locator('[data-rejected]').textContent()).toBe('5');
		const rules = await page
			.locator('[data-upload-rejects] tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
		expect(rules.sort()).toEqual(REJECTED);
		expect(await page.locator('[data-upload-rejects]').textContent()).toContain(MANGLED_NIP);
		expect(readdirSync(uploadDir)).toHaveLength(1);

		// The rejects as CSV for correction, through the Data page's endpoint.
		const href = await page.locator('[data-upload-rejects-csv]').getAttribute('href');
		expect(href).toMatch(/^\/data\/unduh\/ditolak\.csv\?berkas=\d+$/);
		const csv = await page.request.get(base + href!);
		expect(csv.status()).toBe(200);
		const records = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ''), {
			header: true,
			delimiter: ';',
			skipEmptyLines: true
		}).data;
		expect(records.map((r) => r.aturan).sort()).toEqual(REJECTED);

		// The page's own tables now show the new run (the upload invalidates the page's data).
		const runId = await result.getAttribute('data-run');
		await expect
			.poll(() => page.locator('#berkas-title').textContent(), { timeout: 20_000 })
			.toContain(`run ${runId}`);
		await page.locator('#unggah').screenshot({ path: join(SHOTS, 'upload-result-1280.png') });
		expect(problems).toEqual([]);
		await context.close();
	}, 300_000);

	it('has no serious accessibility violation with a preview shown', async () => {
		// axe is injected as an inline script, which the app's CSP rightly blocks: this context skips it.
		const context = await browser!.newContext({
			bypassCSP: true,
			viewport: { width: 390, height: 900 }
		});
		const page = await dataPage(context, []);
		await page.setInputFiles('[data-upload-input]', {
			name: 'presensi_setda_2025_b.csv',
			mimeType: 'text/csv',
			buffer: messyExport()
		});
		await page.locator('[data-preview]').waitFor();
		await page.locator('#unggah').screenshot({ path: join(SHOTS, 'upload-preview-390.png') });
		await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
		const violations = await page.evaluate(async () => {
			type Result = { violations: { id: string; impact: string | null; nodes: unknown[] }[] };
			const axe = (window as unknown as { axe: { run: (s: string) => Promise<Result> } }).axe;
			const result = await axe.run('#unggah');
			return result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id} (${v.nodes.length})`);
		});
		expect(violations).toEqual([]);
		await context.close();
	}, 120_000);

	it('pimpinan: no upload section in the page, and the endpoint refuses', async () => {
		const session = await loginOverHttp(base, 'walikota', PASSWORD);
		const html = await (await session.get('/data')).text();
		expect(html).toContain(t('id', 'data.title'));
		expect(html).not.toContain('data-upload');
		expect(html).not.toContain('id="unggah"');
		const post = await session.get('/data/unggah', {
			method: 'POST',
			headers: {
				'x-csrf-token': session.csrf,
				'x-file-name': 'presensi.csv',
				'content-type': 'application/octet-stream',
				origin: base
			},
			body: new Uint8Array(messyExport()) as Uint8Array<ArrayBuffer>
		});
		expect(post.status).toBe(403);
		expect(readdirSync(uploadDir)).toHaveLength(1);
	});
});
