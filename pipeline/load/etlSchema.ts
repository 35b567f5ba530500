import type { Db } from '../db/connection.js';

/**
 * The load log lives in the warehouse next to the rows it explains, so a copied warehouse carries its
 * own history. `etl_rejects` columns up to `message` are a public contract (issue #2).
 */
export async function ensureEtlSchema(db: Db): Promise<void> {
	await db.run(`
		create table if not exists etl_runs (
			run_id INTEGER primary key,
			started_at TIMESTAMP,
			finished_at TIMESTAMP,
			command VARCHAR,
			status VARCHAR,
			files_total INTEGER,
			files_loaded INTEGER,
			files_unchanged INTEGER,
			files_rejected INTEGER,
			rows_loaded BIGINT,
			rows_rejected BIGINT,
			code_version VARCHAR
		)`);
	await db.run(`
		create table if not exists etl_files (
			file_id INTEGER primary key,
			run_id INTEGER,
			path VARCHAR,
			file_name VARCHAR,
			sha256 VARCHAR,
			size_bytes BIGINT,
			kind VARCHAR,
			format VARCHAR,
			encoding VARCHAR,
			delimiter VARCHAR,
			status VARCHAR,
			rows_read BIGINT,
			rows_loaded BIGINT,
			rows_rejected BIGINT,
			rows_duplicate BIGINT,
			rows_replaced BIGINT,
			as_of DATE,
			device VARCHAR,
			messages JSON,
			loaded_at TIMESTAMP
		)`);
	await db.run(`
		create table if not exists etl_rejects (
			run_id INTEGER,
			file VARCHAR,
			line INTEGER,
			column_name VARCHAR,
			value VARCHAR,
			rule VARCHAR,
			message VARCHAR,
			message_en VARCHAR,
			severity VARCHAR,
			file_id INTEGER,
			row_data JSON
		)`);
}

export async function nextId(db: Db, table: 'etl_runs' | 'etl_files'): Promise<number> {
	const column = table === 'etl_runs' ? 'run_id' : 'file_id';
	const row = await db.one<{ id: number }>(
		`select coalesce(max(${column}), 0)::integer + 1 as id from ${table}`
	);
	return row?.id ?? 1;
}
