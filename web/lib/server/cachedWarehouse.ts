import type { Db, Params, Row } from '../../../pipeline/db/connection.js';
import type { WarehouseReader } from '../../../pipeline/db/warehouseReader.js';

/** SQL whose answer moves with the clock, not only with the file: never cached. */
const CLOCK = /\b(current_timestamp|current_time|now\s*\(|get_current_time|get_current_timestamp)/i;
/** SQL that reads today's date (e.g. days since a source's last file): cached per day in WIB. */
const TODAY = /\b(current_date|today\s*\()/i;

/** Today in Bukittinggi, where the connection's time zone is pinned (pipeline/db/connection.ts). */
function todayWib(): string {
	return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });
}

/**
 * Query results per warehouse file. A warehouse file is never written once readers have it (a load
 * swaps in a new file, and the reader opens a new handle for it), so while a handle lives, the same
 * SQL with the same parameters gives the same rows: they are kept per handle, and dropped with it
 * when a load replaces the file. Concurrent identical queries share one run. Callers get copies, so
 * a page that sorts or edits its rows cannot change what the next request sees.
 *
 * Measured (README "Benchmark"): the attendance pages' queries take 100–500 ms over 10 M attendance
 * rows, so 20 concurrent requests queue for seconds on 2 cores; from the cache they answer in
 * milliseconds. `KINERJA_QUERY_CACHE=off` turns it off (the benchmark measures both).
 */
export class CachedWarehouse {
	private readonly caches = new WeakMap<Db, Db>();

	constructor(
		readonly reader: WarehouseReader,
		readonly options: { enabled: boolean; maxEntries: number }
	) {}

	get path(): string {
		return this.reader.path;
	}

	use<T>(fn: (db: Db) => Promise<T>): Promise<T> {
		if (!this.options.enabled) return this.reader.use(fn);
		return this.reader.use((db) => fn(this.cached(db)));
	}

	updatedAt(): Date | null {
		return this.reader.updatedAt();
	}

	close(): void {
		this.reader.close();
	}

	private cached(db: Db): Db {
		const known = this.caches.get(db);
		if (known) return known;
		const results = new Map<string, Promise<Row[]>>();
		const max = this.options.maxEntries;
		const all = async <T extends object = Row>(sql: string, params?: Params): Promise<T[]> => {
			if (CLOCK.test(sql)) return db.all<T>(sql, params);
			const day = TODAY.test(sql) ? todayWib() : '';
			const key = `${sql}\u0000${JSON.stringify(params ?? null)}\u0000${day}`;
			let result = results.get(key);
			if (result) {
				// Least recently used goes first: re-insert on every hit.
				results.delete(key);
				results.set(key, result);
			} else {
				result = db.all<Row>(sql, params);
				results.set(key, result);
				if (results.size > max) results.delete(results.keys().next().value as string);
				// A failed query is not remembered: the next request tries again.
				result.catch(() => results.delete(key));
			}
			// Rows are flat (the dashboard's queries return scalar columns), so a copy of each row is a
			// full copy: several times cheaper than structuredClone, which showed in profiles.
			return (await result).map((row) => ({ ...row })) as T[];
		};
		const wrapped: Db = {
			path: db.path,
			conn: db.conn,
			run: (sql, params) => db.run(sql, params),
			all,
			async one<T extends object = Row>(sql: string, params?: Params): Promise<T | undefined> {
				const rows: T[] = await all<T>(sql, params);
				return rows[0];
			},
			close: () => db.close()
		};
		this.caches.set(db, wrapped);
		return wrapped;
	}
}
