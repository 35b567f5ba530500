import { quoteIdent } from '../db/connection.js';
import type { Db } from '../db/connection.js';
import type { KindSpec } from '../kinds/KindSpec.js';
import { storedType } from '../normalise/columnSql.js';

export interface RawColumn {
	name: string;
	type: string;
}

/** Columns that come from the load's context rather than a cell (snapshot date, device of a punch log). */
export function contextColumns(spec: KindSpec): RawColumn[] {
	switch (spec.kind) {
		case 'roster':
			return [{ name: 'as_of', type: 'DATE' }];
		case 'pin-map':
			return [{ name: 'device', type: 'VARCHAR' }];
		case 'punches':
			return [
				{ name: 'device', type: 'VARCHAR' },
				{ name: 'nip', type: 'VARCHAR' }
			];
		default:
			return [];
	}
}

/**
 * The raw-layer table of a kind: canonical columns (typed), the original text of coded columns
 * (`<name>_raw`, so the label an office used is never lost), context columns and lineage.
 */
export function rawTableColumns(spec: KindSpec): RawColumn[] {
	const columns: RawColumn[] = [];
	for (const column of spec.columns) {
		columns.push({ name: column.name, type: storedType(column.type) });
		if (column.type.kind === 'code' || column.type.kind === 'agency') {
			columns.push({ name: `${column.name}_raw`, type: 'VARCHAR' });
		}
	}
	for (const column of contextColumns(spec)) {
		if (!columns.some((c) => c.name === column.name)) columns.push(column);
	}
	columns.push(
		{ name: '_file_id', type: 'INTEGER' },
		{ name: '_line', type: 'INTEGER' },
		{ name: '_extra', type: 'JSON' }
	);
	return columns;
}

/** Creates the table, or adds columns a newer spec introduced (never drops: old loads keep their data). */
export async function ensureRawTable(db: Db, spec: KindSpec): Promise<void> {
	const columns = rawTableColumns(spec);
	const list = columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
	await db.run(`create table if not exists ${quoteIdent(spec.table)} (${list})`);
	for (const c of columns) {
		await db.run(
			`alter table ${quoteIdent(spec.table)} add column if not exists ${quoteIdent(c.name)} ${c.type}`
		);
	}
}
