import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { agencyProfile, agencyTrend } from '../../web/lib/server/queries/agency.js';
import { dailyAttendanceArrow } from '../../web/lib/server/queries/arrow.js';
import {
	attendanceByMonth,
	attendanceByWeekday,
	dailyAttendance,
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
import {
	freshnessByKind,
	loadedFiles,
	loadHistory,
	rejectsByReason
} from '../../web/lib/server/queries/dataQuality.js';
import {
	listAgencies,
	listPositionKinds,
	listYears
} from '../../web/lib/server/queries/filters.js';
import { agencyComparison, headlineFigures } from '../../web/lib/server/queries/overview.js';
import {
	curveCheck,
	predikatDistribution,
	schemeByYear
} from '../../web/lib/server/queries/performance.js';
import { QueryInputError } from '../../web/lib/server/queries/QueryInputError.js';

let dir: string;
let db: Db;
let year: number;
/** The largest agency (never suppressed) and one with 1–4 employees that year (always suppressed). */
let big: string;
let small: string;

const n = (v: unknown): number => Number(v);

/** The first row, failing the test when there is none. */
function first<T>(rows: readonly T[]): T {
	const row = rows[0];
	if (row === undefined) throw new Error('expected at least one row');
	return row;
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'kinerja-queries-'));
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
	year = n((await db.one('select max(year) as y from agg_performance_agency_year'))?.y);
	const sizes = await db.all(
		`select agency_code, count(*)::integer as n from int_employee_years_active
		where year = $year group by 1 order by n desc, agency_code`,
		{ year }
	);
	big = String(first(sizes).agency_code);
	small = String(sizes.find((row) => n(row.n) > 0 && n(row.n) < 5)?.agency_code);
}, 180_000);

afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('filters', () => {
	it('lists the years, agencies and position kinds the warehouse holds', async () => {
		const years = await db.all(
			'select distinct year::integer as year from fct_appraisals order by 1'
		);
		expect((await listYears(db)).map((r) => r.year)).toEqual(
			expect.arrayContaining(years.map((r) => r.year))
		);
		expect((await listAgencies(db)).length).toBe(
			n((await db.one('select count(*) as c from dim_agencies'))?.c)
		);
		expect((await listPositionKinds(db)).map((r) => r.position_kind)).toContain('FUNGSIONAL');
	});
});

describe('validation', () => {
	it.each([
		// A bad year is a bad request (400) whether malformed or out of range; an unknown agency is 404.
		['a year outside the range', () => predikatDistribution(db, { year: 1990 }), 'year', 'invalid'],
		['a non-integer year', () => pp94RiskBands(db, { year: 2024.5 }), 'year', 'invalid'],
		['an unknown agency', () => agencyProfile(db, { agency: 'NOPE' }), 'agency', 'not_found'],
		[
			'a bad employee type',
			() => agencyComparison(db, { year, employeeType: 'X' as 'PNS' }),
			'employeeType',
			'invalid'
		],
		[
			'an unknown position kind',
			() => jpHistogram(db, { year, positionKind: 'ASTRONAUT' }),
			'positionKind',
			'invalid'
		]
	])('rejects %s with QueryInputError', async (_name, call, field, reason) => {
		const error = await call().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(QueryInputError);
		expect((error as QueryInputError).field).toBe(field);
		expect((error as QueryInputError).reason).toBe(reason);
		expect((error as QueryInputError).text.id).not.toBe((error as QueryInputError).text.en);
	});

	it('rejects an injection attempt as an agency code and changes nothing', async () => {
		const before = await db.one('select count(*)::integer as c from dim_agencies');
		const evil = "DINKES' or 1=1 --";
		for (const call of [
			() => agencyProfile(db, { agency: evil }),
			() => predikatDistribution(db, { year, agency: evil }),
			() => changeReadinessIndex(db, { year, agency: evil })
		])
			await expect(call()).rejects.toBeInstanceOf(QueryInputError);
		expect(await db.one('select count(*)::integer as c from dim_agencies')).toEqual(before);
	});
});

describe('predikatDistribution', () => {
	it('equals agg_performance_agency_year without filters', async () => {
		const rows = await predikatDistribution(db, { year });
		const mart = await db.all(
			`select agency_code, n_appraised, n_baik, share_baik_or_better from agg_performance_agency_year
			where year = $year and agency_code is not null and n_appraised >= 5`,
			{ year }
		);
		expect(mart.length).toBeGreaterThan(1);
		for (const m of mart) {
			const row = rows.find((r) => r.agency_code === m.agency_code);
			expect(row?.n_appraised).toBe(n(m.n_appraised));
			expect(row?.n_baik).toBe(n(m.n_baik));
			expect(row?.share_baik_or_better).toBeCloseTo(n(m.share_baik_or_better), 12);
		}
	});

	it('narrows with the employee-type filter to an independent count', async () => {
		const all = first(await predikatDistribution(db, { year, byAgency: false }));
		const pppk = first(
			await predikatDistribution(db, { year, byAgency: false, employeeType: 'PPPK' })
		);
		const expected = await db.one(
			`select count(*)::integer as c from fct_appraisals a join dim_employees e using (nip)
			where a.is_annual and a.year = $year and a.predikat is not null and e.employee_type = 'PPPK'`,
			{ year }
		);
		expect(pppk.n_appraised).toBe(expected?.c);
		expect(pppk.n_appraised).toBeLessThan(all.n_appraised ?? 0);
	});

	it('suppresses a group under small_cell_minimum', async () => {
		const rows = await predikatDistribution(db, { year, agency: small });
		for (const row of rows.filter((r) => r.agency_code === small)) {
			expect(row.suppressed).toBe(true);
			expect(row.n_appraised).toBeNull();
			expect(row.share_baik_or_better).toBeNull();
		}
	});
});

describe('headlineFigures and agencyComparison', () => {
	it('match independent SQL and change with the agency filter', async () => {
		const rows = await headlineFigures(db, { year });
		const employees = await db.one(
			'select count(*)::integer as c from int_employee_years_active where year = $year',
			{ year }
		);
		const share = await db.one(
			`select share_baik_or_better as s from agg_performance_agency_year
			where year = $year and agency_code = 'ALL'`,
			{ year }
		);
		const jp = await db.one(
			'select avg(meets_20_jp::integer) as s from agg_training_employee_year where year = $year',
			{ year }
		);
		const absent = await db.one(
			`select sum(unexcused_days) / sum(workdays) as r from agg_discipline_employee_year
			where year = $year`,
			{ year }
		);
		const get = (metric: string) => rows.find((r) => r.metric === metric);
		expect(get('employees')?.value).toBe(employees?.c);
		expect(get('share_baik_or_better')?.value).toBeCloseTo(n(share?.s), 12);
		expect(get('share_meets_20jp')?.value).toBeCloseTo(n(jp?.s), 12);
		expect(get('unexcused_rate')?.value).toBeCloseTo(n(absent?.r), 12);
		const previous = await db.one(
			'select count(*)::integer as c from int_employee_years_active where year = $year',
			{ year: year - 1 }
		);
		expect(get('employees')?.change).toBe(n(employees?.c) - n(previous?.c));
		const own = await headlineFigures(db, { year, agency: big });
		expect(own.find((r) => r.metric === 'employees')?.value).toBeLessThan(n(employees?.c));
	});

	it('gives every agency row and a suppressed small agency', async () => {
		const rows = await agencyComparison(db, { year });
		expect(rows.find((r) => r.agency_code === big)?.suppressed).toBe(false);
		const tiny = rows.find((r) => r.agency_code === small);
		expect(tiny).toMatchObject({ suppressed: true, n_employees: null, share_baik_or_better: null });
	});
});

describe('curveCheck and schemeByYear', () => {
	it('repeat the mart and mark the scheme change', async () => {
		const rows = await curveCheck(db, { year, agency: big });
		const mart = await db.one(
			'select curve_ok, org_predikat from agg_performance_agency_year where year = $year and agency_code = $a',
			{ year, a: big }
		);
		expect(rows[0]).toMatchObject({ curve_ok: mart?.curve_ok, org_predikat: mart?.org_predikat });
		const schemes = await schemeByYear(db);
		const first = await db.one(
			`select min(year)::integer as y from fct_appraisals where is_annual and scheme = 'PMPANRB6_2022'`
		);
		expect(schemes.find((r) => r.is_change_year)?.year).toBe(first?.y);
	});
});

describe('competency queries', () => {
	it('competencyGapHeatmap equals agg_competency_gap_agency for unsuppressed cells', async () => {
		const rows = await competencyGapHeatmap(db, {});
		const mart = await db.all(
			`select agency_code, competency_code, n_below_standard, mean_gap
			from agg_competency_gap_agency where n_assessed >= 5`
		);
		expect(mart.length).toBeGreaterThan(0);
		for (const m of mart) {
			const row = rows.find(
				(r) => r.agency_code === m.agency_code && r.competency_code === m.competency_code
			);
			expect(row?.n_below_standard).toBe(n(m.n_below_standard));
			expect(row?.mean_gap).toBeCloseTo(n(m.mean_gap), 9);
		}
	});

	it('jpHistogram buckets add up to the employees of the year', async () => {
		const rows = await jpHistogram(db, { year, bucketWidth: 10, maxJp: 40 });
		const total = await db.one(
			'select count(*)::integer as c, count(*) filter (where jp_total < 20)::integer as low from agg_training_employee_year where year = $year',
			{ year }
		);
		const shown = rows.filter((r) => !r.suppressed);
		expect(rows.map((r) => r.bucket_start)).toEqual([0, 10, 20, 30, 40]);
		if (shown.length === rows.length) {
			expect(rows.reduce((s, r) => s + (r.n_employees ?? 0), 0)).toBe(total?.c);
			expect(rows.filter((r) => r.below_20jp).reduce((s, r) => s + (r.n_employees ?? 0), 0)).toBe(
				total?.low
			);
		}
	});

	it('trainingTargets filters by agency', async () => {
		const all = await trainingTargets(db, {});
		expect(all.length).toBe(n((await db.one('select count(*) as c from agg_training_targets'))?.c));
		const agency = first(all).agency_code ?? '';
		const own = await trainingTargets(db, { agency });
		expect(own.every((r) => r.agency_code === agency)).toBe(true);
		expect(own.length).toBeLessThanOrEqual(all.length);
	});
});

describe('attendance queries', () => {
	it('attendanceByMonth adds up to the unified days; the weekday view covers Monday–Friday', async () => {
		const months = await attendanceByMonth(db, { year });
		const days = await db.one(
			`select count(*)::integer as c, count(*) filter (where is_unexcused)::integer as u
			from int_attendance_days_unified d join int_employee_years_active y
				on cast(y.nip as bigint) = d.nip_number and y.year = d.year
			where d.year = $year and d.is_workday`,
			{ year }
		);
		expect(months.reduce((s, r) => s + (r.recorded_days ?? 0), 0)).toBe(days?.c);
		expect(months.reduce((s, r) => s + (r.unexcused_days ?? 0), 0)).toBe(days?.u);
		const weekdays = await attendanceByWeekday(db, { year });
		expect(weekdays.reduce((s, r) => s + (r.recorded_days ?? 0), 0)).toBe(days?.c);
		const pppk = await attendanceByWeekday(db, { year, employeeType: 'PPPK' });
		expect(first(pppk).recorded_days).toBeLessThan(first(weekdays).recorded_days ?? 0);
	});

	it('pp94RiskBands counts the bands of agg_discipline_employee_year', async () => {
		const rows = await pp94RiskBands(db, { year });
		const mart = await db.one(
			`select count(*)::integer as c, count(*) filter (where pp94_level = 'ringan')::integer as r
			from agg_discipline_employee_year where year = $year`,
			{ year }
		);
		expect(rows[0]).toMatchObject({ agency_code: 'ALL', n_employees: mart?.c, n_ringan: mart?.r });
		expect(rows.find((r) => r.agency_code === small)?.suppressed).toBe(true);
	});
});

describe('change readiness', () => {
	it('repeats the index and its components', async () => {
		const rows = await changeReadinessIndex(db, { year });
		const mart = await db.one(
			'select resistance_index from agg_change_readiness_agency_year where year = $year and agency_code = $a',
			{ year, a: big }
		);
		expect(rows.find((r) => r.agency_code === big)?.resistance_index).toBeCloseTo(
			n(mart?.resistance_index),
			12
		);
		const parts = await changeReadinessComponents(db, { year, agency: big });
		const components = await db.one(
			'select count(distinct component)::integer as c from agg_change_readiness_components'
		);
		expect(parts.length).toBe(components?.c);
		expect(parts.length).toBeGreaterThanOrEqual(9);
		expect(parts.every((p) => p.agency_code === big && !p.suppressed)).toBe(true);
	});
});

describe('agency page', () => {
	it('agencyTrend sets the agency beside the city for each year', async () => {
		const rows = await agencyTrend(db, { agency: big });
		const own = first(rows.filter((r) => r.scope === 'agency' && r.year === year));
		const expected = await db.one(
			'select count(*)::integer as c from int_employee_years_active where year = $year and agency_code = $a',
			{ year, a: big }
		);
		expect(own.n_employees).toBe(expected?.c);
		expect(rows.some((r) => r.scope === 'city' && r.year === year)).toBe(true);
		expect(first(await agencyProfile(db, { agency: big })).agency_code).toBe(big);
	});
});

describe('data quality', () => {
	it('reports runs, files, freshness and rejects from the etl tables', async () => {
		const runs = await loadHistory(db);
		expect(first(runs).rows_rejected).toBe(
			n((await db.one('select max(rows_rejected) as r from etl_runs'))?.r)
		);
		const files = await loadedFiles(db);
		expect(files.length).toBe(n((await db.one('select count(*) as c from etl_files'))?.c));
		const fresh = await freshnessByKind(db);
		expect(fresh.map((r) => r.kind)).toContain('attendance');
		const reasons = await rejectsByReason(db);
		expect(reasons.reduce((s, r) => s + r.n_rows, 0)).toBe(
			n((await db.one('select count(*) as c from etl_rejects'))?.c)
		);
		const one = files.find((f) => f.n_rejects > 0);
		const own = await rejectsByReason(db, { fileId: one?.file_id });
		expect(own.reduce((s, r) => s + r.n_rows, 0)).toBe(one?.n_rejects);
	});
});

describe('JSON safety', () => {
	it('every result serialises without bigint', async () => {
		const results = await Promise.all([
			headlineFigures(db, { year }),
			agencyComparison(db, { year }),
			predikatDistribution(db, {}),
			competencyGapHeatmap(db, {}),
			jpHistogram(db, { year }),
			trainingTargets(db, { limit: 20 }),
			attendanceByMonth(db, { year }),
			pp94RiskBands(db, { year }),
			changeReadinessComponents(db, { year }),
			agencyTrend(db, { agency: big }),
			loadHistory(db),
			loadedFiles(db),
			freshnessByKind(db)
		]);
		for (const rows of results) {
			expect(() => JSON.stringify(rows)).not.toThrow();
			for (const row of rows)
				for (const value of Object.values(row)) expect(typeof value).not.toBe('bigint');
		}
	});
});

describe('dailyAttendanceArrow', () => {
	it('round-trips through tableFromIPC to the rows', async () => {
		const rows = await dailyAttendance(db, { year, agency: big });
		const table = tableFromIPC(await dailyAttendanceArrow(db, { year, agency: big }));
		expect(table.numRows).toBe(rows.length);
		const dates = table.getChild('work_date')?.toArray() as ArrayLike<number>;
		const codes = table.getChild('agency_code');
		const recorded = table.getChild('recorded_days');
		for (const [i, row] of rows.entries()) {
			expect(new Date(dates[i] ?? Number.NaN).toISOString().slice(0, 10)).toBe(row.work_date);
			expect(codes?.get(i)).toBe(row.agency_code);
			expect(recorded?.get(i)).toBe(row.recorded_days);
		}
	});
});
