import { env } from '$env/dynamic/private';
import type { Lang } from '$lib/i18n/index.js';
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
 * The training-target list under the page filters. Individual-level: the NIP is dropped here so
 * it never reaches the page data or the CSV.
 */
/**
 * Individual-level lists (names) are off unless the operator of an internal HR deployment turns them on
 * with KINERJA_HR_VIEWS=on. Role-based access (issue #6) will replace this switch.
 */
export function hrViewsEnabled(): boolean {
	return env.KINERJA_HR_VIEWS === 'on';
}

export async function targetsData(lang: Lang, filters: UrlFilters, target: TargetFilters) {
	if (!hrViewsEnabled()) return [];
	const { year: _year, ...rest } = filters;
	const rows = await runQuery(lang, (db) => trainingTargets(db, { ...rest, ...target }));
	return rows.map(({ nip: _nip, ...row }) => row);
}
