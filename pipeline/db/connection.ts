import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export type Params = Record<string, DuckDBValue> | DuckDBValue[];
/** A result row as JSON-safe values: BIGINT/DECIMAL arrive as strings, DATE as 'yyyy-mm-dd'. */
export type Row = Record<string, unknown>;

/** A connection with the few verbs the project uses. Every value is bound, never spliced into SQL. */
export interface Db {
	readonly path: string;
	readonly conn: DuckDBConnection;
	run(sql: string, params?: Params): Promise<void>;
	all<T extends object = Row>(sql: string, params?: Params): Promise<T[]>;
	one<T extends object = Row>(sql: string, params?: Params): Promise<T | undefined>;
	close(): void;
}

export interface OpenOptions {
	readOnly?: boolean;
	/** DuckDB memory_limit, e.g. '2GB'. */
	memoryLimit?: string;
	threads?: number;
}

/**
 * Opens a DuckDB database. Each call makes its own instance: callers own its lifetime and must not open
 * the same file twice in one process (DuckDB's lock is per process, see shared/stack.md §3.1).
 */
export async function openDb(path = ':memory:', options: OpenOptions = {}): Promise<Db> {
	const config: Record<string, string> = {};
	if (options.readOnly) config.access_mode = 'READ_ONLY';
	if (options.memoryLimit) config.memory_limit = options.memoryLimit;
	if (options.threads) config.threads = String(options.threads);
	const instance = await DuckDBInstance.create(path, config);
	const conn = await instance.connect();
	// Attendance is local time in Bukittinggi (WIB); pin it so timestamps never drift with the host.
	await conn.run(`set TimeZone = 'Asia/Jakarta'`);
	const db: Db = {
		path,
		conn,
		async run(sql, params) {
			await conn.run(sql, params);
		},
		async all<T extends object>(sql: string, params?: Params) {
			const reader = await conn.runAndReadAll(sql, params);
			return reader.getRowObjectsJson() as T[];
		},
		async one<T extends object>(sql: string, params?: Params): Promise<T | undefined> {
			const rows: T[] = await db.all<T>(sql, params);
			return rows[0];
		},
		close() {
			conn.closeSync();
			instance.closeSync();
		}
	};
	return db;
}

/** A fresh in-memory database for one piece of work (tests, scratch work); always closed afterwards. */
export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
	const db = await openDb(':memory:');
	try {
		return await fn(db);
	} finally {
		db.close();
	}
}

/** The one way identifiers enter SQL text. */
export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** For the rare literal that DuckDB will not take as a parameter (file paths in read_csv, COPY targets). */
export function quoteLiteral(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** Runs `fn` inside one transaction: all of it lands or none of it does. */
export async function inTransaction<T>(db: Db, fn: () => Promise<T>): Promise<T> {
	await db.run('begin transaction');
	try {
		const result = await fn();
		await db.run('commit');
		return result;
	} catch (error) {
		await db.run('rollback');
		throw error;
	}
}
