import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quoteIdent, quoteLiteral, type Db } from '../db/connection.js';
import { DEFAULT_REFERENCE_DIR } from '../normalise/reference.js';

/** Rule tables (matrix, bands, thresholds) live as CSV seeds in sql/seeds: one file, one table of the same name. */
export const SEEDS_DIR = fileURLToPath(new URL('../../sql/seeds/', import.meta.url));

export async function installSeeds(db: Db, dir = SEEDS_DIR): Promise<string[]> {
	const names: string[] = [];
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.csv'))
		.sort()) {
		const table = file.slice(0, -4);
		await db.run(
			`create or replace table ${quoteIdent(table)} as
			select * from read_csv(${quoteLiteral(join(dir, file))}, header = true, delim = ',', quote = '"')`
		);
		names.push(table);
	}
	// Holidays and cuti bersama (data/reference/holidays.csv) take working days out of the calendar models.
	await db.run(
		`create or replace table ref_holiday as
		select * from read_csv(${quoteLiteral(join(DEFAULT_REFERENCE_DIR, 'holidays.csv'))}, header = true,
			delim = ',', quote = '"', columns = {'date': 'DATE', 'name': 'VARCHAR', 'kind': 'VARCHAR', 'legal_basis': 'VARCHAR'})`
	);
	names.push('ref_holiday');
	return names;
}
