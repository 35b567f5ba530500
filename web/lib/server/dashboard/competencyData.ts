import type { RequestEvent } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n/index.js';
import { canSeeIndividuals } from '../auth/policy.js';
import { competencyGapHeatmap, jpHistogram, trainingTargets } from '../queries/competency.js';
import { runQuery, type UrlFilters } from './query.js';

/** The planner list's own URL filters: `kompetensi` (competency code) and `opd` (agency code). */
export interface TargetFilters {
	competencyCode?: string;
	agency?: string;
}

export function targetFiltersFromUrl(url: URL): TargetFilters {
	return {
		competencyCode: url.searchParams.get('kompetensi') || undefined,
		agency: url.searchParams.get('opd') || undefined
	};
}

/** The heatmap cells under the employee filters (latest assessments: no year). */
export async function gapData(lang: Lang, filters: UrlFilters) {
	const { year: _year, ...rest } = filters;
	return runQuery(lang, (db) => competencyGapHeatmap(db, rest));
}

export async function jpData(lang: Lang, filters: UrlFilters & { year: number }) {
	return runQuery(lang, (db) => jpHistogram(db, filters));
}

/**
 * Whether this request may see individual-level lists (names): BKPSDM, or the head of `agency` when the
 * list is limited to that agency (web/lib/server/auth/policy.ts). When it may, the request is marked
 * and web/hooks.server.ts writes a `view_individual` entry to the audit log.
 */
export function hrViewsEnabled(event: RequestEvent, agency?: string): boolean {
	const allowed = canSeeIndividuals(event.locals.user, agency);
	if (allowed) event.locals.individual = true;
	return allowed;
}

/**
 * The training-target list under the page filters, empty unless `hrViewsEnabled`. Individual-level:
 * the NIP is dropped here so it never reaches the page data or the CSV.
 */
export async function targetsData(
	event: RequestEvent,
	lang: Lang,
	filters: UrlFilters,
	target: TargetFilters
) {
	if (!hrViewsEnabled(event, target.agency)) return [];
	const { year: _year, ...rest } = filters;
	const rows = await runQuery(lang, (db) => trainingTargets(db, { ...rest, ...target }));
	return rows.map(({ nip: _nip, ...row }) => row);
}
