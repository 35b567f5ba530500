import { quoteIdent, quoteLiteral, type Db } from '../db/connection.js';
import type { HeaderMapping } from '../kinds/mapHeader.js';
import type { KindSpec } from '../kinds/KindSpec.js';
import { lookupJoin, problemSql, storedType, valueSql } from '../normalise/columnSql.js';
import { kindChecks } from '../validate/kindChecks.js';
import type { SourceTable } from '../types.js';
import { contextColumns, rawTableColumns } from './rawTable.js';

export interface StageContext {
	fileId: number;
	/** Snapshot date of a roster. */
	asOf?: string | null;
	/** Device or agency a punch log / PIN map belongs to. */
	device?: string | null;
}

/**
 * Words that open the summary and signature rows offices put below the data (totals, "Mengetahui",
 * "Kepala Dinas", the place-and-date line). Only rows that also fail a rule are tested against it.
 */
const FOOTER =
	'^\\s*(jumlah|total|sub ?total|rekapitulasi|mengetahui|kepala|sekretaris|a\\.?\\s?n\\.?\\s|plt\\.?\\s|plh\\.?\\s|dicetak|ttd|catatan|keterangan\\s*:|bukittinggi,)';

/**
 * Builds the staged table of one file in ONE pass over the reader's text table: every canonical column
 * normalised, coded columns resolved by join, and `__problems` listing each rule a row breaks.
 * Returns the staged table's name. Columns: `__line`, the raw table's columns (less lineage), `__problems`.
 */
export async function stageFile(
	db: Db,
	source: SourceTable,
	spec: KindSpec,
	mapping: HeaderMapping,
	context: StageContext
): Promise<string> {
	const table = `stg_${source.table}`;
	const cell = (index: number) => `s.${quoteIdent(`c${index}`)}`;
	const headerOf = (name: string) => {
		const index = mapping.columns.get(name);
		return quoteLiteral(index === undefined ? name : (source.header[index] ?? name));
	};

	const joins: string[] = [];
	const inner: string[] = ['s."__line" as "__line"'];
	const problems: string[] = [];
	for (const column of spec.columns) {
		const index = mapping.columns.get(column.name);
		const name = quoteIdent(column.name);
		const rawName = quoteIdent(`__r_${column.name}`);
		if (index === undefined) {
			inner.push(`null::${storedType(column.type)} as ${name}`, `null::varchar as ${rawName}`);
			continue;
		}
		const raw = cell(index);
		const join = lookupJoin(column.type, raw, `j_${column.name}`);
		if (join) joins.push(join.sql);
		let value = valueSql(column.type, raw, `j_${column.name}`);
		const fallback = spec.defaults?.[column.name];
		if (fallback) value = `coalesce(${value}, case when is_missing(${raw}) then ${fallback} end)`;
		inner.push(`${value} as ${name}`, `${raw} as ${rawName}`);
		// Checks run one level up, on the staged columns, so no normaliser is evaluated twice.
		const rawCol = `t.${rawName}`;
		const rule = problemSql(column.type, rawCol, `t.${name}`);
		const required = column.required && !fallback;
		const check = required
			? `case when is_missing(${rawCol}) then 'required_missing' else ${rule} end`
			: rule;
		problems.push(`{'col': ${headerOf(column.name)}, 'val': ${rawCol}, 'rule': ${check}}`);
	}

	for (const group of spec.requireOneOf ?? []) {
		const mapped = group.filter((name) => mapping.columns.has(name));
		if (mapped.length === 0) continue;
		const allEmpty = mapped.map((name) => `${quoteIdent(name)} is null`).join(' and ');
		problems.push(
			`{'col': ${headerOf(mapped[0] ?? '')}, 'val': null::varchar, 'rule': case when ${allEmpty}
				then 'required_missing' end}`
		);
	}

	// Context columns: the snapshot date of a roster, the device of punches and its PIN→NIP mapping.
	for (const column of contextColumns(spec)) {
		if (column.name === 'as_of') inner.push(`${literalOrNull(context.asOf)}::date as as_of`);
		if (column.name === 'device') inner.push(`${literalOrNull(context.device)} as device`);
		if (column.name === 'nip' && spec.kind === 'punches') {
			const pin = cell(mapping.columns.get('pin') ?? 0);
			joins.push(
				`left join (select pin, any_value(nip) as nip from raw_pin_map
					where device = ${literalOrNull(context.device)} group by pin) as pm on pm.pin = trim(${pin})`
			);
			inner.push('pm.nip as nip');
		}
	}

	const keyColumn = spec.columns.find((c) => c.required) ?? spec.columns[0];
	const keyIndex = keyColumn ? mapping.columns.get(keyColumn.name) : undefined;
	const cells = source.header.map((_, i) => `coalesce(${cell(i)}, '')`).join(", ' ', ");
	const keyRaw = keyIndex === undefined ? 'null' : cell(keyIndex);
	const keyBad =
		keyColumn?.type.kind === 'nip'
			? `is_missing(${keyRaw}) or nip_problem(${keyRaw}) is not null`
			: `is_missing(${keyRaw})`;
	inner.push(`case when ${keyBad} then lower(concat(${cells})) end as "__rowtext"`);

	const extras = mapping.extras;
	inner.push(
		extras.length
			? `json_object(${extras.map((e) => `${quoteLiteral(e.name)}, ${cell(e.index)}`).join(', ')}) as "_extra"`
			: 'null::json as "_extra"'
	);

	const checks = [...problems, ...kindChecks(spec.kind, headerOf)];
	const firstCell = source.header.length ? cell(0) : 'null';
	inner.push(`${firstCell} as "__first"`);

	const keep = rawTableColumns(spec)
		.filter((c) => !['_file_id', '_line', '_extra'].includes(c.name))
		.map((c) =>
			c.name.endsWith('_raw') && !spec.columns.some((s) => s.name === c.name)
				? `t.${quoteIdent(`__r_${c.name.slice(0, -4)}`)} as ${quoteIdent(c.name)}`
				: `t.${quoteIdent(c.name)}`
		);

	const sql = `
		create or replace temp table ${quoteIdent(table)} as
		with t as (
			select ${inner.join(',\n')}
			from ${quoteIdent(source.table)} as s
			${joins.join('\n')}
		),
		checked as (
			select t.*, list_filter([${checks.join(',\n')}], lambda p: p.rule is not null) as "__all"
			from t
		)
		select t."__line", ${keep.join(', ')}, t."_extra",
			case when len(t."__all") > 0 and regexp_matches(t."__rowtext", ${quoteLiteral(FOOTER)})
				then [{'col': null::varchar, 'val': t."__first", 'rule': 'not_data_row'}]
				else t."__all" end as "__problems"
		from checked as t`;
	await db.run(sql);
	return table;
}

function literalOrNull(value: string | null | undefined): string {
	return value === null || value === undefined ? 'null' : quoteLiteral(value);
}
