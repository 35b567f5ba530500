import type { DataTable } from '../csv.js';
import { formatNumber, formatPercent, t, type Lang } from '../i18n/index.js';
import type { CardModel } from './cards.js';
import {
	coverageBars,
	feedbackCoverageOption,
	planBars,
	plansFollowedOption,
	type CoverageBar,
	type CoverageCounts,
	type PlanBar
} from './feedbackOption.js';

/** The city row of a year's coverage, if published. */
export function cityRow(rows: readonly CoverageCounts[]): CoverageCounts | null {
	return rows.find((row) => row.agency_code === 'ALL' && !row.suppressed) ?? null;
}

/**
 * The coverage chart's active title: the city's share with a recorded dialogue and the agency
 * with the lowest share. Null when no agency can be drawn.
 */
export function coverageFinding(
	lang: Lang,
	rows: readonly CoverageCounts[],
	bars: readonly CoverageBar[],
	year: number
): string | null {
	const top = bars[0];
	const bottom = bars[bars.length - 1];
	if (!top || !bottom) return null;
	const city = cityRow(rows);
	const vars = {
		year,
		city: formatPercent(lang, city?.share_dialogue ?? top.share_dialogue),
		top: top.agency_name,
		topShare: formatPercent(lang, top.share_dialogue),
		bottom: bottom.agency_name,
		bottomShare: formatPercent(lang, bottom.share_dialogue)
	};
	return t(lang, top === bottom ? 'loop.coverage.title.single' : 'loop.coverage.title', vars);
}

/** The follow-through chart's active title: the city's share and the lowest agency. */
export function plansFinding(
	lang: Lang,
	rows: readonly CoverageCounts[],
	bars: readonly PlanBar[],
	year: number
): string | null {
	const top = bars[0];
	const bottom = bars[bars.length - 1];
	const city = cityRow(rows)?.share_plans_followed ?? null;
	if (!top || !bottom) return null;
	const vars = {
		year,
		city: formatPercent(lang, city ?? top.share_plans_followed),
		top: top.agency_name,
		topShare: formatPercent(lang, top.share_plans_followed),
		bottom: bottom.agency_name,
		bottomShare: formatPercent(lang, bottom.share_plans_followed)
	};
	return t(lang, top === bottom ? 'loop.plans.title.single' : 'loop.plans.title', vars);
}

// Machine column names and plain decimals, as the other CSVs.
export function coverageTable(bars: readonly CoverageBar[]): DataTable {
	return {
		columns: [
			'kode_opd',
			'nama_opd',
			'n_dinilai',
			'n_dengan_dialog',
			'persen_dialog',
			'n_dengan_rencana',
			'persen_rencana'
		],
		rows: bars.map((bar) => [
			bar.agency_code,
			bar.agency_name,
			bar.n_appraised,
			bar.n_with_dialogue,
			bar.share_dialogue,
			bar.n_with_plan,
			bar.share_plan
		])
	};
}

export function plansTable(bars: readonly PlanBar[]): DataTable {
	return {
		columns: [
			'kode_opd',
			'nama_opd',
			'n_rencana_dinilai',
			'n_ditindaklanjuti',
			'persen_ditindaklanjuti',
			'n_menunggu'
		],
		rows: bars.map((bar) => [
			bar.agency_code,
			bar.agency_name,
			bar.n_plans_resolved,
			bar.n_plans_followed,
			bar.share_plans_followed,
			bar.n_plans_pending
		])
	};
}

export interface CoverageCardModel extends CardModel {
	bars: CoverageBar[];
}

/** The coverage card for one year (whole-year rows). */
export function coverageCard(
	lang: Lang,
	rows: readonly CoverageCounts[],
	year: number
): CoverageCardModel {
	const bars = coverageBars(rows);
	const agencies = rows.filter((row) => row.agency_code !== 'ALL');
	return {
		title: coverageFinding(lang, rows, bars, year),
		caption: t(lang, 'loop.coverage.caption', {
			year,
			shown: formatNumber(lang, bars.length),
			hidden: formatNumber(lang, agencies.length - bars.length)
		}),
		option: feedbackCoverageOption(rows, { lang }),
		table: coverageTable(bars),
		decal: true,
		bars
	};
}

export interface PlansCardModel extends CardModel {
	bars: PlanBar[];
}

/** The follow-through card for the year whose plans have resolved (`year`). */
export function plansCard(
	lang: Lang,
	rows: readonly CoverageCounts[],
	year: number
): PlansCardModel {
	const bars = planBars(rows);
	const city = cityRow(rows);
	const agencies = rows.filter((row) => row.agency_code !== 'ALL');
	return {
		title: plansFinding(lang, rows, bars, year),
		caption: t(lang, 'loop.plans.caption', {
			year,
			resolved: formatNumber(lang, city?.n_plans_resolved ?? 0),
			pending: formatNumber(lang, city?.n_plans_pending ?? 0),
			shown: formatNumber(lang, bars.length),
			hidden: formatNumber(lang, agencies.length - bars.length)
		}),
		option: plansFollowedOption(rows, { lang, city: city?.share_plans_followed ?? null }),
		table: plansTable(bars),
		decal: false,
		bars
	};
}
