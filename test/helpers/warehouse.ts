import { openDb, quoteIdent, type Db, type Row } from '../../pipeline/db/connection.js';
import { prepare } from '../../pipeline/load/runLoad.js';
import { buildModels } from '../../pipeline/models/buildModels.js';

/** A value for one cell of a raw table; DuckDB casts text to the column's DATE/TIME/TIMESTAMP type. */
export type Cell = string | number | boolean | null;

export interface Warehouse {
	db: Db;
	/** Inserts rows into a raw (or seed) table; columns are the union of the rows' keys. */
	insert(table: string, rows: readonly Record<string, Cell>[]): Promise<void>;
	/** Overrides one row of the parameters seed, as an officer would by editing the CSV. */
	setParameter(name: string, value: string): Promise<void>;
	/** Rebuilds every model in sql/. */
	build(): Promise<void>;
	rows<T extends Row = Row>(sql: string): Promise<T[]>;
}

/**
 * A fresh in-memory warehouse as a load leaves it before its first file (macros, reference and seed
 * tables, every raw table empty), closed afterwards.
 */
export async function withWarehouse<T>(fn: (warehouse: Warehouse) => Promise<T>): Promise<T> {
	const db = await openDb(':memory:');
	try {
		await prepare(db);
		return await fn({
			db,
			async insert(table, rows) {
				if (rows.length === 0) return;
				const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
				const params: Cell[] = [];
				const tuples = rows.map((row) => {
					const slots = columns.map((column) => {
						params.push(row[column] ?? null);
						return `$${params.length}`;
					});
					return `(${slots.join(', ')})`;
				});
				await db.run(
					`insert into ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) values ${tuples.join(', ')}`,
					params
				);
			},
			async setParameter(name, value) {
				await db.run('update ref_parameters set value = $value where parameter = $name', {
					name,
					value
				});
			},
			async build() {
				await buildModels(db, { log() {} });
			},
			rows: (sql) => db.all(sql)
		});
	} finally {
		db.close();
	}
}

/**
 * A valid PNS NIP (Perka BKN 22/2007): birth 1980-01-01, first appointment 2005-01, the given gender
 * and a sequence number, so tests can make as many distinct employees as they need.
 */
export function nip(sequence: number, gender: 1 | 2 = 1): string {
	return `19800101200501${gender}${String(sequence).padStart(3, '0')}`;
}
