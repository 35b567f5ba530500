import type { RequestEvent } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n/index.js';
import { hrViewsEnabled } from '$lib/server/dashboard/competencyData.js';
import { filtersFromUrl, runQuery } from '$lib/server/dashboard/query.js';
import { resolveYear } from '$lib/server/dashboard/resolveYear.js';
import {
	awardCandidates,
	satyalancanaList,
	satyalancanaSummary
} from '$lib/server/queries/awards.js';
import {
	feedbackCoverage,
	feedbackCoverageByPeriod,
	latestResolvedPlanYear
} from '$lib/server/queries/feedback.js';

/** The page's own URL filters: `opd` narrows the candidate list, `alasan` the Satyalancana list. */
export interface LoopFilters {
	agency?: string;
	reason?: string;
}

export function loopFiltersFromUrl(url: URL): LoopFilters {
	return {
		agency: url.searchParams.get('opd') || undefined,
		reason: url.searchParams.get('alasan') || undefined
	};
}

/** The URL's year (`tahun`), else the newest: the page is agency-level, so only the year applies. */
export async function loopYear(url: URL, lang: Lang): Promise<number | null> {
	return resolveYear(lang, { year: filtersFromUrl(url, lang).year });
}

/**
 * Who may see which list. Award candidates: BKPSDM, or the head of the agency the list is narrowed
 * to; the Satyalancana names: BKPSDM only (no agency given). One call each, so the access rule lives
 * in one place (web/lib/server/auth/policy.ts via hrViewsEnabled).
 */
export function loopAccess(event: RequestEvent, filters: LoopFilters) {
	return {
		candidates: hrViewsEnabled(event, filters.agency),
		satyalancana: hrViewsEnabled(event)
	};
}

/** Whole-year coverage by agency and the city by period. */
export async function coverageData(lang: Lang, year: number) {
	return runQuery(lang, (db) =>
		Promise.all([feedbackCoverage(db, { year }), feedbackCoverageByPeriod(db, { year })])
	);
}

/**
 * The follow-through figures of the latest year up to `year` whose plans have resolved (the newest
 * year's 12-month windows are mostly still open), with that year; null when no year has.
 */
export async function plansData(lang: Lang, year: number) {
	return runQuery(lang, async (db) => {
		const plansYear = await latestResolvedPlanYear(db, { year });
		if (plansYear === null) return { plansYear, rows: [] };
		return { plansYear, rows: await feedbackCoverage(db, { year: plansYear }) };
	});
}

export async function summaryData(lang: Lang, year: number) {
	return runQuery(lang, (db) => satyalancanaSummary(db, { year }));
}

/** Individual-level: callers check `loopAccess` first. */
export async function candidatesData(lang: Lang, year: number, filters: LoopFilters) {
	return runQuery(lang, (db) => awardCandidates(db, { year, agency: filters.agency }));
}

/** Individual-level: callers check `loopAccess` first. */
export async function satyalancanaData(lang: Lang, year: number, filters: LoopFilters) {
	return runQuery(lang, (db) => satyalancanaList(db, { year, reason: filters.reason }));
}
