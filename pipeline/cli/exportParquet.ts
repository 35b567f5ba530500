import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { quoteIdent, quoteLiteral, type Db } from '../db/connection.js';

interface ColumnInfo extends Record<string, unknown> {
	table_name: string;
	column_name: string;
	data_type: string;
}

/**
 * Writes every warehouse table as Parquet (zstd) under DIR/<table>/, partitioned by year where the table
 * has one (a `year`/`tahun` column, else its first date column), so any other engine can read the same data.
 */
export async function exportParquet(
	db: Db,
	dir: string
): Promise<{ table: string; partitioned: boolean }[]> {
	const out = resolve(dir);
	mkdirSync(out, { recursive: true });
	const columns = await db.all<ColumnInfo>(
		`select table_name, column_name, data_type from information_schema.columns
		where table_schema = 'main' and table_catalog = current_database()
		order by table_name, ordinal_position`
	);
	const tables = [...new Set(columns.map((c) => c.table_name))];
	const written: { table: string; partitioned: boolean }[] = [];
	for (const table of tables) {
		const own = columns.filter((c) => c.table_name === table);
		const yearColumn = own.find((c) => ['year', 'tahun'].includes(c.column_name));
		const dateColumn = own.find(
			(c) => c.data_type === 'DATE' || c.data_type.startsWith('TIMESTAMP')
		);
		const year = yearColumn
			? quoteIdent(yearColumn.column_name)
			: dateColumn
				? `year(${quoteIdent(dateColumn.column_name)})`
				: null;
		const target = join(out, table);
		if (year) {
			await db.run(
				`copy (select *, ${year} as partition_year from ${quoteIdent(table)})
				to ${quoteLiteral(target)} (format parquet, compression zstd, partition_by (partition_year), overwrite_or_ignore true)`
			);
		} else {
			mkdirSync(target, { recursive: true });
			await db.run(
				`copy ${quoteIdent(table)} to ${quoteLiteral(join(target, 'data.parquet'))} (format parquet, compression zstd)`
			);
		}
		written.push({ table, partitioned: year !== null });
	}
	return written;
}
