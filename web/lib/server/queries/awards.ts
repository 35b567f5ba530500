import type { Db } from '../../../../pipeline/db/connection.js';
import { checkAgency, checkYear, smallCellMin } from './filters.js';
import { QueryInputError } from './QueryInputError.js';

/** One employee the agency may consider for a reward (METHODOLOGY #award-candidates). */
export type AwardCandidateRow = {
	year: number;
	nip: string;
	nama: string | null;
	agency_code: string | null;
	agency_name: string | null;
	jabatan: string | null;
	first_year: number;
	consecutive_years: number;
	years_with_attendance: number;
	discipline_checked: boolean;
	n_sanctions_in_run: number;
	is_active: boolean | null;
};

const LIMIT = { min: 1, max: 10000 };

function checkLimit(limit: number): number {
	if (!Number.isInteger(limit) || limit < LIMIT.min || limit > LIMIT.max)
		throw new QueryInputError('limit', {
			id: 'Batas baris harus 1–10000.',
			en: 'The row limit must be 1–10000.'
		});
	return limit;
}

/**
 * Award candidates of a year (agg_award_candidates), longest runs first. Individual-level (NIP,
 * name): never published — the web layer gates it to BKPSDM and the head of the employee's agency
 * (`agency` narrows the list to one agency).
 */
export async function awardCandidates(
	db: Db,
	params: { year: number; agency?: string; limit?: number }
): Promise<AwardCandidateRow[]> {
	const year = await checkYear(db, params.year);
	const agency = params.agency === undefined ? null : await checkAgency(db, params.agency);
	return db.all<AwardCandidateRow>(
		`select year::integer as year, nip, nama, agency_code, agency_name, jabatan,
			first_year::integer as first_year, consecutive_years::integer as consecutive_years,
			years_with_attendance::integer as years_with_attendance, discipline_checked,
			n_sanctions_in_run::integer as n_sanctions_in_run, is_active
		from agg_award_candidates
		where year = $year and ($agency::varchar is null or agency_code = $agency)
		order by consecutive_years desc, agency_name, nama, nip
		limit $limit`,
		{ year, agency, limit: checkLimit(params.limit ?? 2000) }
	);
}

export const SATYALANCANA_REASONS = [
	'eligible',
	'no_tmt',
	'service_below_milestone',
	'already_awarded',
	'sanction_moderate_heavy'
] as const;
export type SatyalancanaReason = (typeof SATYALANCANA_REASONS)[number];

/** One PNS on the Satyalancana list of a year (METHODOLOGY #satyalancana). */
export type SatyalancanaRow = {
	year: number;
	nip: string;
	nama: string | null;
	agency_code: string | null;
	agency_name: string | null;
	tmt_cpns: string | null;
	tmt_source: string | null;
	tmt_from_nip: boolean | null;
	service_years: number | null;
	award_class: string | null;
	milestone_this_year: number | null;
	next_milestone_years: number | null;
	next_milestone_date: string | null;
	awarded_year: number | null;
	sanction_level: string | null;
	sanction_decree_date: string | null;
	eligible: boolean;
	reason_code: SatyalancanaReason;
	reason_id: string;
	reason_en: string;
};

function checkReason(reason: unknown): SatyalancanaReason {
	if (!SATYALANCANA_REASONS.includes(reason as SatyalancanaReason))
		throw new QueryInputError('reason', {
			id: `Alasan "${String(reason)}" tidak dikenal; pilih salah satu dari ${SATYALANCANA_REASONS.join(', ')}.`,
			en: `Unknown reason "${String(reason)}"; choose one of ${SATYALANCANA_REASONS.join(', ')}.`
		});
	return reason as SatyalancanaReason;
}

/**
 * The Satyalancana list BKPSDM works from for a year: everyone eligible, plus the ineligible cases
 * that are due or close — a class reached this year, a sanction or missing TMT at a reached
 * milestone, or service that completes the next milestone within a year. Each row carries its reason.
 * Individual-level: BKPSDM only (gated by the web layer).
 */
export async function satyalancanaList(
	db: Db,
	params: { year: number; agency?: string; reason?: string; limit?: number }
): Promise<SatyalancanaRow[]> {
	const year = await checkYear(db, params.year);
	const agency = params.agency === undefined ? null : await checkAgency(db, params.agency);
	const reason = params.reason === undefined ? null : checkReason(params.reason);
	return db.all<SatyalancanaRow>(
		`select year::integer as year, nip, nama, agency_code, agency_name, tmt_cpns::varchar as tmt_cpns,
			tmt_source, tmt_from_nip, service_years::integer as service_years, award_class,
			milestone_this_year::integer as milestone_this_year,
			next_milestone_years::integer as next_milestone_years,
			next_milestone_date::varchar as next_milestone_date, awarded_year::integer as awarded_year,
			sanction_level, sanction_decree_date::varchar as sanction_decree_date, eligible, reason_code,
			reason_id, reason_en
		from agg_satyalancana_eligibility
		where year = $year
			and ($agency::varchar is null or agency_code = $agency)
			and ($reason::varchar is null or reason_code = $reason)
			and (
				eligible
				or milestone_this_year is not null
				or reason_code in ('no_tmt', 'sanction_moderate_heavy')
				or (reason_code = 'service_below_milestone'
					and next_milestone_date <= reference_date + interval 1 year)
			)
		order by eligible desc, reason_code, agency_name, nama, nip
		limit $limit`,
		{ year, agency, reason, limit: checkLimit(params.limit ?? 5000) }
	);
}

/** Counts of a year's PNS by Satyalancana reason; a group under the small-cell minimum is suppressed. */
export type SatyalancanaReasonCount = {
	reason_code: SatyalancanaReason;
	reason_id: string;
	reason_en: string;
	n_employees: number | null;
	n_due_this_year: number | null;
	suppressed: boolean;
};

export async function satyalancanaSummary(
	db: Db,
	params: { year: number; agency?: string }
): Promise<SatyalancanaReasonCount[]> {
	const year = await checkYear(db, params.year);
	const agency = params.agency === undefined ? null : await checkAgency(db, params.agency);
	return db.all<SatyalancanaReasonCount>(
		`with scoped as (
			select * from agg_satyalancana_eligibility
			where year = $year and ($agency::varchar is null or agency_code = $agency)
		),
		counted as (
			select reasons.reason_code, reasons.label_id, reasons.label_en, reasons.priority,
				count(scoped.nip) as n, count(scoped.milestone_this_year) as due,
				(select count(*) from scoped) as total
			from ref_satyalancana_reason as reasons
			left join scoped on scoped.reason_code = reasons.reason_code
			group by all
		)
		select reason_code, label_id as reason_id, label_en as reason_en,
			case when total >= $min_n then n::integer end as n_employees,
			case when total >= $min_n then due::integer end as n_due_this_year,
			total < $min_n as suppressed
		from counted order by priority desc`,
		{ year, agency, min_n: await smallCellMin(db) }
	);
}

/** Awards given in a year, city-wide by type (agg_awards_given_year): aggregates only. */
export type AwardsGivenRow = {
	year: number;
	award_type: string;
	award_class: string | null;
	award_label_id: string;
	award_label_en: string;
	n_awards: number;
	n_employees: number;
};

export async function awardsGiven(db: Db, params: { year: number }): Promise<AwardsGivenRow[]> {
	const year = await checkYear(db, params.year);
	return db.all<AwardsGivenRow>(
		`select year::integer as year, award_type, award_class, award_label_id, award_label_en,
			n_awards::integer as n_awards, n_employees::integer as n_employees
		from agg_awards_given_year where year = $year
		order by award_class is null, award_class, n_awards desc, award_type`,
		{ year }
	);
}
