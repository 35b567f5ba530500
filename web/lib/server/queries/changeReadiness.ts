import type { Db } from '../../../../pipeline/db/connection.js';
import { checkAgency, checkYear, smallCellMin } from './filters.js';

/** One agency's resistance-to-change index for a year (METHODOLOGY #resistance-index). */
export type ChangeReadinessRow = {
	year: number;
	agency_code: string;
	agency_name: string | null;
	n_employees: number | null;
	n_components: number | null;
	resistance_index: number | null;
	index_rank: number | null;
	suppressed: boolean;
};

/**
 * Kesiapan perubahan: the index by agency. Agency-level only — the project's derivation, never per
 * individual — so the employee-type and position filters do not apply.
 */
export async function changeReadinessIndex(
	db: Db,
	params: { year: number; agency?: string }
): Promise<ChangeReadinessRow[]> {
	const year = await checkYear(db, params.year);
	const agency = params.agency === undefined ? null : await checkAgency(db, params.agency);
	return db.all<ChangeReadinessRow>(
		`with flagged as (
			select *, n_employees < $min_n or small_cell as hidden
			from agg_change_readiness_agency_year
			where year = $year and ($agency::varchar is null or agency_code = $agency)
		)
		select year::integer as year, agency_code, agency_name,
			case when not hidden then n_employees::integer end as n_employees,
			case when not hidden then n_components::integer end as n_components,
			case when not hidden then resistance_index::double end as resistance_index,
			case when not hidden then index_rank::integer end as index_rank,
			hidden as suppressed
		from flagged order by hidden, index_rank, agency_code`,
		{ year, agency, min_n: await smallCellMin(db) }
	);
}

/** One component of the index for one agency, with the city mean and SD its z-score used. */
export type ChangeReadinessComponentRow = {
	year: number;
	agency_code: string;
	component: string;
	weight: number;
	direction: string | null;
	numerator: number | null;
	denominator: number | null;
	baseline_numerator: number | null;
	baseline_denominator: number | null;
	value: number | null;
	city_mean: number | null;
	city_sd: number | null;
	z: number | null;
	detail: string | null;
	suppressed: boolean;
};

export async function changeReadinessComponents(
	db: Db,
	params: { year: number; agency?: string }
): Promise<ChangeReadinessComponentRow[]> {
	const year = await checkYear(db, params.year);
	const agency = params.agency === undefined ? null : await checkAgency(db, params.agency);
	return db.all<ChangeReadinessComponentRow>(
		`with flagged as (
			select *, coalesce(n_employees, 0) < $min_n as hidden
			from agg_change_readiness_components
			where year = $year and ($agency::varchar is null or agency_code = $agency)
		)
		select year::integer as year, agency_code, component, weight::double as weight, direction,
			case when not hidden then numerator::double end as numerator,
			case when not hidden then denominator::double end as denominator,
			case when not hidden then baseline_numerator::double end as baseline_numerator,
			case when not hidden then baseline_denominator::double end as baseline_denominator,
			case when not hidden then value::double end as value,
			city_mean::double as city_mean, city_sd::double as city_sd,
			case when not hidden then z::double end as z,
			detail::varchar as detail, hidden as suppressed
		from flagged order by agency_code, component`,
		{ year, agency, min_n: await smallCellMin(db) }
	);
}
