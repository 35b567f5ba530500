import { formatIndex } from '../../charts/readinessOption.js';
import { formatNumber, formatPercent, type Lang } from '../../i18n/index.js';
import { rt, type ReportMessageKey } from './messages.js';

/** A figure this year and last year; `null` where unknown or hidden. */
export interface Change {
	now: number | null;
	before: number | null;
}

/** The figures the executive summary speaks about, already suppressed where they must be. */
export interface SummaryFacts {
	year: number;
	min: number;
	employees: Change;
	shareGood: Change;
	/** Agencies whose curve could be checked, and how many fit. */
	curve: { checked: number; ok: number } | null;
	shareMeets20: Change;
	/** The competency with the highest share below standard (city-wide). */
	gap: { competency: string; share: number; meanGap: number } | null;
	targets: { year: number; total: number; competency: string | null; count: number | null } | null;
	unexcusedRate: Change;
	/** People in any PP 94/2021 band city-wide, out of those with attendance records. */
	risk: { atRisk: number; employees: number } | null;
	readiness: { top: string; topIndex: number; bottom: string; bottomIndex: number } | null;
	/** City-wide shares of appraised employees with a dialogue and with a plan (null: hidden). */
	feedback: { dialogue: number; plan: number | null } | null;
	/** The latest judged plan year: plans judged and the share followed by training. */
	plans: { year: number; resolved: number; share: number } | null;
	/** Awards given in the year (`satyalancana`: null when a class is hidden). */
	awards: { total: number; satyalancana: number | null } | null;
	/** PNS eligible for a Satyalancana class at the year's end (null when a class is hidden). */
	satyalancanaEligible: number | null;
	/** Files and rows loaded; `annex` is the letter of the data-quality annex. */
	quality: { files: number; rows: number; rejected: number; annex: string } | null;
}

/** A generated sentence and the figure it comes from (for tracing and tests). */
export interface Sentence {
	figure: string;
	text: string;
}

/** Changes under half a percentage point read as "stayed" (as the dashboard's findings). */
const FLAT_SHARE = 0.005;

type Trend = 'up' | 'down' | 'flat' | 'single';

function trend(change: Change, flat: number): Trend {
	if (change.now === null) return 'single';
	if (change.before === null) return 'single';
	const delta = change.now - change.before;
	if (Math.abs(delta) < flat) return 'flat';
	return delta > 0 ? 'up' : 'down';
}

/**
 * The executive summary: one full sentence per figure, in Indonesian or English, each generated from
 * the figure (never typed by hand). A figure that is unknown or hidden gives no sentence, or the
 * sentence that says it is hidden.
 */
export function summarySentences(lang: Lang, facts: SummaryFacts): Sentence[] {
	const out: Sentence[] = [];
	const { year } = facts;
	const previous = year - 1;
	const say = (figure: string, key: ReportMessageKey, vars: Record<string, string | number>) =>
		out.push({ figure, text: rt(lang, key, { year, previous, ...vars }) });
	const pct = (value: number | null) => (value === null ? '–' : formatPercent(lang, value));
	const num = (value: number | null) => (value === null ? '–' : formatNumber(lang, value));

	const employees = facts.employees;
	if (employees.now !== null) {
		const direction = trend(employees, 1);
		say('employees', `sum.employees.${direction}`, {
			now: num(employees.now),
			before: num(employees.before),
			diff: num(Math.abs((employees.now ?? 0) - (employees.before ?? 0)))
		});
	}
	if (facts.shareGood.now !== null)
		say('share_baik_or_better', `sum.good.${trend(facts.shareGood, FLAT_SHARE)}`, {
			now: pct(facts.shareGood.now),
			before: pct(facts.shareGood.before)
		});
	if (facts.curve && facts.curve.checked > 0) {
		const { checked, ok } = facts.curve;
		say('curve_ok', ok === checked ? 'sum.curve.all' : 'sum.curve', {
			checked: num(checked),
			ok: num(ok),
			bad: num(checked - ok)
		});
	}
	if (facts.shareMeets20.now !== null)
		say('share_meets_20jp', `sum.jp.${trend(facts.shareMeets20, FLAT_SHARE)}`, {
			now: pct(facts.shareMeets20.now),
			before: pct(facts.shareMeets20.before)
		});
	if (facts.gap)
		say('share_below_standard', facts.gap.meanGap > 0 ? 'sum.gap' : 'sum.gap.met', {
			competency: facts.gap.competency,
			share: pct(facts.gap.share),
			gap: formatNumber(lang, facts.gap.meanGap, 2)
		});
	if (facts.targets) {
		const { targets } = facts;
		const vars = { year: targets.year, total: num(targets.total) };
		if (targets.competency !== null && targets.count !== null)
			out.push({
				figure: 'training_targets',
				text: rt(lang, 'sum.targets', {
					...vars,
					competency: targets.competency,
					count: num(targets.count)
				})
			});
		else out.push({ figure: 'training_targets', text: rt(lang, 'sum.targets.plain', vars) });
	}
	if (facts.unexcusedRate.now !== null)
		say('unexcused_rate', `sum.unexcused.${trend(facts.unexcusedRate, 0.0005)}`, {
			now: pct(facts.unexcusedRate.now),
			before: pct(facts.unexcusedRate.before)
		});
	if (facts.risk && facts.risk.employees > 0) {
		const { atRisk, employees: n } = facts.risk;
		if (atRisk === 0) say('pp94_at_risk', 'sum.risk.none', {});
		else if (atRisk < facts.min) say('pp94_at_risk', 'sum.risk.small', { min: facts.min });
		else say('pp94_at_risk', 'sum.risk', { share: pct(atRisk / n), count: num(atRisk) });
	}
	if (facts.readiness)
		say('resistance_index', 'sum.readiness', {
			top: facts.readiness.top,
			topIndex: formatIndex(lang, facts.readiness.topIndex),
			bottom: facts.readiness.bottom,
			bottomIndex: formatIndex(lang, facts.readiness.bottomIndex)
		});
	if (facts.feedback) {
		const { dialogue, plan } = facts.feedback;
		if (plan === null) say('share_dialogue', 'sum.feedback.dialogue', { dialogue: pct(dialogue) });
		else say('share_dialogue', 'sum.feedback', { dialogue: pct(dialogue), plan: pct(plan) });
	}
	if (facts.plans)
		say('share_plans_followed', 'sum.plans', {
			plansYear: facts.plans.year,
			resolved: num(facts.plans.resolved),
			share: pct(facts.plans.share)
		});
	if (facts.awards && facts.awards.total > 0) {
		const { total, satyalancana } = facts.awards;
		if (satyalancana === null) say('awards_given', 'sum.awards.plain', { total: num(total) });
		else say('awards_given', 'sum.awards', { total: num(total), slks: num(satyalancana) });
	}
	if (facts.satyalancanaEligible !== null)
		say('satyalancana_eligible', 'sum.satyalancana', {
			eligible: num(facts.satyalancanaEligible)
		});
	if (facts.quality && facts.quality.rows > 0)
		say('rows_rejected', 'sum.quality', {
			files: num(facts.quality.files),
			rows: num(facts.quality.rows),
			rejected: num(facts.quality.rejected),
			share: formatPercent(lang, facts.quality.rejected / facts.quality.rows, 2),
			annex: facts.quality.annex
		});
	return out;
}
