import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quoteLiteral, type Db } from '../db/connection.js';
import { PipelineError } from '../errors.js';

/** data/reference/ of this checkout: the reference files are the source of truth, tables are rebuilt. */
export const DEFAULT_REFERENCE_DIR = fileURLToPath(
	new URL('../../data/reference/', import.meta.url)
);

const csv = (path: string) =>
	`read_csv(${quoteLiteral(path)}, header = true, all_varchar = true, delim = ',', quote = '"')`;

/**
 * Builds the reference tables from data/reference/ (needs the normaliser macros):
 * - ref_competency(code, name_id, name_en, type, legal_basis, provisional) from competencies.csv;
 * - ref_code(list, key, code, label_id, label_en, legal_basis): one row per accepted spelling, keyed by
 *   code_key, from codes.csv (columns list, spelling, code, …) plus list `competency`, whose code,
 *   names and code variants (`M.01`, `M01`, `M.1`, `M.01 Integritas`) come from competencies.csv;
 * - ref_agency (every column of agencies.csv; dates and `provisional` typed) and
 *   ref_agency_alias(key, code): the agency_key of each code, name, short name and `|`-separated alias.
 * A spelling that two codes of one list claim is an error in the files, reported before any lookup
 * can pick one of them at random.
 */
export async function loadReferenceTables(db: Db, dir = DEFAULT_REFERENCE_DIR): Promise<void> {
	const codes = join(dir, 'codes.csv');
	const competencies = join(dir, 'competencies.csv');
	const agencies = join(dir, 'agencies.csv');

	await db.run(`
		create or replace table ref_competency as
		select code, name_id, name_en, type, legal_basis, coalesce(lower(provisional) = 'true', false) as provisional
		from ${csv(competencies)}
		order by code
	`);

	await db.run(`
		create or replace temp table ref_code_spelling as
		select list, spelling, code, label_id, label_en, legal_basis, 1 as priority
		from ${csv(codes)}
		union all
		select 'competency', unnest([
			code,
			replace(code, '.', ''),
			regexp_replace(code, '\\.0+(\\d)', '.\\1'),
			name_id,
			name_en,
			code || ' ' || name_id
		]), code, name_id, name_en, legal_basis, 0
		from ref_competency
	`);
	const conflicts = await db.all<{ list: string; key: string; codes: string }>(`
		select list, code_key(spelling) as key, string_agg(distinct code, ', ' order by code) as codes
		from ref_code_spelling
		group by all
		having count(distinct code) > 1
		order by all
	`);
	if (conflicts.length > 0) {
		await db.run('drop table ref_code_spelling');
		const list = conflicts.map((c) => `${c.list} "${c.key}" → ${c.codes}`).join('; ');
		throw new PipelineError('reference_conflict', {
			id: `Daftar kode di ${dir} tidak konsisten: ejaan yang sama menunjuk ke beberapa kode (${list}). Perbaiki file referensi.`,
			en: `The code lists in ${dir} disagree: one spelling points to several codes (${list}). Fix the reference files.`
		});
	}
	await db.run(`
		create or replace table ref_code as
		select list, code_key(spelling) as key, code, label_id, label_en, legal_basis
		from ref_code_spelling
		where code_key(spelling) <> ''
		qualify row_number() over (partition by list, code_key(spelling) order by priority) = 1
		order by list, code, key
	`);
	await db.run('drop table ref_code_spelling');

	await db.run(`
		create or replace table ref_agency as
		select * replace (
			cast(valid_from as date) as valid_from,
			cast(nullif(valid_to, '') as date) as valid_to,
			coalesce(lower(provisional) = 'true', false) as provisional
		)
		from ${csv(agencies)}
	`);
	await db.run(`
		create or replace table ref_agency_alias as
		select distinct agency_key(spelling) as key, code
		from (
			select code, unnest([code, name, short_name] || string_split(coalesce(aliases, ''), '|')) as spelling
			from ref_agency
		)
		where agency_key(spelling) <> ''
		order by code, key
	`);
}
