import type { Db } from '../../../../pipeline/db/connection.js';
import { EXPORT_KINDS, type ExportKind } from '../../../../pipeline/types.js';
import { QueryInputError } from './QueryInputError.js';

/**
 * The load log (etl_runs, etl_files, etl_rejects) as the Data page shows it. Timestamps leave as
 * ISO 8601 with the WIB offset: the warehouse stores WIB wall-clock time (the connection pins
 * Asia/Jakarta, which has no daylight saving), and the offset lets a browser read them unambiguously.
 */
const TS = `'%Y-%m-%dT%H:%M:%S+07:00'`;

/** One load run of etl_runs with the row counts of its files added up. */
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
	rows_read: number;
	rows_loaded: number | null;
	rows_rejected: number | null;
	rows_duplicate: number;
	rows_replaced: number;
	/** Rows loaded but flagged (warning rules such as predikat_contradicts_matrix). */
	rows_flagged: number;
	code_version: string | null;
};

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
		`with files as (
			select run_id, sum(rows_read) as rows_read, sum(rows_duplicate) as rows_duplicate,
				sum(rows_replaced) as rows_replaced
			from etl_files group by run_id
		), flagged as (
			select run_id, count(*) as n from etl_rejects where severity = 'warning' group by run_id
		)
		select r.run_id::integer as run_id, strftime(r.started_at, ${TS}) as started_at,
			strftime(r.finished_at, ${TS}) as finished_at, r.command, r.status,
			r.files_total::integer as files_total, r.files_loaded::integer as files_loaded,
			r.files_unchanged::integer as files_unchanged, r.files_rejected::integer as files_rejected,
			coalesce(files.rows_read, 0)::integer as rows_read, r.rows_loaded::integer as rows_loaded,
			r.rows_rejected::integer as rows_rejected,
			coalesce(files.rows_duplicate, 0)::integer as rows_duplicate,
			coalesce(files.rows_replaced, 0)::integer as rows_replaced,
			coalesce(flagged.n, 0)::integer as rows_flagged, r.code_version
		from etl_runs as r
		left join files using (run_id)
		left join flagged using (run_id)
		order by r.run_id desc limit $limit`,
		{ limit: checkLimit(params.limit, 100) }
	);
}

/**
 * The run that produced the data the dashboard shows: the latest run that loaded at least one file
 * (a run whose files were all unchanged or rejected leaves the data as it was). Null before any.
 */
export async function latestDataRun(db: Db): Promise<number | null> {
	const row = await db.one<{ run_id: number | null }>(
		`select max(run_id)::integer as run_id from etl_runs where files_loaded > 0`
	);
	return row?.run_id ?? null;
}

/** A run id from the URL: a positive whole number of a run the warehouse logged (else 400/404). */
export async function checkRun(db: Db, runId: unknown): Promise<number> {
	if (typeof runId !== 'number' || !Number.isInteger(runId) || runId < 1)
		throw new QueryInputError('run', {
			id: `Nomor run harus bilangan bulat positif, bukan "${String(runId)}".`,
			en: `The run number must be a positive integer, not "${String(runId)}".`
		});
	const known = await db.one('select 1 as ok from etl_runs where run_id = $run', { run: runId });
	if (!known)
		throw new QueryInputError(
			'run',
			{ id: `Run ${runId} tidak ada di log muat.`, en: `Run ${runId} is not in the load log.` },
			'not_found'
		);
	return runId;
}

/** A file id from the URL: a positive whole number of a file the warehouse logged (else 400/404). */
export async function checkFile(db: Db, fileId: unknown): Promise<number> {
	if (typeof fileId !== 'number' || !Number.isInteger(fileId) || fileId < 1)
		throw new QueryInputError('file', {
			id: `Nomor berkas harus bilangan bulat positif, bukan "${String(fileId)}".`,
			en: `The file number must be a positive integer, not "${String(fileId)}".`
		});
	const known = await db.one('select 1 as ok from etl_files where file_id = $file', {
		file: fileId
	});
	if (!known)
		throw new QueryInputError(
			'file',
			{
				id: `Berkas ${fileId} tidak ada di log muat.`,
				en: `File ${fileId} is not in the load log.`
			},
			'not_found'
		);
	return fileId;
}

/** One file of etl_files with its own reject count (per-file view). */
export type LoadedFileRow = {
	file_id: number;
	run_id: number;
	path: string | null;
	file_name: string;
	kind: string | null;
	format: string | null;
	encoding: string | null;
	status: string;
	rows_read: number | null;
	rows_loaded: number | null;
	rows_rejected: number | null;
	rows_duplicate: number | null;
	rows_replaced: number | null;
	as_of: string | null;
	loaded_at: string | null;
	/** Every etl_rejects entry of the file: rejected rows and flagged (warning) rows. */
	n_rejects: number;
	n_warnings: number;
	/** Why a file was rejected whole (header, kind, encoding): no row values, safe for everyone. */
	file_message: string | null;
	file_message_en: string | null;
};

export async function loadedFiles(
	db: Db,
	params: { runId?: number; kind?: string; fileId?: number } = {}
): Promise<LoadedFileRow[]> {
	return db.all<LoadedFileRow>(
		`with rejects as (
			select file_id, count(*) as n, count(*) filter (where severity = 'warning') as warnings,
				min(message) as message, min(message_en) as message_en
			from etl_rejects group by file_id
		)
		select f.file_id::integer as file_id, f.run_id::integer as run_id, f.path, f.file_name, f.kind,
			f.format, f.encoding, f.status, f.rows_read::integer as rows_read,
			f.rows_loaded::integer as rows_loaded, f.rows_rejected::integer as rows_rejected,
			f.rows_duplicate::integer as rows_duplicate, f.rows_replaced::integer as rows_replaced,
			strftime(f.as_of, '%Y-%m-%d') as as_of, strftime(f.loaded_at, ${TS}) as loaded_at,
			coalesce(rejects.n, 0)::integer as n_rejects,
			coalesce(rejects.warnings, 0)::integer as n_warnings,
			case when f.status = 'rejected' then rejects.message end as file_message,
			case when f.status = 'rejected' then rejects.message_en end as file_message_en
		from etl_files as f left join rejects using (file_id)
		where ($run::integer is null or f.run_id = $run) and ($kind::varchar is null or f.kind = $kind)
			and ($file::integer is null or f.file_id = $file)
		order by f.file_id`,
		{ run: params.runId ?? null, kind: params.kind ?? null, file: params.fileId ?? null }
	);
}

/** How a source's rows say which period they cover; `unit` is how the page shows it. */
interface PeriodSpec {
	table: string;
	from: string;
	to: string;
	unit: 'year' | 'day';
}

const year = (column: string): Pick<PeriodSpec, 'from' | 'to' | 'unit'> => ({
	from: `min(make_date(${column}, 1, 1))`,
	to: `max(make_date(${column}, 12, 31))`,
	unit: 'year'
});
const day = (expression: string): Pick<PeriodSpec, 'from' | 'to' | 'unit'> => ({
	from: `min(${expression})`,
	to: `max(${expression})`,
	unit: 'day'
});

/**
 * The period each export kind covers, read from the rows it left in its raw table: the load log
 * records files, not the dates inside them, and only the raw tables keep each row's source. A PIN
 * map has no period. Keys are constants, never input.
 */
const PERIODS: Partial<Record<ExportKind, PeriodSpec>> = {
	roster: { table: 'raw_roster', ...day('as_of') },
	appraisal: { table: 'raw_appraisal', ...year('tahun') },
	attendance: { table: 'raw_attendance', ...day('tanggal') },
	punches: { table: 'raw_punches', ...day('waktu::date') },
	training: { table: 'raw_training', ...day('coalesce(tanggal_selesai, tanggal_mulai)') },
	competency: { table: 'raw_competency', ...day('tanggal_asesmen') },
	'org-rating': { table: 'raw_org_rating', ...year('tahun') },
	feedback: { table: 'raw_feedback', ...day('coalesce(tanggal, make_date(tahun, 12, 31))') },
	awards: { table: 'raw_awards', ...year('tahun') },
	sanctions: { table: 'raw_sanctions', ...day('coalesce(tanggal_sk, tanggal_mulai)') }
};

/** Freshness of one source kind: its files, when it was last loaded and the period its rows cover. */
export type FreshnessRow = {
	kind: string;
	n_files: number;
	rows_loaded: number;
	last_loaded_at: string | null;
	/** The most recently loaded file of the kind. */
	last_file: string | null;
	latest_as_of: string | null;
	days_since_load: number | null;
	/** First and last day the kind's rows cover ('yyyy-mm-dd'); null for a PIN map or no rows. */
	period_from: string | null;
	period_to: string | null;
	period_unit: 'year' | 'day' | null;
};

/** One row per kind with at least one loaded file, in the order of EXPORT_KINDS. */
export async function freshnessByKind(
	db: Db,
	params: { today?: string } = {}
): Promise<FreshnessRow[]> {
	const present = new Set(
		(
			await db.all<{ table_name: string }>(
				`select table_name from information_schema.tables where starts_with(table_name, 'raw_')`
			)
		).map((row) => row.table_name)
	);
	const periods = Object.entries(PERIODS)
		.filter(([, spec]) => present.has(spec.table))
		.map(
			([kind, spec]) =>
				`select '${kind}' as kind, ${spec.from} as period_from, ${spec.to} as period_to,
					'${spec.unit}' as period_unit
				from ${spec.table}`
		);
	const periodCte = periods.length
		? periods.join('\nunion all ')
		: `select null::varchar as kind, null::date as period_from, null::date as period_to,
			null::varchar as period_unit where false`;
	const rows = await db.all<FreshnessRow>(
		`with files as (
			select kind, count(*) as n_files, sum(rows_loaded) as rows_loaded,
				max(loaded_at) as last_loaded_at, arg_max(file_name, file_id) as last_file,
				max(as_of) as latest_as_of
			from etl_files where status = 'loaded' and kind is not null
			group by kind
		), periods as (
			${periodCte}
		)
		select files.kind, files.n_files::integer as n_files,
			coalesce(files.rows_loaded, 0)::integer as rows_loaded,
			strftime(files.last_loaded_at, ${TS}) as last_loaded_at, files.last_file,
			strftime(files.latest_as_of, '%Y-%m-%d') as latest_as_of,
			date_diff('day', files.last_loaded_at::date, coalesce($today::date, current_date))::integer
				as days_since_load,
			strftime(periods.period_from, '%Y-%m-%d') as period_from,
			strftime(periods.period_to, '%Y-%m-%d') as period_to,
			case when periods.period_to is not null then periods.period_unit end as period_unit
		from files left join periods using (kind)`,
		{ today: params.today ?? null }
	);
	const order = (kind: string) => EXPORT_KINDS.indexOf(kind as ExportKind);
	return rows.sort((a, b) => order(a.kind) - order(b.kind) || a.kind.localeCompare(b.kind));
}

/**
 * The newest year with annual appraisals: the year the city's appraisal cycle is complete for, and
 * the year every other source is expected to cover (the staleness rule of the Data page).
 */
export async function latestAppraisalYear(db: Db): Promise<number | null> {
	const row = await db.one<{ year: number | null }>(
		`select max(year)::integer as year from fct_appraisals where is_annual`
	);
	return row?.year ?? null;
}

/** Rejected rows grouped by the rule that refused them. */
export type RejectReasonRow = {
	rule: string;
	severity: string | null;
	n_rows: number;
	n_files: number;
	/** The column most often named by the rule (a header, never a value). */
	column_name: string | null;
	/** A real message: it quotes a row's value (a NIP, a name), so it is individual-level. */
	example_message: string | null;
	example_message_en: string | null;
};

export async function rejectsByReason(
	db: Db,
	params: { runId?: number; fileId?: number } = {}
): Promise<RejectReasonRow[]> {
	return db.all<RejectReasonRow>(
		`select rule, any_value(severity) as severity, count(*)::integer as n_rows,
			count(distinct file_id)::integer as n_files, mode(column_name) as column_name,
			min(message) as example_message, min(message_en) as example_message_en
		from etl_rejects
		where ($run::integer is null or run_id = $run) and ($file::integer is null or file_id = $file)
		group by rule order by n_rows desc, rule`,
		{ run: params.runId ?? null, file: params.fileId ?? null }
	);
}

/** Reject counts per file and rule (aggregate: no values). */
export type FileRuleRow = {
	file_id: number;
	rule: string;
	severity: string | null;
	n_rows: number;
};

export async function rejectsByFileAndRule(
	db: Db,
	params: { runId?: number } = {}
): Promise<FileRuleRow[]> {
	return db.all<FileRuleRow>(
		`select file_id::integer as file_id, rule, any_value(severity) as severity,
			count(*)::integer as n_rows
		from etl_rejects
		where file_id is not null and ($run::integer is null or run_id = $run)
		group by file_id, rule order by file_id, n_rows desc, rule`,
		{ run: params.runId ?? null }
	);
}

/** One rejected (or flagged) row of a file, with the whole original row: individual-level. */
export type RejectedRow = {
	file: string;
	line: number;
	column_name: string | null;
	value: string | null;
	rule: string;
	severity: string | null;
	message: string | null;
	message_en: string | null;
	/** The original row as JSON text (header → cell). */
	row_data: string | null;
};

/** The rejects of one file in file order; `limit` caps what a page shows (the CSV takes all). */
export async function rejectedRowsOfFile(
	db: Db,
	params: { fileId: number; limit?: number }
): Promise<RejectedRow[]> {
	const file = await checkFile(db, params.fileId);
	return db.all<RejectedRow>(
		`select file, line::integer as line, column_name, value, rule, severity, message, message_en,
			row_data::varchar as row_data
		from etl_rejects where file_id = $file
		order by line, column_name, rule
		limit $limit`,
		{ file, limit: params.limit === undefined ? 2_000_000_000 : checkLimit(params.limit, 200) }
	);
}
