import { quoteIdent, quoteLiteral, type Db } from '../db/connection.js';
import type { HeaderMapping } from '../kinds/mapHeader.js';
import type { ColumnDef, KindSpec } from '../kinds/KindSpec.js';
import { lookupJoin, problemSql, storedType, valueSql } from '../normalise/columnSql.js';
import { kindChecks, type RowCheck } from '../validate/kindChecks.js';
import { ERROR_RULES_SQL } from '../validate/ruleTable.js';
import type { SourceTable } from '../types.js';
import { contextColumns, rawTableColumns } from './rawTable.js';

export interface StageContext {
	fileId: number;
	/** Snapshot date of a roster. */
	asOf?: string | null;
	/** Device or agency a punch log / PIN map belongs to. */
	device?: string | null;
}

export interface StagedFile {
	table: string;
	/** Temp tables the staging made besides `table`; the caller drops them. */
	scratch: string[];
}

/**
 * Words that open the summary and signature rows offices put below the data (totals, "Mengetahui",
 * "Kepala Dinas", the place-and-date line). Only rows that also fail a rule are tested against it.
 */
const FOOTER =
	'^\\s*(jumlah|total|sub ?total|rekapitulasi|mengetahui|kepala|sekretaris|a\\.?\\s?n\\.?\\s|plt\\.?\\s|plh\\.?\\s|dicetak|ttd|catatan|keterangan\\s*:|bukittinggi,)';

/**
 * Builds the staged table of one file. Each mapped column is normalised and checked once per DISTINCT
 * value (a dictionary table: exports repeat NIPs, dates, times and codes millions of times), then
 * joined back to the rows. Columns of the result: `__line`, the raw table's columns (less lineage),
 * `_extra`, `__problems` (NULL when the row breaks no rule) and `__error` (the row must not load).
 */
export async function stageFile(
	db: Db,
	source: SourceTable,
	spec: KindSpec,
	mapping: HeaderMapping,
	context: StageContext
): Promise<StagedFile> {
	const table = `stg_${source.table}`;
	const scratch: string[] = [];
	const cell = (index: number) => `s.${quoteIdent(`c${index}`)}`;
	const headerOf = (name: string) => {
		const index = mapping.columns.get(name);
		return quoteLiteral(index === undefined ? name : (source.header[index] ?? name));
	};

	const joins: string[] = [];
	const columns: string[] = ['s."__line" as "__line"'];
	const checks: RowCheck[] = [];
	for (const column of spec.columns) {
		const index = mapping.columns.get(column.name);
		const name = quoteIdent(column.name);
		const rawName = quoteIdent(`__r_${column.name}`);
		if (index === undefined) {
			columns.push(`null::${storedType(column.type)} as ${name}`, `null::varchar as ${rawName}`);
			continue;
		}
		const dict = `d_${source.table}_${column.name}`;
		scratch.push(dict);
		await db.run(dictionarySql(dict, source.table, index, column, spec.defaults?.[column.name]));
		const d = quoteIdent(dict);
		joins.push(`left join ${d} on ${d}.raw is not distinct from ${cell(index)}`);
		const ruleName = quoteIdent(`__e_${column.name}`);
		columns.push(`${d}.val as ${name}`, `${cell(index)} as ${rawName}`, `${d}.rule as ${ruleName}`);
		checks.push({ column: headerOf(column.name), value: rawName, rule: ruleName });
	}

	for (const group of spec.requireOneOf ?? []) {
		const mapped = group.filter((name) => mapping.columns.has(name));
		if (mapped.length === 0) continue;
		const allEmpty = mapped.map((name) => `${quoteIdent(name)} is null`).join(' and ');
		checks.push({
			column: headerOf(mapped[0] ?? ''),
			value: 'null::varchar',
			rule: `case when ${allEmpty} then 'required_missing' end`
		});
	}
	checks.push(...kindChecks(spec.kind, headerOf));

	for (const column of contextColumns(spec)) {
		if (column.name === 'as_of') columns.push(`${literalOrNull(context.asOf)}::date as as_of`);
		if (column.name === 'device') columns.push(`${literalOrNull(context.device)} as device`);
		if (column.name === 'nip' && spec.kind === 'punches') {
			const pin = cell(mapping.columns.get('pin') ?? 0);
			joins.push(
				`left join (select pin, any_value(nip) as nip from raw_pin_map
					where device = ${literalOrNull(context.device)} group by pin) as pm on pm.pin = trim(${pin})`
			);
			columns.push('pm.nip as nip');
		}
	}
	if (spec.kind === 'appraisal') {
		// The predikat the PermenPANRB 6/2022 matrix gives for the two ratings (domain.md §1).
		const both =
			mapping.columns.has('rating_hasil_kerja') && mapping.columns.has('rating_perilaku');
		if (both) {
			const dict = (name: string) => quoteIdent(`d_${source.table}_${name}`);
			joins.push(`left join ref_predikat_matrix as pmx
				on pmx.rating_hasil_kerja = ${dict('rating_hasil_kerja')}.val
				and pmx.rating_perilaku = ${dict('rating_perilaku')}.val`);
		}
		columns.push(both ? 'pmx.predikat as matrix_predikat' : 'null::varchar as matrix_predikat');
	}

	// The row's own text, only for rows whose key cell is bad: footers are recognised by it.
	const keyColumn = spec.columns.find((c) => c.required) ?? spec.columns[0];
	const keyIndex = keyColumn ? mapping.columns.get(keyColumn.name) : undefined;
	const keyRule = keyIndex === undefined ? 'null' : `"d_${source.table}_${keyColumn!.name}".rule`;
	const cells = source.header.map((_, i) => `coalesce(${cell(i)}, '')`).join(", ' ', ");
	columns.push(`case when ${keyRule} is not null then lower(concat(${cells})) end as "__rowtext"`);
	columns.push(`${source.header.length ? cell(0) : 'null'} as "__first"`);
	const extras = mapping.extras;
	columns.push(
		extras.length
			? `json_object(${extras.map((e) => `${quoteLiteral(e.name)}, ${cell(e.index)}`).join(', ')}) as "_extra"`
			: 'null::json as "_extra"'
	);

	const keep = rawTableColumns(spec)
		.filter((c) => !['_file_id', '_line', '_extra'].includes(c.name))
		.map((c) =>
			c.name.endsWith('_raw') && !spec.columns.some((s) => s.name === c.name)
				? `t.${quoteIdent(`__r_${c.name.slice(0, -4)}`)} as ${quoteIdent(c.name)}`
				: `t.${quoteIdent(c.name)}`
		);
	const anyRule = checks.length
		? checks.map((c) => `(${c.rule}) is not null`).join(' or ')
		: 'false';
	const problemList = checks
		.map((c) => `{'col': ${c.column}, 'val': ${c.value}, 'rule': ${c.rule}}`)
		.join(',\n');
	const notData = `[{'col': null::varchar, 'val': t."__first", 'rule': 'not_data_row'}]`;

	await db.run(`
		create or replace temp table ${quoteIdent(table)} as
		with t as (
			select ${columns.join(',\n')}
			from ${quoteIdent(source.table)} as s
			${joins.join('\n')}
		),
		checked as (
			-- Most rows break no rule: the problem list is only built for those that do.
			select t.*, case when ${anyRule} then list_filter([${problemList}], lambda p: p.rule is not null) end as "__all"
			from t
		),
		footer as (
			-- Below the first total or signature line, a row that breaks a rule is part of the footer
			-- (the signer's name, rank and NIP lines), not a bad data row.
			select min("__line") as first_line from checked
			where "__all" is not null and regexp_matches("__rowtext", ${quoteLiteral(FOOTER)})
		),
		marked as (
			select t.*, t."__all" is not null and (regexp_matches(t."__rowtext", ${quoteLiteral(FOOTER)})
				or t."__line" > f.first_line) as "__footer"
			from checked as t, footer as f
		)
		select t."__line", ${keep.join(', ')}, t."_extra",
			case when t."__footer" then ${notData} else t."__all" end as "__problems",
			case when t."__all" is null then false
				when t."__footer" then true
				else len(list_filter(t."__all", lambda p: p.rule in (${ERROR_RULES_SQL}))) > 0 end as "__error"
		from marked as t`);
	return { table, scratch };
}

/** One row per distinct cell text: the canonical value and the rule it breaks (NULL when fine). */
function dictionarySql(
	dict: string,
	sourceTable: string,
	index: number,
	column: ColumnDef,
	fallback: string | undefined
): string {
	const join = lookupJoin(column.type, 'v.raw', 'j');
	let value = valueSql(column.type, 'v.raw', 'j');
	if (fallback) value = `coalesce(${value}, case when is_missing(v.raw) then ${fallback} end)`;
	const rule = problemSql(column.type, 'raw', 'val');
	const check =
		column.required && !fallback
			? `case when is_missing(raw) then 'required_missing' else ${rule} end`
			: rule;
	return `
		create or replace temp table ${quoteIdent(dict)} as
		select raw, val, (${check})::varchar as rule
		from (
			select v.raw as raw, ${value} as val
			from (select distinct ${quoteIdent(`c${index}`)} as raw from ${quoteIdent(sourceTable)}) as v
			${join?.sql ?? ''}
		)`;
}

function literalOrNull(value: string | null | undefined): string {
	return value === null || value === undefined ? 'null' : quoteLiteral(value);
}
