import type { Db } from '../../../../pipeline/db/connection.js';
import {
	checkYear,
	employeeFilterSql,
	filterParams,
	smallCellMin,
	type Filters
} from './filters.js';

/** Predikat counts of annual appraisals for one agency (or `'ALL'`) and year. */
export type PredikatDistributionRow = {
	year: number;
	agency_code: string;
	agency_name: string | null;
	n_appraised: number | null;
	n_sangat_baik: number | null;
	n_baik: number | null;
	n_butuh_perbaikan: number | null;
	n_kurang: number | null;
	n_sangat_kurang: number | null;
	share_baik_or_better: number | null;
	n_without_predikat: number | null;
	suppressed: boolean;
};

/**
 * Kinerja: predikat distribution by agency and year from fct_appraisals (annual rows), with `'ALL'`
 * rows; without a year, every year (the trend). `byAgency: false` gives the city rows only.
 */
export async function predikatDistribution(
	db: Db,
	params: Filters & { byAgency?: boolean }
): Promise<PredikatDistributionRow[]> {
	const year = params.year === undefined ? null : await checkYear(db, params.year);
	const filters = await filterParams(db, params);
	const scopes = params.byAgency === false ? `['ALL']` : `[a.agency_code, 'ALL']`;
	return db.all<PredikatDistributionRow>(
		`with counted as (
			select a.year, s.scope,
				count(*) filter (where a.predikat_rank is not null) as n,
				count(*) filter (where a.predikat_rank = 1) as sb,
				count(*) filter (where a.predikat_rank = 2) as b,
				count(*) filter (where a.predikat_rank = 3) as bp,
				count(*) filter (where a.predikat_rank = 4) as k,
				count(*) filter (where a.predikat_rank = 5) as sk,
				count(*) filter (where a.predikat_rank is null) as without
			from fct_appraisals as a
			left join dim_employees as e on e.nip = a.nip
			cross join unnest(${scopes}) as s(scope)
			where a.is_annual and ($year::integer is null or a.year = $year)
				and ${employeeFilterSql('a')} and s.scope is not null
			group by all
		),
		flagged as (select *, n < $min_n as hidden from counted)
		select year::integer as year, scope as agency_code,
			case when scope = 'ALL' then 'Kota Bukittinggi' else agencies.agency_name end as agency_name,
			case when not hidden then n::integer end as n_appraised,
			case when not hidden then sb::integer end as n_sangat_baik,
			case when not hidden then b::integer end as n_baik,
			case when not hidden then bp::integer end as n_butuh_perbaikan,
			case when not hidden then k::integer end as n_kurang,
			case when not hidden then sk::integer end as n_sangat_kurang,
			case when not hidden then ((sb + b) / n)::double end as share_baik_or_better,
			case when not hidden then without::integer end as n_without_predikat,
			hidden as suppressed
		from flagged left join dim_agencies as agencies on agencies.agency_code = flagged.scope
		order by year, scope = 'ALL' desc, agency_code`,
		{ ...filters, year, min_n: await smallCellMin(db) }
	);
}

/** SE MenPANRB 3/2023 distribution-curve check of one agency in one year (METHODOLOGY #curve-check). */
export type CurveCheckRow = {
	year: number;
	agency_code: string;
	agency_name: string | null;
	org_predikat: string | null;
	n_appraised: number | null;
	share_baik_or_better: number | null;
	curve_ok: boolean | null;
	curve_violations: string | null;
	suppressed: boolean;
};

/** The curve check per agency, from agg_performance_agency_year (agency and year filters only). */
export async function curveCheck(
	db: Db,
	params: { year?: number; agency?: string }
): Promise<CurveCheckRow[]> {
	const year = params.year === undefined ? null : await checkYear(db, params.year);
	const { agency } = await filterParams(db, { agency: params.agency });
	return db.all<CurveCheckRow>(
		`with flagged as (
			select *, n_appraised < $min_n as hidden from agg_performance_agency_year
			where agency_code <> 'ALL' and ($year::integer is null or year = $year)
				and ($agency::varchar is null or agency_code = $agency)
		)
		select year::integer as year, agency_code, agency_name, org_predikat,
			case when not hidden then n_appraised::integer end as n_appraised,
			case when not hidden then share_baik_or_better::double end as share_baik_or_better,
			case when not hidden then curve_ok end as curve_ok,
			case when not hidden then curve_violations end as curve_violations,
			hidden as suppressed
		from flagged order by year, agency_code`,
		{ year, agency, min_n: await smallCellMin(db) }
	);
}

/** The appraisal scheme of each year's annual appraisals; `is_change_year` marks a new scheme. */
export type SchemeYearRow = {
	year: number;
	scheme: string | null;
	n_appraisals: number;
	is_change_year: boolean;
};

export async function schemeByYear(db: Db): Promise<SchemeYearRow[]> {
	return db.all<SchemeYearRow>(
		`with by_year as (
			select year, mode(scheme) as scheme, count(*) as n
			from fct_appraisals where is_annual group by year
		)
		select year::integer as year, scheme, n::integer as n_appraisals,
			coalesce(scheme is distinct from lag(scheme) over (order by year)
				and lag(scheme) over (order by year) is not null, false) as is_change_year
		from by_year order by year`
	);
}
