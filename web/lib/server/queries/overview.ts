import type { Db } from '../../../../pipeline/db/connection.js';
import { agencyYearFigures, type AgencyYearFigures } from './agencyYearFigures.js';
import { checkYear, filterParams, smallCellMin, yearRange, type Filters } from './filters.js';
import { changeReadinessIndex } from './changeReadiness.js';

export type HeadlineMetric =
	'employees' | 'share_baik_or_better' | 'share_meets_20jp' | 'unexcused_rate' | 'agencies_flagged';

/** One Ringkasan headline card: this year's value and the change from last year. */
export type HeadlineRow = {
	metric: HeadlineMetric;
	year: number;
	value: number | null;
	previous_year: number;
	previous_value: number | null;
	/** value − previous_value (shares in share points); NULL when either side is unknown. */
	change: number | null;
	suppressed: boolean;
};

/** Index at or above this many city standard deviations flags an agency (project choice). */
export const DEFAULT_FLAG_THRESHOLD = 1;

/**
 * Ringkasan headline figures for a year. `agencies_flagged` counts agencies whose resistance index is
 * at least `flagThreshold`; it follows the agency filter only (the index is never per employee group).
 */
export async function headlineFigures(
	db: Db,
	params: Filters & { year: number; flagThreshold?: number }
): Promise<HeadlineRow[]> {
	const year = await checkYear(db, params.year);
	const filters = await filterParams(db, params);
	const minN = await smallCellMin(db);
	const rows = await agencyYearFigures(
		db,
		{ from: year - 1, to: year, byAgency: false, minN },
		filters
	);
	const at = (y: number) => rows.find((row) => row.year === y);
	const now = at(year);
	const before = at(year - 1);
	const threshold = params.flagThreshold ?? DEFAULT_FLAG_THRESHOLD;
	const flagged = async (y: number): Promise<number | null> => {
		const range = await yearRange(db);
		if (range.min_year === null || y < range.min_year) return null;
		const index = await changeReadinessIndex(db, { year: y, agency: params.agency });
		if (index.length === 0) return null;
		return index.filter((row) => row.resistance_index !== null && row.resistance_index >= threshold)
			.length;
	};
	const figure = (
		metric: HeadlineMetric,
		pick: (row: AgencyYearFigures) => number | null
	): HeadlineRow => {
		const value = now ? pick(now) : null;
		const previous = before ? pick(before) : null;
		return {
			metric,
			year,
			value,
			previous_year: year - 1,
			previous_value: previous,
			change: value !== null && previous !== null ? value - previous : null,
			suppressed: now?.suppressed ?? false
		};
	};
	const flaggedNow = await flagged(year);
	const flaggedBefore = await flagged(year - 1);
	return [
		figure('employees', (row) => row.n_employees),
		figure('share_baik_or_better', (row) => row.share_baik_or_better),
		figure('share_meets_20jp', (row) => row.share_meets_20jp),
		figure('unexcused_rate', (row) => row.unexcused_rate),
		{
			metric: 'agencies_flagged',
			year,
			value: flaggedNow,
			previous_year: year - 1,
			previous_value: flaggedBefore,
			change: flaggedNow !== null && flaggedBefore !== null ? flaggedNow - flaggedBefore : null,
			suppressed: false
		}
	];
}

/** Ringkasan agency comparison: the headline figures of every agency in a year, plus `'ALL'`. */
export async function agencyComparison(
	db: Db,
	params: Filters & { year: number }
): Promise<AgencyYearFigures[]> {
	const year = await checkYear(db, params.year);
	const filters = await filterParams(db, params);
	const minN = await smallCellMin(db);
	return agencyYearFigures(db, { from: year, to: year, byAgency: true, minN }, filters);
}
