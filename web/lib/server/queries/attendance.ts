import type { Db } from '../../../../pipeline/db/connection.js';
import {
	checkYear,
	employeeFilterSql,
	filterParams,
	smallCellMin,
	type Filters
} from './filters.js';

/** Attendance on working days grouped by month (1–12) or ISO weekday (1 = Monday … 7). */
export type AttendancePeriodRow = {
	year: number;
	period: number;
	n_employees: number | null;
	recorded_days: number | null;
	present_days: number | null;
	unexcused_days: number | null;
	late_days: number | null;
	late_minutes: number | null;
	presence_rate: number | null;
	late_rate: number | null;
	unexcused_rate: number | null;
	suppressed: boolean;
};

// Fixed SQL per grouping: the caller picks a key, never text.
const PERIOD_SQL = { month: 'month(d.work_date)', weekday: 'isodow(d.work_date)' } as const;

/**
 * Reads int_attendance_days_unified (no mart holds days; see the report) with the employee's agency of
 * that year; a period with fewer than min employees is suppressed.
 */
async function attendanceBy(
	db: Db,
	by: keyof typeof PERIOD_SQL,
	params: Filters & { year: number }
): Promise<AttendancePeriodRow[]> {
	const year = await checkYear(db, params.year);
	const filters = await filterParams(db, params);
	return db.all<AttendancePeriodRow>(
		`with days as (
			select ${PERIOD_SQL[by]} as period, d.nip_number, d.is_present, d.is_unexcused,
				d.late_minutes
			from int_attendance_days_unified as d
			join int_employee_years_active as y
				on cast(y.nip as bigint) = d.nip_number and y.year = d.year
			left join dim_employees as e on e.nip = y.nip
			where d.year = $year and d.is_workday and ${employeeFilterSql('y')}
		),
		counted as (
			select period, count(distinct nip_number) as people, count(*) as recorded,
				count(*) filter (where is_present) as present,
				count(*) filter (where is_unexcused) as unexcused,
				count(*) filter (where late_minutes > 0) as late,
				coalesce(sum(late_minutes), 0) as minutes
			from days group by period
		),
		flagged as (select *, people < $min_n as hidden from counted)
		select $year::integer as year, period::integer as period,
			case when not hidden then people::integer end as n_employees,
			case when not hidden then recorded::integer end as recorded_days,
			case when not hidden then present::integer end as present_days,
			case when not hidden then unexcused::integer end as unexcused_days,
			case when not hidden then late::integer end as late_days,
			case when not hidden then minutes::integer end as late_minutes,
			case when not hidden then (present / recorded)::double end as presence_rate,
			case when not hidden then (late / recorded)::double end as late_rate,
			case when not hidden then (unexcused / recorded)::double end as unexcused_rate,
			hidden as suppressed
		from flagged order by period`,
		{ ...filters, year, min_n: await smallCellMin(db) }
	);
}

/** Kehadiran: attendance and lateness by month of a year. */
export async function attendanceByMonth(
	db: Db,
	params: Filters & { year: number }
): Promise<AttendancePeriodRow[]> {
	return attendanceBy(db, 'month', params);
}

/** Kehadiran: attendance and lateness by weekday of a year. */
export async function attendanceByWeekday(
	db: Db,
	params: Filters & { year: number }
): Promise<AttendancePeriodRow[]> {
	return attendanceBy(db, 'weekday', params);
}

/** PP 94/2021 risk bands of one agency (or `'ALL'`): a risk indicator, not a sanction. */
export type Pp94BandRow = {
	year: number;
	agency_code: string;
	agency_name: string | null;
	n_employees: number | null;
	n_none: number | null;
	n_ringan: number | null;
	n_sedang: number | null;
	n_berat: number | null;
	share_at_risk: number | null;
	suppressed: boolean;
};

export async function pp94RiskBands(
	db: Db,
	params: Filters & { year: number }
): Promise<Pp94BandRow[]> {
	const year = await checkYear(db, params.year);
	const filters = await filterParams(db, params);
	return db.all<Pp94BandRow>(
		`with counted as (
			select s.scope, count(*) as n,
				count(*) filter (where d.pp94_level = 'none') as none,
				count(*) filter (where d.pp94_level = 'ringan') as ringan,
				count(*) filter (where d.pp94_level = 'sedang') as sedang,
				count(*) filter (where d.pp94_level = 'berat') as berat
			from agg_discipline_employee_year as d
			left join dim_employees as e on e.nip = d.nip
			cross join unnest([d.agency_code, 'ALL']) as s(scope)
			where d.year = $year and ${employeeFilterSql('d')} and s.scope is not null
			group by all
		),
		flagged as (select *, n < $min_n as hidden from counted)
		select $year::integer as year, scope as agency_code,
			case when scope = 'ALL' then 'Kota Bukittinggi' else agencies.agency_name end as agency_name,
			case when not hidden then n::integer end as n_employees,
			case when not hidden then none::integer end as n_none,
			case when not hidden then ringan::integer end as n_ringan,
			case when not hidden then sedang::integer end as n_sedang,
			case when not hidden then berat::integer end as n_berat,
			case when not hidden then ((ringan + sedang + berat) / n)::double end as share_at_risk,
			hidden as suppressed
		from flagged left join dim_agencies as agencies on agencies.agency_code = flagged.scope
		order by scope = 'ALL' desc, agency_code`,
		{ ...filters, year, min_n: await smallCellMin(db) }
	);
}

/** One agency's recorded working days on one date and how many show a lapse. */
export type DailyAttendanceRow = {
	agency_code: string;
	work_date: string;
	recorded_days: number | null;
	lapse_days: number | null;
	lapse_rate: number | null;
	suppressed: boolean;
};

/**
 * Daily attendance per agency for a year (int_attendance_agency_days_aggregated): the large series the
 * dashboard streams as Arrow. Agency filter only; a day with fewer than min records is suppressed.
 */
export async function dailyAttendance(
	db: Db,
	params: { year: number; agency?: string }
): Promise<DailyAttendanceRow[]> {
	const year = await checkYear(db, params.year);
	const { agency } = await filterParams(db, { agency: params.agency });
	return db.all<DailyAttendanceRow>(
		`select agency_code, strftime(work_date, '%Y-%m-%d') as work_date,
			case when recorded_days >= $min_n then recorded_days::integer end as recorded_days,
			case when recorded_days >= $min_n then lapse_days::integer end as lapse_days,
			case when recorded_days >= $min_n then (lapse_days / recorded_days)::double end as lapse_rate,
			recorded_days < $min_n as suppressed
		from int_attendance_agency_days_aggregated
		where year(work_date) = $year and ($agency::varchar is null or agency_code = $agency)
		order by agency_code, work_date`,
		{ year, agency, min_n: await smallCellMin(db) }
	);
}
