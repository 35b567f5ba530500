import type { Db } from '../../../../pipeline/db/connection.js';
import { agencyYearFigures, type AgencyYearFigures } from './agencyYearFigures.js';
import { checkAgency, checkYear, filterParams, smallCellMin, type Filters } from './filters.js';

/** One agency's identity (dim_agencies) for the OPD page header. */
export type AgencyProfileRow = {
	agency_code: string;
	agency_name: string;
	short_name: string | null;
	kind: string | null;
	tipe: string | null;
	valid_from: string | null;
	valid_to: string | null;
	successor_code: string | null;
	successor_name: string | null;
	is_current: boolean;
	n_employees_active: number;
};

/** OPD/[kode]: the agency itself; an unknown code throws QueryInputError (404). */
export async function agencyProfile(
	db: Db,
	params: { agency: string }
): Promise<AgencyProfileRow[]> {
	const agency = await checkAgency(db, params.agency);
	return db.all<AgencyProfileRow>(
		`select agency_code, agency_name, short_name, kind, tipe,
			strftime(valid_from, '%Y-%m-%d') as valid_from, strftime(valid_to, '%Y-%m-%d') as valid_to,
			successor_code, successor_name, is_current, n_employees_active::integer as n_employees_active
		from dim_agencies where agency_code = $agency`,
		{ agency }
	);
}

/** One year of the agency (`scope = 'agency'`) or the whole city under the same filters (`'city'`). */
export type AgencyTrendRow = AgencyYearFigures & { scope: 'agency' | 'city' };

/**
 * OPD/[kode]: the agency's figures per year against the city (same employee filters); with `year`,
 * that year only.
 */
export async function agencyTrend(
	db: Db,
	params: Omit<Filters, 'agency'> & { agency: string }
): Promise<AgencyTrendRow[]> {
	const agency = await checkAgency(db, params.agency);
	const year = params.year === undefined ? null : await checkYear(db, params.year);
	const filters = await filterParams(db, { ...params, agency: undefined });
	const minN = await smallCellMin(db);
	const years = await db.one<{ lo: number | null; hi: number | null }>(
		`select min(year)::integer as lo, max(year)::integer as hi from int_employee_years_active`
	);
	const from = year ?? years?.lo ?? 0;
	const to = year ?? years?.hi ?? 0;
	const name = await db.one<{ agency_name: string }>(
		'select agency_name from dim_agencies where agency_code = $agency',
		{ agency }
	);
	const [own, city] = await Promise.all([
		agencyYearFigures(db, { from, to, byAgency: false, minN }, { ...filters, agency }),
		agencyYearFigures(db, { from, to, byAgency: false, minN }, filters)
	]);
	return [
		...own.map((row): AgencyTrendRow => ({
			...row,
			agency_code: agency,
			agency_name: name?.agency_name ?? null,
			scope: 'agency'
		})),
		...city.map((row): AgencyTrendRow => ({ ...row, scope: 'city' }))
	].sort((a, b) => a.year - b.year || a.scope.localeCompare(b.scope));
}
