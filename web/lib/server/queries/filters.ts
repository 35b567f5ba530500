import type { Db } from '../../../../pipeline/db/connection.js';
import { QueryInputError } from './QueryInputError.js';

/** The filters every page shares; each is optional and validated before it reaches SQL. */
export interface Filters {
	year?: number;
	agency?: string;
	/** PNS includes CPNS (candidates hold a PNS NIP); PPPK are contract staff. */
	employeeType?: EmployeeType;
	/** `jenis_jabatan` of dim_employees (JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA). */
	positionKind?: string;
}

export type EmployeeType = 'PNS' | 'PPPK';
export const EMPLOYEE_TYPES: readonly EmployeeType[] = ['PNS', 'PPPK'];

/** Bound parameters for the employee filters; every query that uses `employeeFilterSql` binds these. */
export interface FilterParams {
	[key: string]: string | number | null;
	agency: string | null;
	employee_type: string | null;
	position_kind: string | null;
}

export interface YearRange extends Record<string, unknown> {
	min_year: number | null;
	max_year: number | null;
}

/** Years the warehouse holds any annual figure for (appraisals, training or attendance). */
export async function yearRange(db: Db): Promise<YearRange> {
	const row = await db.one<YearRange>(
		`select min(year)::integer as min_year, max(year)::integer as max_year from (
			select year from fct_appraisals
			union all select year from agg_training_employee_year
			union all select year from agg_discipline_employee_year
		)`
	);
	return row ?? { min_year: null, max_year: null };
}

/**
 * A year the warehouse holds. Out of range is a bad request (400), like a malformed year: a year is a
 * filter value the page offers from a list, not a resource that may exist elsewhere.
 */
export async function checkYear(db: Db, year: unknown, field = 'year'): Promise<number> {
	if (typeof year !== 'number' || !Number.isInteger(year))
		throw new QueryInputError(field, {
			id: `Tahun harus bilangan bulat, bukan "${String(year)}".`,
			en: `The year must be an integer, not "${String(year)}".`
		});
	const range = await yearRange(db);
	if (
		range.min_year === null ||
		range.max_year === null ||
		year < range.min_year ||
		year > range.max_year
	)
		throw new QueryInputError(field, {
			id: `Tahun ${year} tidak ada di gudang data; pilih tahun ${range.min_year ?? '–'}–${range.max_year ?? '–'}.`,
			en: `Year ${year} is not in the warehouse; choose a year from ${range.min_year ?? '–'} to ${range.max_year ?? '–'}.`
		});
	return year;
}

export async function checkAgency(db: Db, agency: unknown, field = 'agency'): Promise<string> {
	const known =
		typeof agency === 'string' &&
		(await db.one('select 1 as ok from dim_agencies where agency_code = $agency', { agency }));
	if (!known)
		throw new QueryInputError(
			field,
			{
				id: `Kode OPD "${String(agency)}" tidak dikenal; pilih OPD dari daftar di halaman OPD.`,
				en: `Unknown agency code "${String(agency)}"; choose one from the list on the Agencies page.`
			},
			'not_found'
		);
	return agency as string;
}

export async function checkPositionKind(db: Db, kind: unknown): Promise<string> {
	const known =
		typeof kind === 'string' &&
		(await db.one('select 1 as ok from dim_employees where jenis_jabatan = $kind limit 1', {
			kind
		}));
	if (!known)
		throw new QueryInputError('positionKind', {
			id: `Jenis jabatan "${String(kind)}" tidak dikenal.`,
			en: `Unknown position kind "${String(kind)}".`
		});
	return kind as string;
}

function checkEmployeeType(type: unknown): EmployeeType {
	if (!EMPLOYEE_TYPES.includes(type as EmployeeType))
		throw new QueryInputError('employeeType', {
			id: `Jenis pegawai harus PNS atau PPPK, bukan "${String(type)}".`,
			en: `The employee type must be PNS or PPPK, not "${String(type)}".`
		});
	return type as EmployeeType;
}

/** Validates the agency and employee filters (not the year: callers decide if it is required). */
export async function filterParams(db: Db, filters: Filters): Promise<FilterParams> {
	return {
		agency: filters.agency === undefined ? null : await checkAgency(db, filters.agency),
		employee_type:
			filters.employeeType === undefined ? null : checkEmployeeType(filters.employeeType),
		position_kind:
			filters.positionKind === undefined ? null : await checkPositionKind(db, filters.positionKind)
	};
}

/**
 * The WHERE conditions for the bound `FilterParams`, on a row alias carrying `agency_code` and an
 * employee alias of dim_employees. Employee type and position are the employee's current ones.
 */
export function employeeFilterSql(row: string, employee = 'e'): string {
	return `($agency::varchar is null or ${row}.agency_code = $agency)
		and ($employee_type::varchar is null
			or (case when ${employee}.employee_type = 'CPNS' then 'PNS' else ${employee}.employee_type end)
				= $employee_type)
		and ($position_kind::varchar is null or ${employee}.jenis_jabatan = $position_kind)`;
}

/** `small_cell_minimum` of ref_parameters: groups under it are published suppressed. */
export async function smallCellMin(db: Db): Promise<number> {
	const row = await db.one<{ n: number | null }>(
		`select try_cast(value as integer) as n from ref_parameters where parameter = 'small_cell_minimum'`
	);
	return row?.n ?? 5;
}

export interface YearOption extends Record<string, unknown> {
	year: number;
}

export async function listYears(db: Db): Promise<YearOption[]> {
	return db.all<YearOption>(
		`select distinct year::integer as year from (
			select year from fct_appraisals
			union all select year from agg_training_employee_year
			union all select year from agg_discipline_employee_year
		) order by year`
	);
}

export interface AgencyOption extends Record<string, unknown> {
	agency_code: string;
	agency_name: string;
	short_name: string | null;
	kind: string | null;
	is_current: boolean;
	successor_code: string | null;
	n_employees_active: number;
}

export async function listAgencies(db: Db): Promise<AgencyOption[]> {
	return db.all<AgencyOption>(
		`select agency_code, agency_name, short_name, kind, is_current, successor_code,
			n_employees_active::integer as n_employees_active
		from dim_agencies order by is_current desc, agency_name`
	);
}

export interface PositionKindOption extends Record<string, unknown> {
	position_kind: string;
	n_employees: number;
}

export async function listPositionKinds(db: Db): Promise<PositionKindOption[]> {
	return db.all<PositionKindOption>(
		`select jenis_jabatan as position_kind, count(*)::integer as n_employees
		from dim_employees where jenis_jabatan is not null group by all order by position_kind`
	);
}
