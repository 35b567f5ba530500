import { quoteIdent, quoteLiteral } from '../db/connection.js';
import type { ColumnType } from '../kinds/KindSpec.js';

/** The DuckDB type a canonical column is stored as in the raw layer. */
export function storedType(type: ColumnType): string {
	switch (type.kind) {
		case 'date':
			return 'DATE';
		case 'timestamp':
			return 'TIMESTAMP';
		case 'time':
			return 'TIME';
		case 'number':
			return 'DOUBLE';
		case 'int':
			return 'INTEGER';
		default:
			return 'VARCHAR';
	}
}

/** A lookup join a column needs (code lists and agencies are resolved by joining their alias tables). */
export interface LookupJoin {
	alias: string;
	sql: string;
}

/**
 * SQL that turns one raw text cell into its canonical value (NULL when missing or unreadable).
 * `raw` is an SQL expression of the cell's text; `lookup` names the join alias for coded columns.
 */
export function valueSql(type: ColumnType, raw: string, lookup: string): string {
	const present = `case when is_missing(${raw}) then null else ${raw} end`;
	switch (type.kind) {
		case 'nip':
			return `nip_clean(${present})`;
		case 'text':
			return `nullif(trim(${present}), '')`;
		case 'date':
			return `parse_date_id(${present})`;
		case 'timestamp':
			return `coalesce(try_strptime(trim(${present}), ['%Y-%m-%d %H:%M:%S', '%Y/%m/%d %H:%M:%S', '%Y-%m-%d %H:%M']),
				cast(parse_date_id(${present}) as timestamp))`;
		case 'time':
			return `parse_time_id(${present})`;
		case 'number':
			return `parse_number_id(${present})`;
		case 'int':
			return `parse_int_id(${present})`;
		case 'code':
		case 'agency':
			return `${quoteIdent(lookup)}.code`;
	}
}

/** The join that resolves a coded column; the key macro is applied once per row. */
export function lookupJoin(type: ColumnType, raw: string, alias: string): LookupJoin | null {
	const a = quoteIdent(alias);
	if (type.kind === 'code') {
		return {
			alias,
			sql: `left join (select key, any_value(code) as code from ref_code where list = ${quoteLiteral(type.list)} group by key) as ${a}
				on ${a}.key = code_key(${raw})`
		};
	}
	if (type.kind === 'agency') {
		return {
			alias,
			sql: `left join (select key, any_value(code) as code from ref_agency_alias group by key) as ${a}
				on ${a}.key = agency_key(${raw})`
		};
	}
	return null;
}

/**
 * SQL giving the rule a present-but-unreadable value breaks (NULL when the value is fine or missing).
 * Rule codes are those of pipeline/validate/rules.ts.
 */
export function problemSql(type: ColumnType, raw: string, value: string): string {
	const unreadable = (rule: string) =>
		`case when not is_missing(${raw}) and ${value} is null then '${rule}' end`;
	const ranged = (rule: string, min?: number, max?: number) => {
		const bounds = [
			min === undefined ? null : `${value} < ${min}`,
			max === undefined ? null : `${value} > ${max}`
		].filter(Boolean);
		const range = bounds.length ? `when ${bounds.join(' or ')} then 'out_of_range'` : '';
		return `case when is_missing(${raw}) then null when ${value} is null then '${rule}' ${range} end`;
	};
	switch (type.kind) {
		case 'nip':
			return `case when is_missing(${raw}) then null else nip_problem(${raw}) end`;
		case 'text':
			return 'null';
		case 'date':
		case 'timestamp':
			return unreadable('date_invalid');
		case 'time':
			return unreadable('time_invalid');
		case 'number':
			return ranged('number_invalid', type.min, type.max);
		case 'int':
			return ranged('number_invalid', type.min, type.max);
		case 'code':
			return unreadable('unknown_code');
		case 'agency':
			return unreadable('unknown_agency');
	}
}
