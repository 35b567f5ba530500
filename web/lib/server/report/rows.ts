import type { Lang } from '../../i18n/index.js';
import { rt } from './messages.js';
import type { ReportCell } from './model.js';

/** Any row that belongs to an agency or to the city (`'ALL'`). */
export interface AgencyKeyed {
	agency_code: string | null;
	agency_name: string | null;
}

/**
 * Agency rows in print order (code A–Z) and the city row apart. Rows without an agency code are
 * left out of the print (their people stay in the city total, which only adds protection).
 */
export function splitCity<R extends AgencyKeyed>(
	rows: readonly R[]
): { city: R | null; agencies: R[] } {
	return {
		city: rows.find((row) => row.agency_code === 'ALL') ?? null,
		agencies: rows
			.filter((row) => row.agency_code !== null && row.agency_code !== 'ALL')
			.sort((a, b) => (a.agency_code ?? '').localeCompare(b.agency_code ?? ''))
	};
}

/** The code and name cells that start an agency row (the city row reads "Seluruh kota"). */
export function agencyCells(lang: Lang, row: AgencyKeyed): ReportCell[] {
	return row.agency_code === 'ALL'
		? [{ value: 'ALL' }, { value: rt(lang, 'row.city') }]
		: [{ value: row.agency_code }, { value: row.agency_name ?? row.agency_code }];
}

/** A count cell as published: the value with the reason it is hidden, if it is. */
export function count(value: number | null, hidden: ReportCell['hidden'] = null): ReportCell {
	return { value, hidden };
}

/** A ratio of two published numbers, or unknown when the denominator is zero or unknown. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
	if (numerator === null || denominator === null || denominator === 0) return null;
	return numerator / denominator;
}
