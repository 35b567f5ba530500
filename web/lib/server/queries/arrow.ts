import {
	Bool,
	DateDay,
	Dictionary,
	Float64,
	Int32,
	Table,
	Utf8,
	tableToIPC,
	vectorFromArray,
	type DataType,
	type Vector
} from 'apache-arrow';
import type { Db } from '../../../../pipeline/db/connection.js';
import { dailyAttendance, type DailyAttendanceRow } from './attendance.js';
import {
	checkYear,
	employeeFilterSql,
	filterParams,
	smallCellMin,
	type Filters
} from './filters.js';

/**
 * Arrow column kinds (shared/stack.md §3.2): `utf8` for unique strings (NIP), `dictionary` for
 * low-cardinality strings (agency codes), `date` for 'yyyy-mm-dd' strings stored as DateDay.
 */
export type ArrowColumnType = 'utf8' | 'dictionary' | 'float64' | 'int32' | 'date' | 'bool';
export type ArrowColumn<R> = { name: keyof R & string; type: ArrowColumnType };

function toVector(values: unknown[], type: ArrowColumnType): Vector {
	switch (type) {
		case 'utf8':
			return vectorFromArray(values as (string | null)[], new Utf8());
		case 'dictionary':
			return vectorFromArray(values as (string | null)[], new Dictionary(new Utf8(), new Int32()));
		case 'float64':
			return vectorFromArray(values as (number | null)[], new Float64());
		case 'int32':
			return vectorFromArray(values as (number | null)[], new Int32());
		case 'bool':
			return vectorFromArray(values as (boolean | null)[], new Bool());
		case 'date':
			// 'yyyy-mm-dd' is a calendar day: parse as UTC midnight so no time zone shifts it.
			return vectorFromArray(
				values.map((v) => (typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : null)),
				new DateDay() as DataType
			);
	}
}

/** Rows to an Arrow IPC stream with explicit column types (never `tableFromArrays` guessing). */
export function toArrowIPC<R extends Record<string, unknown>>(
	rows: readonly R[],
	columns: readonly ArrowColumn<R>[]
): Uint8Array {
	const vectors: Record<string, Vector> = {};
	for (const column of columns)
		vectors[column.name] = toVector(
			rows.map((row) => row[column.name] ?? null),
			column.type
		);
	return tableToIPC(new Table(vectors), 'stream');
}

export const DAILY_ATTENDANCE_COLUMNS: readonly ArrowColumn<DailyAttendanceRow>[] = [
	{ name: 'agency_code', type: 'dictionary' },
	{ name: 'work_date', type: 'date' },
	{ name: 'recorded_days', type: 'int32' },
	{ name: 'lapse_days', type: 'int32' },
	{ name: 'lapse_rate', type: 'float64' },
	{ name: 'suppressed', type: 'bool' }
];

/** Daily attendance per agency for a year as an Arrow IPC stream (`application/vnd.apache.arrow.stream`). */
export async function dailyAttendanceArrow(
	db: Db,
	params: { year: number; agency?: string }
): Promise<Uint8Array> {
	return toArrowIPC(await dailyAttendance(db, params), DAILY_ATTENDANCE_COLUMNS);
}

/** The city's attendance on one working day under the page filters (the Kehadiran daily chart). */
export type DailyPresenceRow = {
	work_date: string;
	n_employees: number | null;
	recorded_days: number | null;
	present_days: number | null;
	presence_rate: number | null;
	late_rate: number | null;
	unexcused_rate: number | null;
	suppressed: boolean;
};

/**
 * Attendance per working day of a year, with the same population and definitions as the month and
 * weekday charts (int_attendance_days_unified, the employee's agency of that year, the employee
 * filters), so the daily line and the monthly averages beside it agree. A day with fewer than min
 * employees is suppressed.
 */
export async function dailyPresence(
	db: Db,
	params: Filters & { year: number }
): Promise<DailyPresenceRow[]> {
	const year = await checkYear(db, params.year);
	const filters = await filterParams(db, params);
	return db.all<DailyPresenceRow>(
		`with days as (
			select d.work_date, d.is_present, d.is_unexcused, d.late_minutes
			from int_attendance_days_unified as d
			join int_employee_years_active as y
				on cast(y.nip as bigint) = d.nip_number and y.year = d.year
			left join dim_employees as e on e.nip = y.nip
			where d.year = $year and d.is_workday and ${employeeFilterSql('y')}
		),
		counted as (
			-- One row per employee and day, so a day's rows are its people: no count(distinct).
			select work_date, count(*) as people, count(*) as recorded,
				count(*) filter (where is_present) as present,
				count(*) filter (where is_unexcused) as unexcused,
				count(*) filter (where late_minutes > 0) as late
			from days group by work_date
		),
		flagged as (select *, people < $min_n as hidden from counted)
		select strftime(work_date, '%Y-%m-%d') as work_date,
			case when not hidden then people::integer end as n_employees,
			case when not hidden then recorded::integer end as recorded_days,
			case when not hidden then present::integer end as present_days,
			case when not hidden then (present / recorded)::double end as presence_rate,
			case when not hidden then (late / recorded)::double end as late_rate,
			case when not hidden then (unexcused / recorded)::double end as unexcused_rate,
			hidden as suppressed
		from flagged order by flagged.work_date`,
		{ ...filters, year, min_n: await smallCellMin(db) }
	);
}

export const DAILY_PRESENCE_COLUMNS: readonly ArrowColumn<DailyPresenceRow>[] = [
	{ name: 'work_date', type: 'date' },
	{ name: 'n_employees', type: 'int32' },
	{ name: 'recorded_days', type: 'int32' },
	{ name: 'present_days', type: 'int32' },
	{ name: 'presence_rate', type: 'float64' },
	{ name: 'late_rate', type: 'float64' },
	{ name: 'unexcused_rate', type: 'float64' },
	{ name: 'suppressed', type: 'bool' }
];

/** The daily attendance of a year under the page filters as an Arrow IPC stream. */
export async function dailyPresenceArrow(
	db: Db,
	params: Filters & { year: number }
): Promise<Uint8Array> {
	return toArrowIPC(await dailyPresence(db, params), DAILY_PRESENCE_COLUMNS);
}
