import { error } from '@sveltejs/kit';
import type { DataTable } from '$lib/csv.js';
import { t, type Lang } from '$lib/i18n/index.js';
import type { Db } from '../../../../pipeline/db/connection.js';
import { EXPORT_KINDS, type ExportKind } from '../../../../pipeline/types.js';
import { RULES } from '../../../../pipeline/validate/rules.js';
import {
	checkFile,
	checkRun,
	freshnessByKind,
	latestAppraisalYear,
	latestDataRun,
	loadedFiles,
	loadHistory,
	rejectedRowsOfFile,
	rejectsByFileAndRule,
	rejectsByReason,
	type FreshnessRow,
	type LoadedFileRow,
	type LoadRunRow,
	type RejectedRow,
	type RejectReasonRow
} from '../queries/dataQuality.js';
import { warehouse } from '../warehouse.js';
import { runQuery, warehouseReady } from './query.js';

/**
 * The staleness rule of the Data page (documented on the page itself):
 * - the reference year is the newest year with annual appraisals — the year the city's appraisal
 *   cycle is complete for and the Ringkasan page opens on; without appraisals, the newest year any
 *   source covers;
 * - a source whose rows end before the reference year is stale: its figures for that year are empty;
 * - a core source with no file at all is missing; the optional ones (fingerprint logs and PIN maps,
 *   used by a few agencies only; awards and sanctions) are merely not loaded yet;
 * - awards and sanctions are events — a year without one is normal — and a PIN map has no period,
 *   so these are never stale, only loaded.
 */
export type SourceStatus = 'current' | 'stale' | 'missing' | 'loaded' | 'optional';

/** The sources every year of the dashboard draws on. */
export const CORE_KINDS: readonly ExportKind[] = [
	'roster',
	'appraisal',
	'attendance',
	'training',
	'competency',
	'feedback',
	'org-rating'
];
/** Sources that can lack a year without anything missing. */
export const UNDATED_KINDS: readonly ExportKind[] = ['pin-map', 'awards', 'sanctions'];

export interface SourceFreshness {
	kind: ExportKind;
	status: SourceStatus;
	/** The last year the source's rows cover, or null. */
	lastYear: number | null;
	row: FreshnessRow | null;
}

const yearOf = (date: string | null): number | null => (date ? Number(date.slice(0, 4)) : null);

/** The reference year: the newest annual appraisal year, else the newest year any source covers. */
export function referenceYear(
	rows: readonly FreshnessRow[],
	appraisalYear: number | null
): number | null {
	if (appraisalYear !== null) return appraisalYear;
	const years = rows.map((row) => yearOf(row.period_to)).filter((y): y is number => y !== null);
	return years.length ? Math.max(...years) : null;
}

/** One source's status under the rule above. */
export function sourceStatus(
	kind: ExportKind,
	row: FreshnessRow | null,
	reference: number | null
): SourceStatus {
	if (!row || row.n_files === 0) return CORE_KINDS.includes(kind) ? 'missing' : 'optional';
	if (UNDATED_KINDS.includes(kind)) return 'loaded';
	const last = yearOf(row.period_to);
	if (reference !== null && (last === null || last < reference)) return 'stale';
	return 'current';
}

/** Every export kind, loaded or not, with its status; kinds in EXPORT_KINDS order. */
export function sourceFreshness(
	rows: readonly FreshnessRow[],
	appraisalYear: number | null
): { referenceYear: number | null; sources: SourceFreshness[] } {
	const reference = referenceYear(rows, appraisalYear);
	const sources = EXPORT_KINDS.map((kind) => {
		const row = rows.find((r) => r.kind === kind) ?? null;
		return {
			kind,
			status: sourceStatus(kind, row, reference),
			lastYear: yearOf(row?.period_to ?? null),
			row
		};
	});
	return { referenceYear: reference, sources };
}

/** A rule's message with the row's value replaced by "…": what any role may read about a rule. */
export function maskedMessage(
	lang: Lang,
	rule: string,
	column: string | null,
	realMessage: string | null
): string | null {
	const known = (RULES as Record<string, (typeof RULES)[keyof typeof RULES] | undefined>)[rule];
	// File-level rejections (header, kind, encoding) quote headers and file names, never row values.
	if (!known) return realMessage;
	return known.message({ column: column ?? '…', value: '…' })[lang];
}

export interface RuleSummary {
	rule: string;
	severity: string | null;
	n_rows: number;
	n_files: number;
	example: string | null;
}

export interface FileSummary extends LoadedFileRow {
	rules: { rule: string; severity: string | null; n_rows: number }[];
}

/** The individual-level part: one file's rejected rows (first `PREVIEW_ROWS`), for HR only. */
export interface FileRejects {
	fileId: number;
	fileName: string;
	total: number;
	rows: RejectedRow[];
}

export const PREVIEW_ROWS = 200;
export const HISTORY_RUNS = 50;

export interface DataPageFilters {
	runId?: number;
	fileId?: number;
}

/** `run` and `berkas` from the URL: positive whole numbers, else 400 naming what was typed. */
export function dataFiltersFromUrl(url: URL, lang: Lang): DataPageFilters {
	const number = (name: string): number | undefined => {
		const text = url.searchParams.get(name);
		if (text === null || text === '') return undefined;
		if (!/^\d{1,9}$/.test(text) || Number(text) < 1)
			error(400, t(lang, 'data.error.param', { name, value: text }));
		return Number(text);
	};
	return { runId: number('run'), fileId: number('berkas') };
}

export interface DataPage {
	runs: LoadRunRow[];
	/** The run the rule and file tables show: the URL's, else the run that produced the data. */
	runId: number | null;
	referenceYear: number | null;
	sources: SourceFreshness[];
	rules: RuleSummary[];
	files: FileSummary[];
	/** Null unless the viewer may see individual data and the URL names a file. */
	rejects: FileRejects | null;
}

/**
 * Everything the Data page draws. `hr` is the caller's one access decision (hrViewsEnabled:
 * BKPSDM); without it the individual-level part is never queried.
 */
export async function dataPageData(
	lang: Lang,
	filters: DataPageFilters,
	hr: boolean
): Promise<DataPage> {
	return runQuery(lang, async (db) => {
		const runs = await loadHistory(db, { limit: HISTORY_RUNS });
		const runId =
			filters.runId !== undefined
				? await checkRun(db, filters.runId)
				: ((await latestDataRun(db)) ?? runs[0]?.run_id ?? null);
		const fileId = hr && filters.fileId !== undefined ? await checkFile(db, filters.fileId) : null;
		const scope = runId === null ? {} : { runId };
		const [fresh, appraisalYear, reasons, files, fileRules, rejects] = await Promise.all([
			freshnessByKind(db),
			latestAppraisalYear(db),
			rejectsByReason(db, scope),
			loadedFiles(db, scope),
			rejectsByFileAndRule(db, scope),
			fileId === null ? null : fileRejects(db, fileId)
		]);
		const { referenceYear, sources } = sourceFreshness(fresh, appraisalYear);
		return {
			runs,
			runId,
			referenceYear,
			sources,
			rules: reasons.map((row) => ruleSummary(lang, row)),
			files: files.map((file) => ({
				...file,
				rules: fileRules
					.filter((r) => r.file_id === file.file_id)
					.map(({ rule, severity, n_rows }) => ({ rule, severity, n_rows }))
			})),
			rejects
		};
	});
}

function ruleSummary(lang: Lang, row: RejectReasonRow): RuleSummary {
	const real = lang === 'en' ? row.example_message_en : row.example_message;
	return {
		rule: row.rule,
		severity: row.severity,
		n_rows: row.n_rows,
		n_files: row.n_files,
		example: maskedMessage(lang, row.rule, row.column_name, real)
	};
}

async function fileRejects(db: Db, fileId: number): Promise<FileRejects> {
	const [rows, file] = await Promise.all([
		rejectedRowsOfFile(db, { fileId, limit: PREVIEW_ROWS }),
		loadedFiles(db, { fileId }).then((files) => files[0])
	]);
	return { fileId, fileName: file?.file_name ?? '', total: file?.n_rejects ?? rows.length, rows };
}

/** The rule table for its CSV (aggregate, the same for every role). */
export async function rulesCsvData(lang: Lang, filters: DataPageFilters): Promise<DataTable> {
	const rules = await runQuery(lang, async (db) => {
		const runId =
			filters.runId !== undefined ? await checkRun(db, filters.runId) : await latestDataRun(db);
		return rejectsByReason(db, runId === null ? {} : { runId });
	});
	return {
		columns: ['aturan', 'tingkat', 'jumlah', 'berkas', 'contoh_pesan'],
		rows: rules.map((row) => {
			const summary = ruleSummary(lang, row);
			return [row.rule, row.severity ?? '', row.n_rows, row.n_files, summary.example ?? ''];
		})
	};
}

/** Every rejected row of one file, as the officer fixes them: individual-level, HR only. */
export async function rejectsCsvData(
	lang: Lang,
	fileId: number
): Promise<{ fileName: string; table: DataTable }> {
	const { rows, fileName } = await runQuery(lang, async (db) => {
		const rejected = await rejectedRowsOfFile(db, { fileId });
		const [file] = await loadedFiles(db, { fileId });
		return { rows: rejected, fileName: file?.file_name ?? String(fileId) };
	});
	return {
		fileName,
		table: {
			// Machine column names like the other CSVs; the message follows the page's language.
			columns: ['berkas', 'baris', 'kolom', 'nilai', 'aturan', 'tingkat', 'pesan', 'data_baris'],
			rows: rows.map((row) => [
				row.file,
				row.line,
				row.column_name ?? '',
				row.value ?? '',
				row.rule,
				row.severity ?? '',
				(lang === 'en' ? row.message_en : row.message) ?? '',
				row.row_data ?? ''
			])
		}
	};
}

/**
 * What /api/pembaruan answers: when the warehouse file was last replaced and the run that produced
 * its data. The mtime is read after the query, so it is never older than the file the run id came
 * from; a banner that saw this mtime at render time can therefore trust the run id as its baseline.
 */
export async function dataVersion(): Promise<{ updatedAt: string | null; runId: number | null }> {
	if (!warehouseReady()) return { updatedAt: null, runId: null };
	const runId = await warehouse.use((db) => latestDataRun(db));
	return { updatedAt: warehouse.updatedAt()?.toISOString() ?? null, runId };
}
