import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { dailyPoints, dailyTable } from '../../web/lib/charts/dailyPresenceOption.js';
import { arrowRows, fetchArrowRows } from '../../web/lib/client/arrowSeries.js';
import { toCsv } from '../../web/lib/csv.js';
import {
	dailyAttendanceArrow,
	dailyPresence,
	dailyPresenceArrow
} from '../../web/lib/server/queries/arrow.js';
import { dailyAttendance } from '../../web/lib/server/queries/attendance.js';

// The endpoints read KINERJA_DB through SvelteKit's env module.
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

type Handler = (event: { url: URL }) => Promise<Response>;

let dir: string;
let db: Db;
let year: number;
let arrowGet: Handler;
let csvGet: Handler;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'kinerja-arrow-'));
	const sample = join(dir, 'sample');
	const gen = spawnSync(
		process.execPath,
		['--import', 'tsx', 'data/generate/cli.ts', '--out', sample, '--employees', '120'],
		{ encoding: 'utf8' }
	);
	if (gen.status !== 0) throw new Error(gen.stderr);
	const warehouse = join(dir, 'warehouse.duckdb');
	await runLoad({ warehouse, inputs: [sample] }, { log() {}, now: () => new Date() });
	db = await openDb(warehouse, { readOnly: true });
	const row = await db.one<{ y: number }>(
		'select max(year)::integer as y from int_attendance_days_unified'
	);
	year = row?.y ?? 0;
	process.env.KINERJA_DB = warehouse;
	arrowGet = (await import('../../web/routes/api/kehadiran-harian.arrow/+server.js'))
		.GET as unknown as Handler;
	csvGet = (await import('../../web/routes/unduh/kehadiran-harian.csv/+server.js'))
		.GET as unknown as Handler;
});

afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

const url = (path: string, query: string) => new URL(`http://localhost${path}?${query}`);

/** The status of the SvelteKit error a handler throws; it must carry a message for people. */
async function statusOf(call: Promise<Response>): Promise<number> {
	try {
		return (await call).status;
	} catch (e) {
		const { status, body } = e as { status?: number; body?: { message?: string } };
		expect(body?.message?.length ?? 0).toBeGreaterThan(10);
		return status ?? 0;
	}
}

describe('dailyPresenceArrow and dailyAttendanceArrow', () => {
	it('decode with tableFromIPC to the same rows as the query functions', async () => {
		const rows = await dailyPresence(db, { year });
		expect(rows.length).toBeGreaterThan(200);
		expect(arrowRows(await dailyPresenceArrow(db, { year }))).toEqual(rows);
		const perAgency = await dailyAttendance(db, { year });
		expect(perAgency.some((r) => r.suppressed)).toBe(true);
		expect(arrowRows(await dailyAttendanceArrow(db, { year }))).toEqual(perAgency);
	});

	it('carry explicit column types: dates as DateDay, counts as Int32', async () => {
		const table = tableFromIPC(await dailyPresenceArrow(db, { year }));
		const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
		expect(types).toMatchObject({
			work_date: 'Date32<DAY>',
			recorded_days: 'Int32',
			presence_rate: 'Float64',
			suppressed: 'Bool'
		});
	});

	it('agree with the month chart’s population: the days add up to its recorded days', async () => {
		const rows = await dailyPresence(db, { year, employeeType: 'PPPK' });
		const all = await dailyPresence(db, { year });
		const sum = (r: typeof rows) => r.reduce((n, x) => n + (x.recorded_days ?? 0), 0);
		expect(sum(rows)).toBeGreaterThan(0);
		expect(sum(rows)).toBeLessThan(sum(all));
	});
});

describe('GET /api/kehadiran-harian.arrow', () => {
	it('streams Arrow that decodes to the rows of dailyPresence under the URL filters', async () => {
		const response = await arrowGet({
			url: url('/api/kehadiran-harian.arrow', `tahun=${year}&jenis=PNS`)
		});
		expect(response.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
		const rows = arrowRows(new Uint8Array(await response.arrayBuffer()));
		expect(rows).toEqual(await dailyPresence(db, { year, employeeType: 'PNS' }));
	});

	it('decodes in the client loader the same way', async () => {
		const rows = await fetchArrowRows(`/api/kehadiran-harian.arrow?tahun=${year}`, {
			fetch: (input) => arrowGet({ url: new URL(String(input), 'http://localhost') })
		});
		expect(rows).toEqual(await dailyPresence(db, { year }));
	});

	// Built when the test runs: the year is known only after the warehouse is loaded.
	it.each([
		['tahun=20x5', 400],
		['tahun=2099', 400],
		['tahun=YEAR&jenis=HONORER', 400],
		['tahun=YEAR&jabatan=RAJA', 400]
	])('%s answers %s with a message', async (query, status) => {
		const target = url('/api/kehadiran-harian.arrow', query.replace('YEAR', String(year)));
		expect(await statusOf(arrowGet({ url: target }))).toBe(status);
	});
});

describe('GET /unduh/kehadiran-harian.csv', () => {
	it('holds exactly the days the chart draws', async () => {
		const response = await csvGet({ url: url('/unduh/kehadiran-harian.csv', `tahun=${year}`) });
		const expected = toCsv(dailyTable(dailyPoints(await dailyPresence(db, { year }))));
		// Response.text() would drop the BOM that Excel needs.
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
		expect(text).toBe(expected);
		expect(response.headers.get('content-disposition')).toContain(`kehadiran-harian-${year}`);
	});
});
