import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../pipeline/db/connection.js';
import type { DataPage } from '../../web/lib/server/dashboard/dataPageData.js';
import {
	attendance,
	dataWarehouse,
	EXPECTED_REJECTS,
	MANGLED_NIP,
	SHORT_NIP,
	STAFF
} from './dataPageFixture.js';

// The server modules read KINERJA_DB through SvelteKit's $env; in vitest that is process.env.
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

type Role = 'bkpsdm' | 'pimpinan' | 'kepala_opd' | 'admin';
type PageModule = typeof import('../../web/routes/data/+page.server.js');
type CsvModule = typeof import('../../web/routes/data/unduh/ditolak.csv/+server.js');
type RulesCsvModule = typeof import('../../web/routes/data/unduh/aturan.csv/+server.js');
type WarehouseModule = typeof import('../../web/lib/server/warehouse.js');

let fixture: Awaited<ReturnType<typeof dataWarehouse>>;
let page: PageModule;
let csv: CsvModule;
let rulesCsv: RulesCsvModule;
let reader: WarehouseModule['warehouse'];

/** A request event as the hook leaves it: the URL and the signed-in user. */
function event(path: string, role: Role) {
	return {
		url: new URL(`http://localhost${path}`),
		locals: {
			user: { id: 1, username: role, role, agencyCode: role === 'kepala_opd' ? 'SETDA' : null },
			session: null,
			individual: false
		}
	} as never;
}

async function pageData(path: string, role: Role): Promise<{ hr: boolean; page: DataPage }> {
	// The generated PageServerLoad type is loose (Record<string, any>): pin the shape here.
	const data = (await page.load(event(path, role))) as { hr: boolean; page: DataPage | null };
	if (!data.page) throw new Error('expected page data');
	return { hr: data.hr, page: data.page };
}

/** A CSV response as rows; it must start with the BOM that makes Excel read UTF-8. */
async function parseCsv(response: Response): Promise<Record<string, string>[]> {
	const bytes = new Uint8Array(await response.arrayBuffer());
	expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	return Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), {
		header: true,
		delimiter: ';',
		skipEmptyLines: true
	}).data;
}

const rows = <T extends object>(sql: string, params?: Record<string, number>) =>
	reader.use((db: Db) => db.all<T>(sql, params));

beforeAll(async () => {
	fixture = await dataWarehouse();
	process.env.KINERJA_DB = fixture.path;
	page = await import('../../web/routes/data/+page.server.js');
	csv = await import('../../web/routes/data/unduh/ditolak.csv/+server.js');
	rulesCsv = await import('../../web/routes/data/unduh/aturan.csv/+server.js');
	reader = (await import('../../web/lib/server/warehouse.js')).warehouse;
});

afterAll(() => {
	reader?.close();
	fixture?.cleanup();
});

describe('dataPageData: rejects by rule', () => {
	it('counts every rule as etl_rejects does, and as the fixture was built', async () => {
		const { page: data } = await pageData('/data', 'pimpinan');
		const logged = await rows<{ rule: string; n: number }>(
			'select rule, count(*)::integer as n from etl_rejects where run_id = 1 group by rule'
		);
		const shown = Object.fromEntries(data.rules.map((rule) => [rule.rule, rule.n_rows]));
		expect(shown).toEqual(Object.fromEntries(logged.map((row) => [row.rule, row.n])));
		expect(shown).toEqual(EXPECTED_REJECTS);
		expect(data.runId).toBe(1);
	});

	it('splits them per file: every file’s rules add up to its logged rejects', async () => {
		const { page: data } = await pageData('/data', 'pimpinan');
		expect(data.files).toHaveLength(3);
		for (const file of data.files) {
			expect(file.rules.reduce((sum, rule) => sum + rule.n_rows, 0)).toBe(file.n_rejects);
			expect(file.rows_read).toBe(
				(file.rows_loaded ?? 0) + (file.rows_rejected ?? 0) + (file.rows_duplicate ?? 0)
			);
		}
		const presensi = data.files.find((file) => file.file_name === 'presensi_2024.csv');
		expect(presensi?.rules.map((rule) => [rule.rule, rule.n_rows])).toEqual([
			['time_invalid', 2],
			['date_invalid', 1],
			['unknown_code', 1]
		]);
	});

	it('hides the rejected values in the example messages of the aggregate table', async () => {
		const { page: data } = await pageData('/data', 'pimpinan');
		const nipRule = data.rules.find((rule) => rule.rule === 'nip_format');
		expect(nipRule?.example).toContain('"…"');
		const text = JSON.stringify(data);
		for (const secret of [MANGLED_NIP, SHORT_NIP, 'Bertapa', 'sembilan puluh'])
			expect(text).not.toContain(secret);
	});

	it('offers the rule table as CSV with the same counts', async () => {
		const { page: data } = await pageData('/data', 'pimpinan');
		const response = await rulesCsv.GET(event('/data/unduh/aturan.csv?run=1', 'pimpinan'));
		const lines = await parseCsv(response);
		expect(lines.map((line) => [line.aturan, Number(line.jumlah)])).toEqual(
			data.rules.map((rule) => [rule.rule, rule.n_rows])
		);
	});
});

describe('dataPageData: the individual-level part', () => {
	it('shows a file’s rejected rows to BKPSDM, as etl_rejects holds them', async () => {
		const [file] = await rows<{ file_id: number }>(
			`select file_id::integer as file_id from etl_files where file_name = 'presensi_2024.csv'`
		);
		const { hr, page: data } = await pageData(`/data?berkas=${file?.file_id}`, 'bkpsdm');
		expect(hr).toBe(true);
		const logged = await rows<{ line: number; rule: string; value: string }>(
			`select line::integer as line, rule, value from etl_rejects where file_id = $file
			order by line`,
			{ file: file?.file_id ?? 0 }
		);
		expect(data.rejects?.total).toBe(logged.length);
		expect(data.rejects?.rows.map((r) => [r.line, r.rule, r.value])).toEqual(
			logged.map((r) => [r.line, r.rule, r.value])
		);
	});

	it('gives BKPSDM a CSV of exactly that file’s rejected rows with the original row', async () => {
		const [file] = await rows<{ file_id: number }>(
			`select file_id::integer as file_id from etl_files where file_name = 'pegawai_2025-12-31.csv'`
		);
		const response = await csv.GET(
			event(`/data/unduh/ditolak.csv?berkas=${file?.file_id}`, 'bkpsdm')
		);
		expect(response.status).toBe(200);
		const lines = await parseCsv(response);
		const logged = await rows<{ line: number; column_name: string; value: string; rule: string }>(
			`select line::integer as line, column_name, value, rule from etl_rejects
			where file_id = $file order by line`,
			{ file: file?.file_id ?? 0 }
		);
		expect(lines.map((l) => [Number(l.baris), l.kolom, l.nilai, l.aturan])).toEqual(
			logged.map((r) => [r.line, r.column_name, r.value, r.rule])
		);
		expect(lines.every((l) => l.berkas?.endsWith('pegawai_2025-12-31.csv'))).toBe(true);
		expect(JSON.parse(lines[0]?.data_baris ?? '{}')).toMatchObject({ NIP: MANGLED_NIP });
	});

	it.each(['pimpinan', 'kepala_opd', 'admin'] as const)(
		'leaves the part out for %s and refuses its CSV with 403',
		async (role) => {
			const { hr, page: data } = await pageData('/data?berkas=3', role);
			expect(hr).toBe(false);
			expect(data.rejects).toBeNull();
			const text = JSON.stringify(data);
			for (const secret of [MANGLED_NIP, SHORT_NIP, ...STAFF.map((s) => s.nip), 'row_data'])
				expect(text).not.toContain(secret);
			await expect(csv.GET(event('/data/unduh/ditolak.csv?berkas=3', role))).rejects.toMatchObject({
				status: 403
			});
		}
	);
});

describe('dataPageData: URL checks', () => {
	it.each([
		['/data?run=abc', 400],
		['/data?run=0', 400],
		['/data?run=99', 404],
		['/data?berkas=-1', 400],
		['/data?berkas=999', 404]
	])('%s → %i', async (path, status) => {
		await expect(page.load(event(path, 'bkpsdm'))).rejects.toMatchObject({ status });
	});

	it('asks for the file when the rejects CSV names none', async () => {
		await expect(csv.GET(event('/data/unduh/ditolak.csv', 'bkpsdm'))).rejects.toMatchObject({
			status: 400
		});
	});
});

describe('dataPageData: freshness', () => {
	it('marks attendance stale against the 2025 appraisals and names what is missing', async () => {
		const { page: data } = await pageData('/data', 'pimpinan');
		expect(data.referenceYear).toBe(2025);
		const status = Object.fromEntries(data.sources.map((s) => [s.kind, s.status]));
		expect(status).toMatchObject({
			roster: 'current',
			appraisal: 'current',
			attendance: 'stale',
			training: 'missing',
			punches: 'optional',
			awards: 'optional'
		});
		const presensi = data.sources.find((s) => s.kind === 'attendance');
		expect(presensi?.row?.period_to).toBe('2024-01-03');
		expect(presensi?.row?.last_file).toBe('presensi_2024.csv');
	});

	it('turns current after a later run loads that year, and that run becomes the default', async () => {
		const { runLoad } = await import('../../pipeline/load/runLoad.js');
		const { quiet } = await import('../helpers/tmp.js');
		const file = fixture.more('presensi_2025.csv', attendance(2025, false));
		await runLoad({ warehouse: fixture.path, inputs: [file] }, quiet);
		const { page: data } = await pageData('/data', 'pimpinan');
		expect(data.sources.find((s) => s.kind === 'attendance')?.status).toBe('current');
		expect(data.runs.map((run) => run.run_id)).toEqual([2, 1]);
		expect(data.runId).toBe(2);
		expect(data.rules).toEqual([]);
		// The older run stays one choice away.
		const { page: first } = await pageData('/data?run=1', 'pimpinan');
		expect(first.rules.reduce((sum, rule) => sum + rule.n_rows, 0)).toBe(7);
	});
});
