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
	/** A view of every row: `__line`, the raw table's columns, `_extra`. */
	table: string;
	/** The rows that break a rule: `__line`, `__problems` (rule list), `__error` (keep the row out). */
	problems: string;
	/** A view of `__line` and the natural-key columns only: duplicate detection needs no other join. */
	keys: string;
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
 * Stages one file. Each mapped column is normalised and checked once per DISTINCT value (a dictionary
 * table: exports repeat NIPs, dates, times and codes millions of times), then joined back to the rows.
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
	const dictionaries: { dict: string; index: number }[] = [];
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
		dictionaries.push({ dict, index });
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
	const rowChecks = kindChecks(spec.kind, headerOf);
	const cellChecksOnly = checks.length === dictionaries.length && rowChecks.length === 0;
	checks.push(...rowChecks);

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
				on pmx.scheme = 'PMPANRB6_2022' and pmx.rating_hasil_kerja = ${dict('rating_hasil_kerja')}.val
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
	const firstHeader = quoteLiteral(source.header[0] ?? '');
	const notData = `[{'col': ${firstHeader}::varchar, 'val': t."__first", 'rule': 'not_data_row'}]`;

	// The staged rows are a view: values are joined from the dictionaries each time they are read, which
	// is cheaper than writing a second copy of a ten-million-row file. Only rows that break a rule are
	// materialised, in the small problems table.
	const staged = (from: string) => `
		with t as (
			select ${columns.join(',\n')}
			from ${from} as s
			${joins.join('\n')}
		)
		select t."__line", ${keep.join(', ')}, t."_extra", t."__rowtext", t."__first",
			${anyRule} as "__any",
			case when ${anyRule} then list_filter([${problemList}], lambda p: p.rule is not null) end as "__all"
		from t`;
	await db.run(
		`create or replace temp view ${quoteIdent(table)} as ${staged(quoteIdent(source.table))}`
	);
	// When every rule is a cell rule, only rows holding a value a dictionary flagged can break one.
	const candidates = cellChecksOnly
		? `(select * from ${quoteIdent(source.table)} where "__line" in (${suspectLines(source.table, dictionaries)}))`
		: quoteIdent(source.table);
	const keyView = `keys_${source.table}`;
	const keyJoins = spec.naturalKey.flatMap((name) => {
		const index = mapping.columns.get(name);
		if (index === undefined) return [];
		const d = quoteIdent(`d_${source.table}_${name}`);
		return [`left join ${d} on ${d}.raw is not distinct from ${cell(index)}`];
	});
	// Key parts that come from the file's context (snapshot date, device) are the same on every row of
	// one file, so they play no part in finding its duplicates.
	const keyColumns = spec.naturalKey.map((name) =>
		mapping.columns.has(name)
			? `${quoteIdent(`d_${source.table}_${name}`)}.vid as ${quoteIdent(name)}`
			: `null::integer as ${quoteIdent(name)}`
	);
	await db.run(`create or replace temp view ${quoteIdent(keyView)} as
		select s."__line", ${keyColumns.join(', ')} from ${quoteIdent(source.table)} as s ${keyJoins.join('\n')}`);
	const problems = `prob_${source.table}`;
	scratch.unshift(problems);
	await db.run(`
		create or replace temp table ${quoteIdent(problems)} as
		with checked as (
			select "__line", "__rowtext", "__first", "__all" from (${staged(candidates)}) where "__any"
		),
		footer as (
			-- Below the first total or signature line, a row that breaks a rule is part of the footer
			-- (the signer's name, rank and NIP lines), not a bad data row.
			select min("__line") as first_line from checked
			where regexp_matches("__rowtext", ${quoteLiteral(FOOTER)})
		),
		marked as (
			select t.*, coalesce(regexp_matches(t."__rowtext", ${quoteLiteral(FOOTER)})
				or t."__line" > f.first_line, false) as "__footer"
			from checked as t, footer as f
		)
		select t."__line",
			case when t."__footer" then ${notData} else t."__all" end as "__problems",
			t."__footer" or len(list_filter(t."__all", lambda p: p.rule in (${ERROR_RULES_SQL}))) > 0 as "__error"
		from marked as t`);
	return { table, problems, keys: keyView, scratch };
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
		-- vid: one integer per normalised value, so keys compare as integers when looking for duplicates.
		select raw, val, (${check})::varchar as rule, dense_rank() over (order by val)::integer as vid
		from (
			select v.raw as raw, ${value} as val
			from (select distinct ${quoteIdent(`c${index}`)} as raw from ${quoteIdent(sourceTable)}) as v
			${join?.sql ?? ''}
		)`;
}

/**
 * Lines whose cells include a value its dictionary flagged: a scan of the text table against the few
 * bad values, so the full join runs only for those rows. NULL cells compare through a sentinel.
 */
function suspectLines(
	sourceTable: string,
	dictionaries: { dict: string; index: number }[]
): string {
	const nul = 'chr(1)';
	const tests = dictionaries.map(
		({ dict, index }) =>
			`coalesce(${quoteIdent(`c${index}`)}, ${nul}) in (select coalesce(raw, ${nul}) from ${quoteIdent(dict)} where rule is not null)`
	);
	return `select "__line" from ${quoteIdent(sourceTable)} where ${tests.length ? tests.join(' or ') : 'false'}`;
}

function literalOrNull(value: string | null | undefined): string {
	return value === null || value === undefined ? 'null' : quoteLiteral(value);
}
