import type { Db } from '../../../../pipeline/db/connection.js';
import { checkYear, smallCellMin } from './filters.js';

/**
 * Query functions the annual report needs beyond the dashboard's. Like the others, a group under
 * the warehouse's small-cell minimum comes back as NULL; the report then applies its own minimum and
 * complementary suppression (web/lib/server/report/suppress.ts) before anything is printed.
 */

/** 20 JP compliance of one agency (or `'ALL'`) in a year: active employees at and below 20 JP. */
export type ReportJpRow = {
	year: number;
	agency_code: string;
	agency_name: string | null;
	n_employees: number | null;
	n_meets_20jp: number | null;
	n_below_20jp: number | null;
	suppressed: boolean;
};

export async function reportJpCompliance(db: Db, params: { year: number }): Promise<ReportJpRow[]> {
	const year = await checkYear(db, params.year);
	return db.all<ReportJpRow>(
		`with counted as (
			select s.scope, count(*) as n,
				count(*) filter (where t.meets_20_jp) as met,
				count(*) filter (where not t.meets_20_jp) as below
			from agg_training_employee_year as t
			cross join unnest([t.agency_code, 'ALL']) as s(scope)
			where t.year = $year and s.scope is not null
			group by all
		)
		select $year::integer as year, scope as agency_code,
			case when scope = 'ALL' then 'Kota Bukittinggi' else agencies.agency_name end as agency_name,
			case when n >= $min_n then n::integer end as n_employees,
			case when n >= $min_n and (met = 0 or met >= $min_n) then met::integer end as n_meets_20jp,
			case when n >= $min_n and (below = 0 or below >= $min_n) then below::integer end
				as n_below_20jp,
			n < $min_n as suppressed
		from counted left join dim_agencies as agencies on agencies.agency_code = counted.scope
		order by scope = 'ALL' desc, agency_code`,
		{ year, min_n: await smallCellMin(db) }
	);
}

/** People on the training-target list needing one competency in one agency (or `'ALL'`). */
export type ReportTargetRow = {
	year: number;
	agency_code: string;
	agency_name: string | null;
	competency_code: string;
	competency_name: string | null;
	competency_type: string | null;
	n_employees: number | null;
};

/**
 * agg_training_targets as counts by competency and agency: how many people need each competency
 * first (aggregates only — never who). Counts of 1 … min−1 come back NULL. Agency totals are rows
 * with `competency_code = 'ALL'`.
 */
export async function reportTrainingTargets(db: Db): Promise<ReportTargetRow[]> {
	return db.all<ReportTargetRow>(
		`with counted as (
			select t.year, s.scope, c.code as competency_code,
				any_value(t.competency_name) as competency_name,
				any_value(t.competency_type) as competency_type, count(*) as n
			from agg_training_targets as t
			cross join unnest([t.agency_code, 'ALL']) as s(scope)
			cross join unnest([t.competency_code, 'ALL']) as c(code)
			where s.scope is not null and c.code is not null
			group by all
		)
		select year::integer as year, scope as agency_code,
			case when scope = 'ALL' then 'Kota Bukittinggi' else agencies.agency_name end as agency_name,
			competency_code,
			case when competency_code = 'ALL' then null else competency_name end as competency_name,
			case when competency_code = 'ALL' then null else competency_type end as competency_type,
			case when n >= $min_n then n::integer end as n_employees
		from counted left join dim_agencies as agencies on agencies.agency_code = counted.scope
		order by scope = 'ALL' desc, agency_code, competency_code = 'ALL' desc, competency_code`,
		{ min_n: await smallCellMin(db) }
	);
}

/** One export kind as loaded: files, rows and the as-of dates it covers. */
export type ReportSourceRow = {
	kind: string;
	n_files: number;
	n_files_rejected: number;
	rows_read: number;
	rows_loaded: number;
	rows_rejected: number;
	rows_duplicate: number;
	first_as_of: string | null;
	last_as_of: string | null;
};

/** The data-quality appendix's sources: every file the warehouse took in, by kind (counts only). */
export async function reportSources(db: Db): Promise<ReportSourceRow[]> {
	return db.all<ReportSourceRow>(
		`select coalesce(kind, '-') as kind,
			count(*) filter (where status = 'loaded')::integer as n_files,
			count(*) filter (where status = 'rejected')::integer as n_files_rejected,
			coalesce(sum(rows_read) filter (where status = 'loaded'), 0)::integer as rows_read,
			coalesce(sum(rows_loaded) filter (where status = 'loaded'), 0)::integer as rows_loaded,
			coalesce(sum(rows_rejected) filter (where status = 'loaded'), 0)::integer as rows_rejected,
			coalesce(sum(rows_duplicate) filter (where status = 'loaded'), 0)::integer as rows_duplicate,
			strftime(min(as_of), '%Y-%m-%d') as first_as_of,
			strftime(max(as_of), '%Y-%m-%d') as last_as_of
		from etl_files where status in ('loaded', 'rejected')
		group by all order by kind`
	);
}

/** One file the warehouse holds, for the report manifest (no row data). */
export type ReportFileRow = {
	file_id: number;
	run_id: number;
	path: string | null;
	file_name: string;
	kind: string | null;
	sha256: string | null;
	size_bytes: number | null;
	status: string;
	rows_loaded: number | null;
};

export async function reportFiles(db: Db): Promise<ReportFileRow[]> {
	return db.all<ReportFileRow>(
		`select file_id::integer as file_id, run_id::integer as run_id, path, file_name, kind, sha256,
			size_bytes::double as size_bytes, status, rows_loaded::integer as rows_loaded
		from etl_files order by file_id`
	);
}
