import { describe, expect, it } from 'vitest';
import { withDb } from '../../pipeline/db/connection.js';
import { installNormalisers } from '../../pipeline/normalise/install.js';

const MACROS = [
	'is_missing',
	'nip_clean',
	'nip_problem',
	'nip_birth_date',
	'nip_appointment',
	'nip_gender',
	'nip_type',
	'parse_date_id',
	'parse_time_id',
	'parse_number_id',
	'parse_int_id',
	'code_key',
	'agency_key'
];
const TABLES = ['ref_agency', 'ref_agency_alias', 'ref_code', 'ref_competency'];

describe('installNormalisers', () => {
	it('creates every macro and reference table', async () => {
		await withDb(async (db) => {
			await installNormalisers(db);
			const macros = await db.all<{ name: string }>(
				`select distinct function_name as name from duckdb_functions()
				where function_type in ('macro', 'table_macro') order by name`
			);
			expect(macros.map((m) => m.name)).toEqual(expect.arrayContaining(MACROS));
			const tables = await db.all<{ name: string }>(
				`select table_name as name from information_schema.tables where table_name like 'ref_%' order by 1`
			);
			expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(TABLES));
		});
	});

	it('is idempotent: a second call on the same connection changes nothing', async () => {
		await withDb(async (db) => {
			const counts = () =>
				db.all<{ t: string; n: number }>(
					TABLES.map((t) => `select '${t}' as t, count(*)::integer as n from ${t}`).join(
						' union all '
					)
				);
			await installNormalisers(db);
			const first = await counts();
			await installNormalisers(db);
			expect(await counts()).toEqual(first);
			expect(first.every((c) => c.n > 0)).toBe(true);
			const row = await db.one<{ d: string }>(`select parse_date_id('29/11/2025') as d`);
			expect(row?.d).toBe('2025-11-29');
		});
	});

	it('leaves no helper tables behind', async () => {
		await withDb(async (db) => {
			await installNormalisers(db);
			const rows = await db.all<{ name: string }>(
				`select table_name as name from information_schema.tables where table_name not like 'ref_%'`
			);
			expect(rows).toEqual([]);
		});
	});
});
