import type { Db } from '../../../../pipeline/db/connection.js';
import { employeeFilterSql, type FilterParams } from './filters.js';

/** Headline figures of one agency (or `'ALL'`) in one year; NULL figures when suppressed. */
export type AgencyYearFigures = {
	year: number;
	agency_code: string;
	agency_name: string | null;
	/** Employees active that year (the employee-year spine). */
	n_employees: number | null;
	n_appraised: number | null;
	share_baik_or_better: number | null;
	n_training: number | null;
	share_meets_20jp: number | null;
	n_attendance: number | null;
	workdays: number | null;
	unexcused_days: number | null;
	/** Unexcused working days ÷ working days (METHODOLOGY #attendance-days). */
	unexcused_rate: number | null;
	suppressed: boolean;
};

/**
 * Per-year figures by agency and city-wide (`'ALL'` = every row the filters keep), computed from the
 * employee-level marts so the employee-type and position filters apply. Without filters the share
 * equals agg_performance_agency_year. A group under `min_n` people comes back suppressed; a share whose
 * own denominator is under `min_n` is NULL.
 */
export async function agencyYearFigures(
	db: Db,
	range: { from: number; to: number; byAgency: boolean; minN: number },
	filters: FilterParams
): Promise<AgencyYearFigures[]> {
	// Each row counts once for its agency and once city-wide.
	const scope = (alias: string) =>
		`cross join unnest(${range.byAgency ? `[${alias}.agency_code, 'ALL']` : `['ALL']`}) as s(scope)`;
	return db.all<AgencyYearFigures>(
		`with
		employees as (
			select y.year, s.scope, count(*) as n
			from int_employee_years_active as y left join dim_employees as e on e.nip = y.nip ${scope('y')}
			where y.year between $from and $to and ${employeeFilterSql('y')}
			group by all
		),
		appraisals as (
			select a.year, s.scope,
				count(*) filter (where a.predikat_rank is not null) as n,
				count(*) filter (where a.predikat_rank <= 2) as good
			from fct_appraisals as a left join dim_employees as e on e.nip = a.nip ${scope('a')}
			where a.is_annual and a.year between $from and $to and ${employeeFilterSql('a')}
			group by all
		),
		training as (
			select t.year, s.scope, count(*) as n, count(*) filter (where t.meets_20_jp) as met
			from agg_training_employee_year as t left join dim_employees as e on e.nip = t.nip ${scope('t')}
			where t.year between $from and $to and ${employeeFilterSql('t')}
			group by all
		),
		discipline as (
			select d.year, s.scope, count(*) as n, sum(d.workdays) as workdays,
				sum(d.unexcused_days) as unexcused
			from agg_discipline_employee_year as d left join dim_employees as e on e.nip = d.nip ${scope('d')}
			where d.year between $from and $to and ${employeeFilterSql('d')}
			group by all
		),
		keys as (
			select year, scope from employees union select year, scope from appraisals
			union select year, scope from training union select year, scope from discipline
		),
		joined as (
			select keys.year, keys.scope,
				coalesce(employees.n, 0) as n_employees,
				coalesce(appraisals.n, 0) as n_appraised, appraisals.good,
				coalesce(training.n, 0) as n_training, training.met,
				coalesce(discipline.n, 0) as n_attendance, discipline.workdays, discipline.unexcused
			from keys
			left join employees using (year, scope)
			left join appraisals using (year, scope)
			left join training using (year, scope)
			left join discipline using (year, scope)
			where keys.scope is not null
		),
		flagged as (
			select *, n_employees < $min_n as suppressed from joined
		)
		select
			year::integer as year,
			scope as agency_code,
			case when scope = 'ALL' then 'Kota Bukittinggi' else agencies.agency_name end as agency_name,
			case when not suppressed then n_employees::integer end as n_employees,
			case when not suppressed then n_appraised::integer end as n_appraised,
			case when not suppressed and n_appraised >= $min_n
				then (good / n_appraised)::double end as share_baik_or_better,
			case when not suppressed then n_training::integer end as n_training,
			case when not suppressed and n_training >= $min_n
				then (met / n_training)::double end as share_meets_20jp,
			case when not suppressed then n_attendance::integer end as n_attendance,
			case when not suppressed then workdays::integer end as workdays,
			case when not suppressed then unexcused::integer end as unexcused_days,
			case when not suppressed and n_attendance >= $min_n and workdays > 0
				then (unexcused / workdays)::double end as unexcused_rate,
			suppressed
		from flagged left join dim_agencies as agencies on agencies.agency_code = flagged.scope
		order by year, scope = 'ALL' desc, agency_code`,
		{ ...filters, from: range.from, to: range.to, min_n: range.minN }
	);
}
