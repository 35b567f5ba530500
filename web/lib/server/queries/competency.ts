import type { Db } from '../../../../pipeline/db/connection.js';
import {
	checkYear,
	employeeFilterSql,
	filterParams,
	smallCellMin,
	type Filters
} from './filters.js';
import { QueryInputError } from './QueryInputError.js';

/** One heatmap cell: agency (or `'ALL'`) × competency, latest assessments. */
export type CompetencyGapCell = {
	agency_code: string;
	competency_code: string;
	competency_name: string | null;
	competency_type: string | null;
	n_assessed: number | null;
	n_with_standard: number | null;
	mean_gap: number | null;
	n_below_standard: number | null;
	share_below_standard: number | null;
	suppressed: boolean;
};

/** Kompetensi gap heatmap (agency × competency) from agg_competency_gap; agency = current agency. */
export async function competencyGapHeatmap(
	db: Db,
	params: Omit<Filters, 'year'>
): Promise<CompetencyGapCell[]> {
	const filters = await filterParams(db, params);
	return db.all<CompetencyGapCell>(
		`with counted as (
			select s.scope, g.competency_code, any_value(g.competency_name) as competency_name,
				any_value(g.competency_type) as competency_type,
				count(distinct g.nip) as n,
				count(g.gap) as n_std, avg(g.gap) as mean_gap,
				count(*) filter (where g.below_standard) as below
			from agg_competency_gap as g
			left join dim_employees as e on e.nip = g.nip
			cross join unnest([g.agency_code, 'ALL']) as s(scope)
			where ${employeeFilterSql('g')} and s.scope is not null
			group by all
		),
		flagged as (select *, n < $min_n as hidden from counted)
		select scope as agency_code, competency_code, competency_name, competency_type,
			case when not hidden then n::integer end as n_assessed,
			case when not hidden then n_std::integer end as n_with_standard,
			case when not hidden then round(mean_gap, 2)::double end as mean_gap,
			case when not hidden then below::integer end as n_below_standard,
			case when not hidden and n_std > 0 then (below / n_std)::double end as share_below_standard,
			hidden as suppressed
		from flagged order by scope = 'ALL' desc, agency_code, competency_code`,
		{ ...filters, min_n: await smallCellMin(db) }
	);
}

/** One histogram bucket of JP per employee; `bucket_end` NULL for the open last bucket. */
export type JpBucket = {
	year: number;
	bucket_start: number;
	bucket_end: number | null;
	below_20jp: boolean;
	n_employees: number | null;
	share: number | null;
	suppressed: boolean;
};

/**
 * JP distribution against the 20 JP line (PP 17/2020): buckets of `bucketWidth` JP up to `maxJp`,
 * then one open bucket. A bucket of 1…min−1 people is suppressed; so is every bucket of a group
 * under min.
 */
export async function jpHistogram(
	db: Db,
	params: Filters & { year: number; bucketWidth?: number; maxJp?: number }
): Promise<JpBucket[]> {
	const year = await checkYear(db, params.year);
	const filters = await filterParams(db, params);
	const width = params.bucketWidth ?? 5;
	const max = params.maxJp ?? 40;
	if (!Number.isInteger(width) || width < 1 || !Number.isInteger(max) || max < width)
		throw new QueryInputError('bucketWidth', {
			id: 'Lebar kelompok JP harus bilangan bulat positif, tidak melebihi batas atas.',
			en: 'The JP bucket width must be a positive integer no larger than the upper limit.'
		});
	return db.all<JpBucket>(
		`with people as (
			select t.jp_total from agg_training_employee_year as t
			left join dim_employees as e on e.nip = t.nip
			where t.year = $year and ${employeeFilterSql('t')}
		),
		buckets as (
			select b * $width as bucket_start, case when b * $width < $max then (b + 1) * $width end
				as bucket_end
			from range(0, $max // $width + 1) as r(b)
		),
		counted as (
			select buckets.bucket_start, buckets.bucket_end, count(people.jp_total) as n,
				(select count(*) from people) as total
			from buckets left join people
				on people.jp_total >= buckets.bucket_start
				and (buckets.bucket_end is null or people.jp_total < buckets.bucket_end)
			group by all
		),
		flagged as (select *, total < $min_n or (n > 0 and n < $min_n) as hidden from counted)
		select $year::integer as year, bucket_start::integer as bucket_start,
			bucket_end::integer as bucket_end,
			coalesce(bucket_end <= (select value::double from ref_parameters
				where parameter = 'jp_minimum_per_year'), false) as below_20jp,
			case when not hidden then n::integer end as n_employees,
			case when not hidden then (n / total)::double end as share,
			hidden as suppressed
		from flagged order by bucket_start`,
		{ ...filters, year, width, max, min_n: await smallCellMin(db) }
	);
}

/** One employee on the planner's list: below 20 JP with a competency below standard. */
export type TrainingTargetRow = {
	rank: number;
	agency_rank: number;
	year: number;
	nip: string;
	nama: string | null;
	agency_code: string | null;
	agency_name: string | null;
	jp_total: number;
	jp_shortfall: number;
	competency_code: string | null;
	competency_name: string | null;
	competency_type: string | null;
	level_required: number | null;
	level_assessed: number | null;
	gap: number | null;
	n_gaps: number;
	total_gap: number | null;
	jpm_pct: number | null;
	jpm_category: string | null;
};

/**
 * The training-target list (agg_training_targets), filtered by agency, employee type, position kind
 * and competency. individual-level: HR roles only — not suppressed, the web layer gates it by role.
 */
export async function trainingTargets(
	db: Db,
	params: Omit<Filters, 'year'> & { competencyCode?: string; limit?: number }
): Promise<TrainingTargetRow[]> {
	const filters = await filterParams(db, params);
	const limit = params.limit ?? 500;
	if (!Number.isInteger(limit) || limit < 1 || limit > 10000)
		throw new QueryInputError('limit', {
			id: 'Batas baris harus 1–10000.',
			en: 'The row limit must be 1–10000.'
		});
	return db.all<TrainingTargetRow>(
		`select t.rank::integer as rank, t.agency_rank::integer as agency_rank, t.year::integer as year,
			t.nip, e.nama, t.agency_code, t.agency_name, t.jp_total::double as jp_total,
			t.jp_shortfall::double as jp_shortfall, t.competency_code, t.competency_name,
			t.competency_type, t.level_required::double as level_required,
			t.level_assessed::double as level_assessed, t.gap::double as gap,
			t.n_gaps::integer as n_gaps, t.total_gap::double as total_gap,
			t.jpm_pct::double as jpm_pct, t.jpm_category
		from agg_training_targets as t left join dim_employees as e on e.nip = t.nip
		where ${employeeFilterSql('t')}
			and ($competency::varchar is null or t.competency_code = $competency)
		order by t.rank limit $limit`,
		{ ...filters, competency: params.competencyCode ?? null, limit }
	);
}
