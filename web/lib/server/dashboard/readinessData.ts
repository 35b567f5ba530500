import type { Lang } from '$lib/i18n/index.js';
import { changeReadinessComponents, changeReadinessIndex } from '../queries/changeReadiness.js';
import { runQuery } from './query.js';

/**
 * The index and its components for one year. Agency-level only, so the employee-type and position
 * filters of the other pages do not apply here.
 */
export async function readinessData(lang: Lang, year: number) {
	return runQuery(lang, (db) =>
		Promise.all([changeReadinessIndex(db, { year }), changeReadinessComponents(db, { year })])
	);
}
