import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../pipeline/db/connection.js';
import { runLoad } from '../../pipeline/load/runLoad.js';
import type { Effects } from '../../pipeline/types.js';
import { writeAttendanceCsv, type RosterPerson } from '../../data/generate/attendanceBench.js';
import { generateSample } from '../../data/generate/generate.js';

export interface WebWarehouseOptions {
	dir: string;
	/** Attendance rows of the benchmark file (about; the employee-years cap them). */
	rows: number;
	/** Sample headcount: 10 M attendance rows need ~8,500 people over 2021–2025. */
	employees: number;
	seed?: number;
	log: (line: string) => void;
}

export interface WebWarehouse {
	path: string;
	attendanceRows: number;
	/** Attendance days in the warehouse whose NIP and year join to a roster employee-year. */
	joinedDays: number;
	employees: number;
	built: boolean;
}

/** Every sample folder but the sample's own attendance: the benchmark file replaces it. */
const SAMPLE_KINDS = [
	'roster',
	'appraisal',
	'org-rating',
	'training',
	'competency',
	'feedback',
	'awards',
	'sanctions'
] as const;

/**
 * The web benchmark's warehouse, built once and reused: a generated sample (roster, appraisals,
 * trainings, …) loaded by the real pipeline, then ~N attendance rows written for the sample's own
 * employee-years (so they join to the roster and the attendance marts are full) and loaded on top.
 * Built under a temporary name and renamed last, so an interrupted build is never reused.
 */
export async function ensureWebWarehouse(options: WebWarehouseOptions): Promise<WebWarehouse> {
	const seed = options.seed ?? 20251129;
	const tag = `${options.employees}-${options.rows}`;
	const path = join(options.dir, `web-${tag}.duckdb`);
	const built = !existsSync(path);
	if (built) await build(options, seed, tag, path);
	return { path, ...(await describe(path)), employees: options.employees, built };
}

async function build(options: WebWarehouseOptions, seed: number, tag: string, path: string) {
	const sample = join(options.dir, `web-sample-${options.employees}`);
	if (!sampleMatches(sample, options.employees, seed)) {
		options.log(
			`generating a sample of ${options.employees.toLocaleString('en')} employees → ${sample}`
		);
		await generateSample({ out: sample, employees: options.employees, seed, from: 2021, to: 2025 });
		// Not loaded (the benchmark file stands in for it): no need to keep ~600 MiB of it.
		for (const kind of ['attendance', 'punches'])
			rmSync(join(sample, kind), { recursive: true, force: true });
	}
	const building = `${path}.building`;
	rmSync(building, { force: true });
	const effects: Effects = { log: () => {}, now: () => new Date() };
	options.log('loading the sample (roster, appraisals, trainings, …) with the pipeline');
	await runLoad({ warehouse: building, inputs: SAMPLE_KINDS.map((k) => join(sample, k)) }, effects);

	const people = await employeeYears(building);
	const csv = join(options.dir, `web-attendance-${tag}.csv`);
	options.log(
		`writing ~${options.rows.toLocaleString('en')} attendance rows for ${people.length.toLocaleString('en')} employee-years → ${csv}`
	);
	const written = await writeAttendanceCsv(csv, { rows: options.rows, seed, people });
	options.log(
		`loading ${written.rows.toLocaleString('en')} attendance rows with the pipeline (models rebuilt)`
	);
	await runLoad({ warehouse: building, inputs: [csv] }, effects);
	rmSync(csv, { force: true });

	const facts = await describe(building);
	// A benchmark over attendance that joins to nobody would measure empty marts.
	if (facts.joinedDays < facts.attendanceRows * 0.95)
		throw new Error(
			`only ${facts.joinedDays} of ${facts.attendanceRows} attendance days join to the roster`
		);
	renameSync(building, path);
}

function sampleMatches(dir: string, employees: number, seed: number): boolean {
	const manifest = join(dir, 'manifest.json');
	if (!existsSync(manifest)) return false;
	const m = JSON.parse(readFileSync(manifest, 'utf8')) as { employees?: number; seed?: number };
	return m.employees === employees && m.seed === seed;
}

/** Roster employee-years with their agency that year: the people the attendance file is about. */
async function employeeYears(path: string): Promise<RosterPerson[]> {
	const db = await openDb(path, { readOnly: true });
	try {
		return await db.all<RosterPerson>(
			`select y.nip, coalesce(e.nama, '') as name, y.agency_code as "agencyCode", y.year
			from int_employee_years_active as y
			join dim_employees as e on e.nip = y.nip
			where e.in_roster and y.agency_code is not null
			order by y.year, y.agency_code, y.nip`
		);
	} finally {
		db.close();
	}
}

async function describe(path: string): Promise<{ attendanceRows: number; joinedDays: number }> {
	const db = await openDb(path, { readOnly: true });
	try {
		const row = await db.one<{ days: number; joined: number }>(
			`select count(*)::integer as days,
				count(*) filter (where y.nip is not null and e.in_roster)::integer as joined
			from int_attendance_days_unified as d
			left join int_employee_years_active as y
				on cast(y.nip as bigint) = d.nip_number and y.year = d.year
			left join dim_employees as e on e.nip = y.nip`
		);
		return { attendanceRows: row?.days ?? 0, joinedDays: row?.joined ?? 0 };
	} finally {
		db.close();
	}
}
