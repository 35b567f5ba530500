import { basename } from 'node:path';
import { inTransaction, quoteIdent, quoteLiteral, type Db } from '../db/connection.js';
import { PipelineError } from '../errors.js';
import { detectKind, kindSpec, looksLikeHeader, mapHeader } from '../kinds/index.js';
import type { KindSpec } from '../kinds/KindSpec.js';
import { readSource } from '../read/readSource.js';
import type { ExportKind, FileResult, Message, SourceTable } from '../types.js';
import { nextId } from './etlSchema.js';
import { fileContext } from './fileContext.js';
import { ensureRawTable, rawTableColumns } from './rawTable.js';
import { stageFile, type StagedFile } from './stageFile.js';

export interface FileToLoad {
	path: string;
	/** Path as the officer named it (relative), used in messages and the rejects file. */
	displayPath: string;
	sha256: string;
	sizeBytes: number;
}

export interface LoadOptions {
	runId: number;
	tmpDir: string;
	kind?: ExportKind;
	asOf?: string;
	device?: string;
	/** Receives how long each step took (the benchmark prints where the time goes). */
	timing?: (step: string, ms: number) => void;
}

/** A stopwatch that reports each lap to `timing`, if anyone listens. */
function stopwatch(timing?: (step: string, ms: number) => void): (step: string) => void {
	let last = performance.now();
	return (step) => {
		const now = performance.now();
		timing?.(step, now - last);
		last = now;
	};
}

/**
 * Loads one file in one transaction: read → stage (normalise + validate) → reject, deduplicate,
 * replace by natural key → log. Bad rows go to etl_rejects; a file that cannot be read or mapped is
 * rejected whole and changes nothing but the log.
 */
export async function loadFile(
	db: Db,
	file: FileToLoad,
	options: LoadOptions
): Promise<FileResult> {
	const result: FileResult = {
		path: file.displayPath,
		kind: options.kind ?? null,
		sha256: file.sha256,
		status: 'loaded',
		rowsRead: 0,
		rowsLoaded: 0,
		rowsRejected: 0,
		rowsDuplicate: 0,
		rowsReplaced: 0,
		messages: []
	};
	const earlier = await db.one<{ run_id: number; path: string }>(
		`select run_id, path from etl_files where sha256 = $sha and status = 'loaded' order by file_id limit 1`,
		{ sha: file.sha256 }
	);
	if (earlier) {
		result.status = 'unchanged';
		const prior = await db.one<{ kind: string }>(
			`select kind from etl_files where sha256 = $sha and status = 'loaded' limit 1`,
			{ sha: file.sha256 }
		);
		result.kind = (prior?.kind as ExportKind) ?? result.kind;
		result.messages.push(
			say({
				id: `Sudah dimuat pada run ${earlier.run_id} (${earlier.path}); tidak ada yang berubah.`,
				en: `Already loaded in run ${earlier.run_id} (${earlier.path}); nothing changed.`
			})
		);
		return result;
	}

	const fileId = await nextId(db, 'etl_files');
	const lap = stopwatch(options.timing);
	let source: SourceTable | null = null;
	try {
		source = await readSource(db, file.path, {
			tmpDir: options.tmpDir,
			isHeader: (cells) => looksLikeHeader(cells)
		});
		lap('read');
		for (const note of source.notes) result.messages.push(say(note));
		const kind =
			options.kind ?? (source.format === 'punches' ? 'punches' : detectKind(source.header));
		if (!kind) throw unknownKind(file.displayPath, source);
		result.kind = kind;
		const spec = kindSpec(kind);
		const mapping = mapHeader(spec, source.header);
		if (mapping.missing.length)
			throw unmappedHeader(file.displayPath, source, spec, mapping.missing);
		const context = fileContext(spec, file.displayPath, options);
		await ensureRawTable(db, spec);
		const staged = await stageFile(db, source, spec, mapping, { fileId, ...context });
		lap('normalise + validate');
		const read = source;
		await inTransaction(db, async () => {
			await settle(db, spec, staged, read, file, fileId, options.runId, result, lap);
			await logFile(db, file, fileId, options.runId, result, read, context);
		});
		lap('commit');
		for (const v of [staged.table, staged.keys])
			await db.run(`drop view if exists ${quoteIdent(v)}`);
		for (const t of staged.scratch) await db.run(`drop table if exists ${quoteIdent(t)}`);
	} catch (error) {
		if (!(error instanceof PipelineError)) throw error;
		result.status = 'rejected';
		result.rowsRead = result.rowsLoaded = result.rowsRejected = result.rowsDuplicate = 0;
		result.rowsReplaced = 0;
		result.messages.push(say(error.text));
		await inTransaction(db, async () => {
			await db.run(
				`insert into etl_rejects values ($run, $file, $line, $col, $val, $rule, $id, $en, 'error', $fid, null)`,
				{
					run: options.runId,
					file: file.displayPath,
					line: error.line ?? 0,
					col: error.column,
					val: error.value,
					rule: error.code,
					id: error.text.id,
					en: error.text.en,
					fid: fileId
				}
			);
			await logFile(db, file, fileId, options.runId, result, source, {});
		});
	} finally {
		if (source) await db.run(`drop table if exists ${quoteIdent(source.table)}`);
	}
	return result;
}

/** Rejects, duplicates and the replace-by-key insert, all inside the file's transaction. */
async function settle(
	db: Db,
	spec: KindSpec,
	staged: StagedFile,
	source: SourceTable,
	file: FileToLoad,
	fileId: number,
	runId: number,
	result: FileResult,
	lap: (step: string) => void
): Promise<void> {
	const stg = quoteIdent(staged.table);
	const prob = quoteIdent(staged.problems);
	const errorLines = `(select "__line" from ${prob} where "__error")`;
	const raw = quoteIdent(spec.table);
	const keys = spec.naturalKey.map(quoteIdent);
	const valueColumns = rawTableColumns(spec)
		.map((c) => c.name)
		.filter((name) => !['_file_id', '_line', '_extra'].includes(name));

	// Keys that occur more than once in this file: identical rows are duplicates (the first loads), rows
	// that disagree are all rejected — the file contradicts itself and nobody can say which is right.
	const keyView = quoteIdent(staged.keys);
	const sameKey = (a: string, b: string) =>
		keys.map((k) => `${a}.${k} is not distinct from ${b}.${k}`).join(' and ');
	await db.run(`create or replace temp table "__members" as
		with groups as (
			select ${keys.join(', ')} from ${keyView}
			where "__line" not in ${errorLines}
			group by ${keys.join(', ')} having count(*) > 1
		)
		select k."__line" as line, ${keys.map((k) => `k.${k}`).join(', ')}
		from ${keyView} as k join groups as g on ${sameKey('g', 'k')}
		where k."__line" not in ${errorLines}`);
	// Only the few rows that share a key are compared value by value.
	await db.run(`create or replace temp table "__dropped" as
		with members as (
			select m.*, hash(${valueColumns.map((c) => `s.${quoteIdent(c)}`).join(', ')}) as h
			from "__members" as m join ${stg} as s on s."__line" = m.line
			where s."__line" in (select line from "__members")
		),
		verdict as (
			select ${keys.join(', ')}, count(distinct h) > 1 as conflict, min(line) as keep_line,
				list(line order by line) as lines
			from members group by ${keys.join(', ')}
		)
		select m.line, v.keep_line, v.conflict, v.lines
		from members as m join verdict as v on ${sameKey('v', 'm')}`);
	const dropped = await db.one<{ conflicts: number; dups: number }>(
		`select count(*) filter (where conflict)::integer as conflicts,
			count(*) filter (where not conflict and line <> keep_line)::integer as dups from "__dropped"`
	);
	lap('duplicates');

	const targets = [...valueColumns, '_file_id', '_line', '_extra'].map(quoteIdent).join(', ');
	await db.run(
		`insert into ${raw} (${targets})
		select ${valueColumns.map((c) => `s.${quoteIdent(c)}`).join(', ')}, ${fileId}, s."__line", s."_extra"
		from ${stg} as s where s."__line" not in ${errorLines}
			and s."__line" not in (select line from "__dropped" where conflict or line <> keep_line)`
	);
	lap('insert');
	const mine = `(select * from ${raw} where "_file_id" = ${fileId})`;

	// The original rows of the rejected lines only: one filtered scan instead of a join per reject.
	await db.run(`create or replace temp table "__reject_rows" as
		select * from ${quoteIdent(source.table)}
		where "__line" in (select "__line" from ${prob} union all select line from "__dropped" where conflict)`);
	await db.run(
		`insert into etl_rejects
		select $run, $file, s."__line", p.col, p.val, p.rule,
			fill_template(r.template_id, p.col, p.val, null),
			fill_template(r.template_en, p.col, p.val, null),
			r.severity, $fid, ${rowData(source, 'src')}
		from (select "__line", unnest("__problems") as p from ${prob}) as s
		join ref_rule as r on r.rule = s.p.rule
		join "__reject_rows" as src on src."__line" = s."__line"
		union all
		select $run, $file, d.line, $keyHeader, null, 'duplicate_conflict',
			fill_template(r.template_id, $keyHeader, null, array_to_string(d.lines, ', ')),
			fill_template(r.template_en, $keyHeader, null, array_to_string(d.lines, ', ')),
			'error', $fid, ${rowData(source, 'src')}
		from "__dropped" as d join ref_rule as r on r.rule = 'duplicate_conflict'
		join "__reject_rows" as src on src."__line" = d.line
		where d.conflict`,
		{ run: runId, file: file.displayPath, fid: fileId, keyHeader: spec.naturalKey.join(' + ') }
	);
	lap('rejects');

	// The later export wins: rows of earlier files with a key this file brings are replaced.
	const matches = keys.map((k) => `r.${k} is not distinct from f.${k}`).join(' and ');
	const earlier = `from ${raw} as r where r."_file_id" <> ${fileId}
		and exists (select 1 from ${mine} as f where ${matches})`;
	const replaced = await db.one<{ n: number }>(`select count(*)::integer as n ${earlier}`);
	if (replaced?.n) {
		await db.run(`delete from ${raw} as r where r."_file_id" <> ${fileId}
			and exists (select 1 from ${mine} as f where ${matches})`);
	}
	lap('replace by key');
	const counts = await db.one<{ bad: number; loaded: number }>(
		`select (select count(*) from ${prob} where "__error")::integer as bad,
			(select count(*) from ${raw} where "_file_id" = ${fileId})::integer as loaded`
	);

	result.rowsRead = source.rowCount;
	result.rowsRejected = (counts?.bad ?? 0) + (dropped?.conflicts ?? 0);
	result.rowsDuplicate = dropped?.dups ?? 0;
	result.rowsLoaded = counts?.loaded ?? 0;
	result.rowsReplaced = replaced?.n ?? 0;
	if (result.rowsRead !== result.rowsLoaded + result.rowsRejected + result.rowsDuplicate) {
		throw new Error(`${file.displayPath}: counts do not add up (${JSON.stringify(result)})`);
	}
	if (result.rowsRejected) {
		result.messages.push(
			say({
				id: `${result.rowsRejected} baris ditolak — lihat: npm run pipeline -- rejects --run ${runId}`,
				en: `${result.rowsRejected} rows rejected — see: npm run pipeline -- rejects --run ${runId}`
			})
		);
	}
	if (result.rowsReplaced) {
		result.messages.push(
			say({
				id: `${result.rowsReplaced} baris dari ekspor sebelumnya diganti (ekspor terbaru berlaku).`,
				en: `${result.rowsReplaced} rows of earlier exports replaced (the later export wins).`
			})
		);
	}
	for (const t of ['__members', '__dropped', '__reject_rows']) await db.run(`drop table "${t}"`);
}

/** The whole original row, header → cell, so the officer can fix the row and load it again. */
function rowData(source: SourceTable, alias: string): string {
	if (!source.header.length) return 'null';
	const pairs = source.header
		.map((name, i) => `${quoteLiteral(name || `kolom_${i + 1}`)}, ${alias}.${quoteIdent(`c${i}`)}`)
		.join(', ');
	return `json_object(${pairs})`;
}

async function logFile(
	db: Db,
	file: FileToLoad,
	fileId: number,
	runId: number,
	result: FileResult,
	source: SourceTable | null,
	context: { asOf?: string | null; device?: string | null }
): Promise<void> {
	await db.run(
		`insert into etl_files values ($fid, $run, $path, $name, $sha, $size, $kind, $format, $encoding,
			$delimiter, $status, $read, $loaded, $rejected, $dup, $replaced, $asOf::date, $device,
			$messages::json, now()::timestamp)`,
		{
			fid: fileId,
			run: runId,
			path: file.displayPath,
			name: basename(file.path),
			sha: file.sha256,
			size: file.sizeBytes,
			kind: result.kind,
			format: source?.format ?? null,
			encoding: source?.encoding ?? null,
			delimiter: source?.delimiter ?? null,
			status: result.status,
			read: result.rowsRead,
			loaded: result.rowsLoaded,
			rejected: result.rowsRejected,
			dup: result.rowsDuplicate,
			replaced: result.rowsReplaced,
			asOf: context.asOf ?? null,
			device: context.device ?? null,
			messages: JSON.stringify(result.messages)
		}
	);
}

function say(message: Message): string {
	return `${message.id} / ${message.en}`;
}

function unknownKind(path: string, source: SourceTable): PipelineError {
	const found = source.header.filter(Boolean).join(', ');
	return new PipelineError(
		'unknown_kind',
		{
			id: `Jenis ekspor tidak dikenali dari judul kolomnya (${found}). Periksa baris judul kolom, atau sebutkan jenisnya dengan --kind.`,
			en: `Could not recognise the export kind from its header (${found}). Check the header row, or name the kind with --kind.`
		},
		{ file: path, line: source.headerLine }
	);
}

function unmappedHeader(
	path: string,
	source: SourceTable,
	spec: KindSpec,
	missing: string[]
): PipelineError {
	const expected = spec.columns
		.filter((c) => c.required)
		.map((c) => `${c.name} (${c.aliases.slice(0, 3).join(' / ')})`)
		.join('; ');
	const found = source.header.filter(Boolean).join(', ');
	return new PipelineError(
		'header_unmapped',
		{
			id: `Kolom wajib untuk ${spec.label.id} tidak ditemukan: ${missing.join(', ')}. Diharapkan: ${expected}. Ditemukan: ${found}. Perbaiki judul kolom lalu muat ulang.`,
			en: `Required columns for ${spec.label.en} not found: ${missing.join(', ')}. Expected: ${expected}. Found: ${found}. Fix the header and load again.`
		},
		{ file: path, line: source.headerLine }
	);
}
