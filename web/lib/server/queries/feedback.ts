import type { Db } from '../../../../pipeline/db/connection.js';
import {
	awardsGiven,
	satyalancanaSummary,
	type AwardsGivenRow,
	type SatyalancanaReasonCount
} from './awards.js';
import { checkAgency, checkYear, smallCellMin } from './filters.js';
import { QueryInputError } from './QueryInputError.js';

export const FEEDBACK_PERIODS = ['TAHUNAN', 'TW1', 'TW2', 'TW3', 'TW4'] as const;
export type FeedbackPeriod = (typeof FEEDBACK_PERIODS)[number];

/**
 * One agency's (or the city's, `'ALL'`) feedback coverage for a year and period (METHODOLOGY
 * #feedback-coverage). A group under the small-cell minimum has every figure NULL; the plan share is
 * also withheld when fewer plans than the minimum are resolved.
 */
export type FeedbackCoverageRow = {
	year: number;
	period: FeedbackPeriod;
	agency_code: string;
	agency_name: string | null;
	n_appraised: number | null;
	n_with_dialogue: number | null;
	share_dialogue: number | null;
	n_with_plan: number | null;
	share_plan: number | null;
	n_plans_named: number | null;
	n_plans_resolved: number | null;
	n_plans_followed: number | null;
	share_plans_followed: number | null;
	n_plans_pending: number | null;
	suppressed: boolean;
};

function checkPeriod(period: unknown): FeedbackPeriod {
	if (!FEEDBACK_PERIODS.includes(period as FeedbackPeriod))
		throw new QueryInputError('period', {
			id: `Periode harus salah satu dari ${FEEDBACK_PERIODS.join(', ')}, bukan "${String(period)}".`,
			en: `The period must be one of ${FEEDBACK_PERIODS.join(', ')}, not "${String(period)}".`
		});
	return period as FeedbackPeriod;
}

/**
 * Feedback coverage by agency for one year and period (default the whole year), the city row first.
 * Agency-level only, so the employee-type and position filters do not apply.
 */
export async function feedbackCoverage(
	db: Db,
	params: { year: number; period?: string; agency?: string }
): Promise<FeedbackCoverageRow[]> {
	const year = await checkYear(db, params.year);
	const period = checkPeriod(params.period ?? 'TAHUNAN');
	const agency = params.agency === undefined ? null : await checkAgency(db, params.agency);
	return db.all<FeedbackCoverageRow>(
		`with flagged as (
			select *, n_appraised < $min_n as hidden, n_plans_resolved < $min_n as plans_hidden
			from agg_feedback_coverage_agency_period
			where year = $year and period = $period and agency_code is not null
				and ($agency::varchar is null or agency_code = $agency)
		)
		select year::integer as year, period, agency_code, agency_name,
			case when not hidden then n_appraised::integer end as n_appraised,
			case when not hidden then n_with_dialogue::integer end as n_with_dialogue,
			case when not hidden then share_dialogue::double end as share_dialogue,
			case when not hidden then n_with_plan::integer end as n_with_plan,
			case when not hidden then share_plan::double end as share_plan,
			case when not hidden then n_plans_named::integer end as n_plans_named,
			case when not hidden then n_plans_resolved::integer end as n_plans_resolved,
			case when not hidden then n_plans_followed::integer end as n_plans_followed,
			case when not hidden and not plans_hidden then share_plans_followed::double end
				as share_plans_followed,
			case when not hidden then n_plans_pending::integer end as n_plans_pending,
			hidden as suppressed
		from flagged order by agency_code <> 'ALL', hidden, share_dialogue desc, agency_code`,
		{ year, period, agency, min_n: await smallCellMin(db) }
	);
}

/** The city's coverage in each period of a year (whole year, then the quarters). */
export async function feedbackCoverageByPeriod(
	db: Db,
	params: { year: number }
): Promise<FeedbackCoverageRow[]> {
	const year = await checkYear(db, params.year);
	const rows = await Promise.all(
		FEEDBACK_PERIODS.map((period) => feedbackCoverage(db, { year, period, agency: undefined }))
	);
	return rows.flatMap((list) => list.filter((row) => row.agency_code === 'ALL'));
}

/**
 * The latest year up to `year` whose plans have resolved (their 12-month window ended within the
 * training data): the plans of the newest year are mostly still open. NULL when none has.
 */
export async function latestResolvedPlanYear(
	db: Db,
	params: { year: number }
): Promise<number | null> {
	const year = await checkYear(db, params.year);
	const row = await db.one<{ year: number | null }>(
		`select max(year)::integer as year from agg_feedback_coverage_agency_period
		where agency_code = 'ALL' and period = 'TAHUNAN' and year <= $year and n_plans_resolved >= $min_n`,
		{ year, min_n: await smallCellMin(db) }
	);
	return row?.year ?? null;
}

export const EFFECT_GROUPINGS = ['programme', 'competency'] as const;
export type EffectGrouping = (typeof EFFECT_GROUPINGS)[number];

/**
 * One programme (or competency) of a year, participants beside comparable non-participants
 * (METHODOLOGY #training-effect). Descriptive, not causal. Counts are always given; a share is NULL
 * when its group is under the small-cell minimum, and every share of a `small_n` programme is.
 */
export type TrainingEffectRow = {
	year: number;
	grouping: EffectGrouping;
	group_code: string;
	group_label: string | null;
	competency_code: string | null;
	n_participants: number;
	n_comparison: number;
	participants_before_rated: number;
	participants_before_share_baik_plus: number | null;
	participants_after_rated: number;
	participants_after_share_baik_plus: number | null;
	comparison_before_rated: number;
	comparison_before_share_baik_plus: number | null;
	comparison_after_rated: number;
	comparison_after_share_baik_plus: number | null;
	participants_before_with_attendance: number;
	participants_before_share_band: number | null;
	participants_after_with_attendance: number;
	participants_after_share_band: number | null;
	comparison_before_with_attendance: number;
	comparison_before_share_band: number | null;
	comparison_after_with_attendance: number;
	comparison_after_share_band: number | null;
	small_n: boolean;
};

function checkGrouping(grouping: unknown): EffectGrouping {
	if (!EFFECT_GROUPINGS.includes(grouping as EffectGrouping))
		throw new QueryInputError('grouping', {
			id: `Pengelompokan harus "programme" atau "competency", bukan "${String(grouping)}".`,
			en: `The grouping must be "programme" or "competency", not "${String(grouping)}".`
		});
	return grouping as EffectGrouping;
}

const SIDES = ['participants', 'comparison'] as const;
const WHEN = ['before', 'after'] as const;

/** Training effect rows of a year, biggest programmes first. */
export async function trainingEffect(
	db: Db,
	params: { year: number; grouping?: string }
): Promise<TrainingEffectRow[]> {
	const year = await checkYear(db, params.year);
	const grouping = checkGrouping(params.grouping ?? 'programme');
	// A share shows only when the programme is not small_n and its own denominator reaches the minimum.
	const shares = SIDES.flatMap((side) =>
		WHEN.flatMap((when) => [
			`${side}_${when}_rated::integer as ${side}_${when}_rated`,
			`case when not small_n and ${side}_${when}_rated >= $min_n
				then ${side}_${when}_share_baik_plus::double end as ${side}_${when}_share_baik_plus`,
			`${side}_${when}_with_attendance::integer as ${side}_${when}_with_attendance`,
			`case when not small_n and ${side}_${when}_with_attendance >= $min_n
				then ${side}_${when}_share_band::double end as ${side}_${when}_share_band`
		])
	).join(',\n\t\t\t');
	return db.all<TrainingEffectRow>(
		`select year::integer as year, grouping, group_code, group_label, competency_code,
			n_participants::integer as n_participants, n_comparison::integer as n_comparison,
			${shares},
			small_n
		from agg_training_effect where year = $year and grouping = $grouping
		order by small_n, n_participants desc, group_label`,
		{ year, grouping, min_n: await smallCellMin(db) }
	);
}

/**
 * The training effect to show for a page year: that year's programmes when any has a year after
 * it in the warehouse, else the year before's (the newest year has no "after" yet). `year` in the
 * result is the training year shown.
 */
export async function trainingEffectShown(
	db: Db,
	params: { year: number; grouping?: string }
): Promise<{ year: number; rows: TrainingEffectRow[] }> {
	const year = await checkYear(db, params.year);
	const rows = await trainingEffect(db, { year, grouping: params.grouping });
	if (rows.some((row) => row.participants_after_rated > 0)) return { year, rows };
	const range = await db.one<{ min_year: number | null }>(
		`select min(year)::integer as min_year from agg_training_effect`
	);
	if (range?.min_year === null || range?.min_year === undefined || year - 1 < range.min_year)
		return { year, rows };
	const earlier = await trainingEffect(db, { year: year - 1, grouping: params.grouping }).catch(
		() => null
	);
	return earlier && earlier.some((row) => row.participants_after_rated > 0)
		? { year: year - 1, rows: earlier }
		: { year, rows };
}

/** The annual report's section on the feedback loop and awards: aggregates only, no person. */
export interface FeedbackReportSummary {
	year: number;
	city: FeedbackCoverageRow | null;
	periods: FeedbackCoverageRow[];
	agencies: FeedbackCoverageRow[];
	plansYear: number | null;
	plans: FeedbackCoverageRow | null;
	awardsGiven: AwardsGivenRow[];
	satyalancana: SatyalancanaReasonCount[];
}

export async function reportFeedbackSummary(
	db: Db,
	params: { year: number }
): Promise<FeedbackReportSummary> {
	const year = await checkYear(db, params.year);
	const [coverage, periods, plansYear, given, satyalancana] = await Promise.all([
		feedbackCoverage(db, { year }),
		feedbackCoverageByPeriod(db, { year }),
		latestResolvedPlanYear(db, { year }),
		awardsGiven(db, { year }),
		satyalancanaSummary(db, { year })
	]);
	const plans =
		plansYear === null
			? null
			: ((await feedbackCoverage(db, { year: plansYear })).find((r) => r.agency_code === 'ALL') ??
				null);
	return {
		year,
		city: coverage.find((row) => row.agency_code === 'ALL') ?? null,
		periods,
		agencies: coverage.filter((row) => row.agency_code !== 'ALL'),
		plansYear,
		plans,
		awardsGiven: given,
		satyalancana
	};
}
