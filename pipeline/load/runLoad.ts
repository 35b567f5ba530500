import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../db/connection.js';
import { openWorkingCopy } from '../db/workingCopy.js';
import { installNormalisers } from '../normalise/install.js';
import type { Effects, ExportKind, FileResult, RunSummary } from '../types.js';
import { installRuleTable } from '../validate/ruleTable.js';
import { buildModels } from '../models/buildModels.js';
import { collectFiles } from './collectFiles.js';
import { ensureEtlSchema, nextId } from './etlSchema.js';
import { installSeeds } from './installSeeds.js';
import { KIND_SPECS } from '../kinds/registry.js';
import { ensureRawTable } from './rawTable.js';
import { loadFile } from './loadFile.js';
import { codeVersion } from './codeVersion.js';

export interface RunOptions {
	warehouse: string;
	inputs: string[];
	kind?: ExportKind;
	asOf?: string;
	device?: string;
	dryRun?: boolean;
	command?: string;
	/** Leave the SQL models as they are (the benchmark times the load alone). */
	skipModels?: boolean;
	timing?: (step: string, ms: number) => void;
}

/**
 * One load run: every file in its own transaction on a private copy of the warehouse, the SQL models
 * rebuilt, then the copy swapped in (or thrown away for --dry-run). Readers see the warehouse before
 * the run or after it, never between.
 */
export async function runLoad(options: RunOptions, effects: Effects): Promise<RunSummary> {
	const files = await collectFiles(options.inputs);
	const copy = await openWorkingCopy(options.warehouse);
	const tmpDir = mkdtempSync(join(tmpdir(), 'kinerja-load-'));
	try {
		const db = copy.db;
		await prepare(db);
		const runId = await nextId(db, 'etl_runs');
		await db.run(
			`insert into etl_runs (run_id, started_at, command, status, files_total, code_version)
			values ($run, $at::timestamptz::timestamp, $command, 'running', $n, $version)`,
			{
				run: runId,
				at: effects.now().toISOString(),
				command: options.command ?? 'load',
				n: files.length,
				version: codeVersion()
			}
		);
		const results: FileResult[] = [];
		for (const [i, file] of files.entries()) {
			effects.progress?.(i, files.length, file.displayPath);
			results.push(
				await loadFile(db, file, {
					runId,
					tmpDir,
					kind: options.kind,
					asOf: options.asOf,
					device: options.device,
					timing: options.timing
				})
			);
		}
		effects.progress?.(files.length, files.length, '');
		if (!options.skipModels && results.some((r) => r.status === 'loaded'))
			await buildModels(db, effects);
		await db.run(
			`update etl_runs set finished_at = $at::timestamptz::timestamp, status = $status,
				files_loaded = $loaded, files_unchanged = $unchanged, files_rejected = $rejected,
				rows_loaded = $rows, rows_rejected = $bad
			where run_id = $run`,
			{
				run: runId,
				at: effects.now().toISOString(),
				status: options.dryRun ? 'dry-run' : 'done',
				loaded: results.filter((r) => r.status === 'loaded').length,
				unchanged: results.filter((r) => r.status === 'unchanged').length,
				rejected: results.filter((r) => r.status === 'rejected').length,
				rows: results.reduce((sum, r) => sum + r.rowsLoaded, 0),
				bad: results.reduce((sum, r) => sum + r.rowsRejected, 0)
			}
		);
		if (options.dryRun) copy.discard();
		else await copy.commit();
		return { runId, files: results };
	} catch (error) {
		copy.discard();
		throw error;
	} finally {
		rmSync(tmpDir, { recursive: true, force: true });
	}
}

/** Everything a load needs in the working copy: log tables, normaliser macros, reference and rule tables. */
export async function prepare(db: Db): Promise<void> {
	await ensureEtlSchema(db);
	await installNormalisers(db);
	await installSeeds(db);
	await installRuleTable(db);
	// Every raw table exists even before its first file, so the SQL models always build.
	for (const spec of KIND_SPECS) await ensureRawTable(db, spec);
}
