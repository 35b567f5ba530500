import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../pipeline/db/connection.js';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { agencyTrendTable } from '../../web/lib/charts/agencyTables.js';
import { agencyTrendPoints } from '../../web/lib/charts/agencyTrendOption.js';
import { pp94Table } from '../../web/lib/charts/attendanceCards.js';
import { pp94Bars } from '../../web/lib/charts/pp94Option.js';
import { toCsv } from '../../web/lib/csv.js';
import type { AuthUser } from '../../web/lib/server/auth/users.js';
import { awardCandidates } from '../../web/lib/server/queries/awards.js';
import { trainingTargets } from '../../web/lib/server/queries/competency.js';
import { listAgencies, type AgencyOption } from '../../web/lib/server/queries/filters.js';
import { predikatDistribution } from '../../web/lib/server/queries/performance.js';
import { pp94RiskBands } from '../../web/lib/server/queries/attendance.js';

// The server modules read KINERJA_DB through SvelteKit's $env; here that must be process.env, set below
// (without the mock a clean checkout would open data/warehouse.duckdb, which does not exist there).
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

type AgencyData = typeof import('../../web/lib/server/dashboard/agencyData.js');
interface LoadEvent {
	url: URL;
	params: { kode: string };
	locals: { user: AuthUser | null; individual: boolean };
	parent: () => Promise<{ agencies: AgencyOption[] }>;
}
type PageLoad = (event: LoadEvent) => Promise<{
	agency: Awaited<ReturnType<AgencyData['agencyPageData']>> | null;
	picker: AgencyOption[];
}>;
type Get = (event: { url: URL; params: { kode: string } }) => Promise<Response>;

let dir: string;
let data: AgencyData;
let use: <T>(fn: (db: Db) => Promise<T>) => Promise<T>;
let load: PageLoad;
let csv: Record<'tren' | 'pp94' | 'kesiapan', Get>;
let year: number;
/** The largest agency of the year (never suppressed) and one with 1–4 employees (suppressed). */
let big: string;
/** An agency, year and position kind that together hold 1–4 employees (always suppressed). */
let small: { agency: string; year: number; positionKind: string };

const n = (v: unknown): number => Number(v);
const page = (path: string) => new URL(`http://localhost${path}`);
let agencies: AgencyOption[];

const bkpsdm: AuthUser = { id: 1, username: 'siti', role: 'bkpsdm', agencyCode: null };
const pimpinan: AuthUser = { id: 2, username: 'walikota', role: 'pimpinan', agencyCode: null };
const head = (agencyCode: string): AuthUser => ({
	id: 3,
	username: 'kadis',
	role: 'kepala_opd',
	agencyCode
});

/** The agency page's load as SvelteKit calls it, signed in as `user` (BKPSDM unless given). */
function visit(path: string, kode: string, user: AuthUser | null = bkpsdm) {
	const event: LoadEvent = {
		url: page(path),
		params: { kode },
		locals: { user, individual: false },
		parent: async () => ({ agencies })
	};
	return { event, result: load(event) };
}
const loadAs = (path: string, kode: string, user?: AuthUser | null) =>
	visit(path, kode, user).result;

/** The HTTP status and message of what a load or endpoint threw (SvelteKit's `error()`). */
async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
	const thrown = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	const e = thrown as { status?: number; body?: { message?: string } } | undefined;
	return { status: e?.status ?? 0, message: e?.body?.message ?? '' };
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'kinerja-agency-'));
	const sample = join(dir, 'sample');
	const gen = spawnSync(
		process.execPath,
		['--import', 'tsx', 'data/generate/cli.ts', '--out', sample, '--employees', '150'],
		{ encoding: 'utf8' }
	);
	if (gen.status !== 0) throw new Error(gen.stderr);
	const warehouse = join(dir, 'warehouse.duckdb');
	await runLoad({ warehouse, inputs: [sample] }, { log() {}, now: () => new Date() });
	// The dashboard's reader opens KINERJA_DB when its module loads; the test reads through it too,
	// so the file has one DuckDB instance in this process.
	process.env.KINERJA_DB = warehouse;
	const reader = (await import('../../web/lib/server/warehouse.js')).warehouse;
	use = (fn) => reader.use(fn);
	data = await import('../../web/lib/server/dashboard/agencyData.js');
	load = (await import('../../web/routes/opd/[kode]/+page.server.js')).load as unknown as PageLoad;
	csv = {
		tren: (await import('../../web/routes/opd/[kode]/unduh/tren.csv/+server.js'))
			.GET as unknown as Get,
		pp94: (await import('../../web/routes/opd/[kode]/unduh/pp94.csv/+server.js'))
			.GET as unknown as Get,
		kesiapan: (await import('../../web/routes/opd/[kode]/unduh/kesiapan.csv/+server.js'))
			.GET as unknown as Get
	};
	year = n(
		(await use((db) => db.one('select max(year) as y from agg_performance_agency_year')))?.y
	);
	const sizes = await use((db) =>
		db.all(
			`select agency_code, count(*)::integer as n from int_employee_years_active
			where year = $year group by 1 order by n desc, agency_code`,
			{ year }
		)
	);
	big = String(sizes[0]?.agency_code);
	agencies = await use((db) => listAgencies(db));
	const tiny = await use((db) =>
		db.one(
			`select y.agency_code, y.year::integer as year, e.jenis_jabatan
			from int_employee_years_active as y join dim_employees as e using (nip)
			where e.jenis_jabatan is not null
			group by all having count(*) between 1 and 4
			order by year desc, agency_code, jenis_jabatan limit 1`
		)
	);
	small = {
		agency: String(tiny?.agency_code),
		year: n(tiny?.year),
		positionKind: String(tiny?.jenis_jabatan)
	};
}, 180_000);

afterAll(async () => {
	(await import('../../web/lib/server/warehouse.js')).warehouse.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('the agency page load', () => {
	it('returns the marts’ figures for the agency and the city', async () => {
		const result = (await loadAs(`/opd/${big}`, big)).agency;
		if (!result || result.year === null) throw new Error('expected the page data');
		expect(result.year).toBe(year);
		expect(result.profile.agency_code).toBe(big);

		const employees = await use((db) =>
			db.one(
				`select count(*)::integer as c from int_employee_years_active
				where year = $year and agency_code = $a`,
				{ year, a: big }
			)
		);
		const own = result.figures.find((row) => row.scope === 'agency' && row.year === year);
		expect(own?.n_employees).toBe(employees?.c);

		const mart = await use((db) =>
			db.one(
				`select share_baik_or_better as s, org_predikat, curve_ok from agg_performance_agency_year
				where year = $year and agency_code = $a`,
				{ year, a: big }
			)
		);
		const share = result.predikat.rows.find((r) => r.agency_code === big && r.year === year);
		expect(share?.share_baik_or_better).toBeCloseTo(n(mart?.s), 12);
		expect(result.curve).toMatchObject({
			org_predikat: mart?.org_predikat,
			curve_ok: mart?.curve_ok
		});
		// Only what the page draws: this agency and the city, no other agency.
		expect(new Set(result.predikat.rows.map((r) => r.agency_code))).toEqual(new Set([big, 'ALL']));
		expect(result.predikat.schemeChangeYear).not.toBeNull();

		const bands = await use((db) =>
			db.one(
				`select count(*)::integer as c, count(*) filter (where pp94_level <> 'none')::integer as r
				from agg_discipline_employee_year where year = $year and agency_code = $a`,
				{ year, a: big }
			)
		);
		const risk = result.pp94.find((r) => r.agency_code === big);
		expect(risk?.n_employees).toBe(bands?.c);
		expect(n(risk?.n_ringan) + n(risk?.n_sedang) + n(risk?.n_berat)).toBe(bands?.r);
		expect(result.pp94.map((r) => r.agency_code).sort()).toEqual(['ALL', big].sort());

		const gaps = await use((db) =>
			db.all(
				`select competency_code, mean_gap from agg_competency_gap_agency
				where agency_code = $a and n_assessed >= 5`,
				{ a: big }
			)
		);
		expect(gaps.length).toBeGreaterThan(0);
		for (const g of gaps) {
			const cell = result.gap.find(
				(c) => c.agency_code === big && c.competency_code === g.competency_code
			);
			expect(cell?.mean_gap).toBeCloseTo(n(g.mean_gap), 2);
		}

		const index = await use((db) =>
			db.one(
				`select resistance_index from agg_change_readiness_agency_year
				where year = $year and agency_code = $a`,
				{ year, a: big }
			)
		);
		const ready = result.readiness.index.find((r) => r.agency_code === big);
		expect(ready?.resistance_index).toBeCloseTo(n(index?.resistance_index), 12);
		expect(result.readiness.components.every((c) => c.agency_code === big)).toBe(true);

		const months = await use((db) =>
			db.one(
				`select count(*)::integer as c from int_attendance_days_unified d
				join int_employee_years_active y on cast(y.nip as bigint) = d.nip_number and y.year = d.year
				where d.year = $year and d.is_workday and y.agency_code = $a`,
				{ year, a: big }
			)
		);
		expect(result.months.reduce((s, r) => s + (r.recorded_days ?? 0), 0)).toBe(months?.c);
	});

	it('follows the employee-type filter', async () => {
		const all = await data.agencyFiguresData('id', big, { year });
		const pppk = await data.agencyFiguresData('id', big, { year, employeeType: 'PPPK' });
		const at = (rows: typeof all) => rows.find((r) => r.scope === 'agency' && r.year === year);
		expect(at(pppk)?.n_employees ?? 0).toBeLessThan(at(all)?.n_employees ?? 0);
	});

	it('suppresses a small agency rather than showing its figures', async () => {
		const rows = await data.agencyFiguresData('id', small.agency, {
			year: small.year,
			positionKind: small.positionKind
		});
		const at = (scope: string) => rows.find((r) => r.scope === scope && r.year === small.year);
		expect(at('agency')).toMatchObject({
			suppressed: true,
			n_employees: null,
			share_baik_or_better: null
		});
		const city = at('city');
		expect(city?.suppressed).toBe(false);
	});

	it('answers an unknown agency with 404 and a message in the page language', async () => {
		expect(await failure(loadAs('/opd/NOPE', 'NOPE'))).toEqual({
			status: 404,
			message: 'Kode OPD "NOPE" tidak dikenal; pilih OPD dari daftar di halaman OPD.'
		});
		const en = await failure(loadAs('/opd/NOPE?lang=en', 'NOPE'));
		expect(en).toEqual({
			status: 404,
			message: 'Unknown agency code "NOPE"; choose one from the list on the Agencies page.'
		});
		expect(
			(await failure(csv.tren({ url: page('/opd/ALL/unduh/tren.csv'), params: { kode: 'ALL' } })))
				.status
		).toBe(404);
	});

	it.each([
		['out of range', '1999', '1999'],
		['far future', '2999', '2999'],
		['malformed', 'abc', 'abc']
	])('answers a bad year (%s) with 400 and a message naming it', async (_name, tahun, shown) => {
		const result = await failure(loadAs(`/opd/${big}?tahun=${tahun}`, big));
		expect(result.status).toBe(400);
		expect(result.message).toContain(shown);
		const download = await failure(
			csv.pp94({ url: page(`/opd/${big}/unduh/pp94.csv?tahun=${tahun}`), params: { kode: big } })
		);
		expect(download.status).toBe(400);
	});
});

describe('the agency CSV downloads', () => {
	it('hold exactly the rows the charts draw', async () => {
		const url = page(`/opd/${big}/unduh/tren.csv?tahun=${year}`);
		const response = await csv.tren({ url, params: { kode: big } });
		expect(response.headers.get('content-disposition')).toContain(
			`${big.toLowerCase()}-tren-${year}`
		);
		const rows = await use((db) => predikatDistribution(db, { byAgency: true }));
		const expected = toCsv(agencyTrendTable(agencyTrendPoints(rows, big)));
		expect(await response.text()).toBe(expected.replace(/^\uFEFF/, ''));

		const bands = await use((db) => pp94RiskBands(db, { year }));
		const mine = bands.filter((r) => r.agency_code === big || r.agency_code === 'ALL');
		const pp94 = await csv.pp94({ url: page(`/opd/${big}/unduh/pp94.csv`), params: { kode: big } });
		expect(await pp94.text()).toBe(toCsv(pp94Table(pp94Bars(mine))).replace(/^\uFEFF/, ''));
	});

	it('scope the readiness components to the agency', async () => {
		const response = await csv.kesiapan({
			url: page(`/opd/${big}/unduh/kesiapan.csv?tahun=${year}`),
			params: { kode: big }
		});
		const lines = (await response.text()).trim().split('\r\n');
		expect(lines[0]).toBe('komponen;bobot;pembilang;penyebut;nilai;rata_rata_kota;z');
		const parts = await use((db) =>
			db.one(
				`select count(*)::integer as c from agg_change_readiness_components
				where year = $year and agency_code = $a and z is not null`,
				{ year, a: big }
			)
		);
		expect(lines.length - 1).toBe(parts?.c);
	});
});

describe('the agency staff lists', () => {
	/** An agency with both training targets and award candidates in the page's year. */
	let agency: string;
	let targets: Awaited<ReturnType<typeof trainingTargets>>;
	let candidates: Awaited<ReturnType<typeof awardCandidates>>;

	beforeAll(async () => {
		const all = await use((db) => trainingTargets(db, {}));
		const withCandidates = new Set(
			(await use((db) => awardCandidates(db, { year }))).map((row) => row.agency_code)
		);
		const code = all.find((row) => withCandidates.has(row.agency_code))?.agency_code;
		if (!code) throw new Error('the sample has no agency with targets and candidates');
		agency = code;
		targets = await use((db) => trainingTargets(db, { agency }));
		candidates = await use((db) => awardCandidates(db, { year, agency }));
	});

	it("give BKPSDM and the agency's head its targets (no NIP) and candidates, audited", async () => {
		for (const user of [bkpsdm, head(agency)]) {
			const { event, result } = visit(`/opd/${agency}?tahun=${year}`, agency, user);
			const view = (await result).agency;
			if (!view || view.year === null) throw new Error('expected the page data');
			const staff = view.staff;
			if (!staff.allowed) throw new Error(`${user.role} should see the lists`);
			expect(staff.targets.map((row) => row.nama)).toEqual(targets.map((row) => row.nama));
			expect(staff.targets.every((row) => !('nip' in row))).toBe(true);
			expect(staff.candidates.map((row) => row.nip)).toEqual(candidates.map((row) => row.nip));
			expect(new Set(staff.candidates.map((row) => row.agency_code))).toEqual(new Set([agency]));
			// The hook writes a view_individual audit entry for a request marked so.
			expect(event.locals.individual).toBe(true);
		}
	});

	it('give pimpinan, and the head of another agency, no rows and no audit mark', async () => {
		const other = agencies.find((a) => a.is_current && a.agency_code !== agency)!.agency_code;
		for (const user of [pimpinan, head(other)]) {
			const { event, result } = visit(`/opd/${agency}?tahun=${year}`, agency, user);
			const view = (await result).agency;
			if (!view || view.year === null) throw new Error('expected the page data');
			expect(view.staff).toEqual({ allowed: false });
			const json = JSON.stringify(view);
			for (const row of [...targets, ...candidates]) {
				expect(json).not.toContain(row.nip);
				if (row.nama) expect(json).not.toContain(row.nama);
			}
			expect(event.locals.individual).toBe(false);
		}
	});

	it('offer the picker every agency, or a kepala_opd its own alone', async () => {
		expect((await loadAs(`/opd/${agency}`, agency, pimpinan)).picker).toEqual(agencies);
		const own = (await loadAs(`/opd/${agency}`, agency, head(agency))).picker;
		expect(own.map((a) => a.agency_code)).toEqual([agency]);
		expect(data.openableAgencies(null, agencies)).toEqual([]);
	});
});
