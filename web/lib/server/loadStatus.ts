import { existsSync } from 'node:fs';
import { warehouse } from './warehouse.js';

export interface KindStatus {
	kind: string;
	files: number;
	rows_loaded: number;
	rows_rejected: number;
	last_loaded: string;
}

export interface LoadStatus {
	ready: boolean;
	updatedAt: string | null;
	runs: number;
	kinds: KindStatus[];
}

/** What is in the warehouse: per export kind, files and rows loaded, rows rejected, last load. */
export async function loadStatus(): Promise<LoadStatus> {
	if (!existsSync(warehouse.path)) return { ready: false, updatedAt: null, runs: 0, kinds: [] };
	return warehouse.use(async (db) => {
		const kinds = await db.all<KindStatus>(
			`select kind, count(*)::integer as files, sum(rows_loaded)::integer as rows_loaded,
				sum(rows_rejected)::integer as rows_rejected, strftime(max(loaded_at), '%Y-%m-%d %H:%M') as last_loaded
			from etl_files where status = 'loaded' group by kind order by kind`
		);
		const runs = await db.one<{ n: number }>('select count(*)::integer as n from etl_runs');
		return {
			ready: true,
			updatedAt: warehouse.updatedAt()?.toISOString() ?? null,
			runs: runs?.n ?? 0,
			kinds
		};
	});
}
