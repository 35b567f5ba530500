import type { Db } from '../../../../pipeline/db/connection.js';
import { QueryInputError } from './QueryInputError.js';

/** One load run of etl_runs; timestamps as 'yyyy-mm-dd hh:mm:ss' (WIB). */
export type LoadRunRow = {
	run_id: number;
	started_at: string;
	finished_at: string | null;
	command: string | null;
	status: string;
	files_total: number | null;
	files_loaded: number | null;
	files_unchanged: number | null;
	files_rejected: number | null;
	rows_loaded: number | null;
	rows_rejected: number | null;
	code_version: string | null;
};

const TS = `'%Y-%m-%d %H:%M:%S'`;

function checkLimit(limit: number | undefined, fallback: number): number {
	const value = limit ?? fallback;
	if (!Number.isInteger(value) || value < 1 || value > 10000)
		throw new QueryInputError('limit', {
			id: 'Batas baris harus 1–10000.',
			en: 'The row limit must be 1–10000.'
		});
	return value;
}

/** Data: load history, newest first. */
export async function loadHistory(db: Db, params: { limit?: number } = {}): Promise<LoadRunRow[]> {
	return db.all<LoadRunRow>(
		`select run_id::integer as run_id, strftime(started_at, ${TS}) as started_at,
			strftime(finished_at, ${TS}) as finished_at, command, status,
			files_total::integer as files_total, files_loaded::integer as files_loaded,
			files_unchanged::integer as files_unchanged, files_rejected::integer as files_rejected,
			rows_loaded::integer as rows_loaded, rows_rejected::integer as rows_rejected, code_version
		from etl_runs order by run_id desc limit $limit`,
		{ limit: checkLimit(params.limit, 100) }
	);
}

/** One file of etl_files with its own reject count (per-file view). */
export type LoadedFileRow = {
	file_id: number;
	run_id: number;
	file_name: string;
	kind: string | null;
	format: string | null;
	encoding: string | null;
	status: string;
	rows_read: number | null;
	rows_loaded: number | null;
	rows_rejected: number | null;
	rows_duplicate: number | null;
	as_of: string | null;
	loaded_at: string | null;
	n_rejects: number;
};

export async function loadedFiles(
	db: Db,
	params: { runId?: number; kind?: string } = {}
): Promise<LoadedFileRow[]> {
	return db.all<LoadedFileRow>(
		`with rejects as (select file_id, count(*) as n from etl_rejects group by file_id)
		select f.file_id::integer as file_id, f.run_id::integer as run_id, f.file_name, f.kind, f.format,
			f.encoding, f.status, f.rows_read::integer as rows_read, f.rows_loaded::integer as rows_loaded,
			f.rows_rejected::integer as rows_rejected, f.rows_duplicate::integer as rows_duplicate,
			strftime(f.as_of, '%Y-%m-%d') as as_of, strftime(f.loaded_at, ${TS}) as loaded_at,
			coalesce(rejects.n, 0)::integer as n_rejects
		from etl_files as f left join rejects using (file_id)
		where ($run::integer is null or f.run_id = $run) and ($kind::varchar is null or f.kind = $kind)
		order by f.file_id`,
		{ run: params.runId ?? null, kind: params.kind ?? null }
	);
}

/** Freshness of one source kind: when it was last loaded and the newest as-of date. */
export type FreshnessRow = {
	kind: string;
	n_files: number;
	rows_loaded: number;
	last_loaded_at: string | null;
	latest_as_of: string | null;
	days_since_load: number | null;
};

export async function freshnessByKind(
	db: Db,
	params: { today?: string } = {}
): Promise<FreshnessRow[]> {
	return db.all<FreshnessRow>(
		`select kind, count(*)::integer as n_files, coalesce(sum(rows_loaded), 0)::integer as rows_loaded,
			strftime(max(loaded_at), ${TS}) as last_loaded_at,
			strftime(max(as_of), '%Y-%m-%d') as latest_as_of,
			date_diff('day', max(loaded_at)::date, coalesce($today::date, current_date))::integer
				as days_since_load
		from etl_files where status = 'loaded' and kind is not null
		group by kind order by kind`,
		{ today: params.today ?? null }
	);
}

/** Rejected rows grouped by the rule that refused them. */
export type RejectReasonRow = {
	rule: string;
	severity: string | null;
	n_rows: number;
	n_files: number;
	example_message: string | null;
	example_message_en: string | null;
};

export async function rejectsByReason(
	db: Db,
	params: { runId?: number; fileId?: number } = {}
): Promise<RejectReasonRow[]> {
	return db.all<RejectReasonRow>(
		`select rule, any_value(severity) as severity, count(*)::integer as n_rows,
			count(distinct file_id)::integer as n_files, min(message) as example_message,
			min(message_en) as example_message_en
		from etl_rejects
		where ($run::integer is null or run_id = $run) and ($file::integer is null or file_id = $file)
		group by rule order by n_rows desc, rule`,
		{ run: params.runId ?? null, file: params.fileId ?? null }
	);
}
