/** One year of headline figures for the agency or the city; `agencyTrend` rows have this shape. */
export interface AgencyYearCounts {
	year: number;
	scope: 'agency' | 'city';
	n_employees: number | null;
	share_baik_or_better: number | null;
	share_meets_20jp: number | null;
	unexcused_rate: number | null;
	suppressed: boolean;
}

export const AGENCY_METRICS = [
	'employees',
	'share_baik_or_better',
	'share_meets_20jp',
	'unexcused_rate'
] as const;

export type AgencyMetric = (typeof AGENCY_METRICS)[number];

/** One headline card of the agency page: the agency's value, its change, and the city's value. */
export interface AgencyFigure {
	metric: AgencyMetric;
	value: number | null;
	previous_year: number;
	/** value − last year's value (shares in share points); null when either is unknown. */
	change: number | null;
	city: number | null;
	suppressed: boolean;
}

function pick(row: AgencyYearCounts | undefined, metric: AgencyMetric): number | null {
	if (!row) return null;
	return metric === 'employees' ? row.n_employees : row[metric];
}

/** The agency's figures for `year` with the change from the year before and the city beside them. */
export function agencyFigures(rows: readonly AgencyYearCounts[], year: number): AgencyFigure[] {
	const at = (scope: AgencyYearCounts['scope'], y: number) =>
		rows.find((row) => row.scope === scope && row.year === y);
	const now = at('agency', year);
	const before = at('agency', year - 1);
	const city = at('city', year);
	return AGENCY_METRICS.map((metric) => {
		const value = pick(now, metric);
		const previous = pick(before, metric);
		return {
			metric,
			value,
			previous_year: year - 1,
			change: value !== null && previous !== null ? value - previous : null,
			city: pick(city, metric),
			suppressed: now?.suppressed ?? false
		};
	});
}
