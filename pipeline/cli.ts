import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from './db/connection.js';
import { PipelineError } from './errors.js';
import { exportParquet } from './cli/exportParquet.js';
import { progressBar } from './cli/progressBar.js';
import { rejectedRows, writeRejectsCsv } from './cli/rejectsCommand.js';
import { summaryTable } from './cli/summaryTable.js';
import { USAGE } from './cli/usage.js';
import { runLoad } from './load/runLoad.js';
import { EXPORT_KINDS, type ExportKind } from './types.js';

/** The warehouse every command uses unless told otherwise (README "Environment"). */
export const DEFAULT_WAREHOUSE = process.env.KINERJA_DB ?? 'data/warehouse.duckdb';

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	const { values, positionals } = parseArgs({
		args: rest,
		allowPositionals: true,
		options: {
			db: { type: 'string' },
			kind: { type: 'string' },
			'as-of': { type: 'string' },
			device: { type: 'string' },
			'dry-run': { type: 'boolean' },
			json: { type: 'boolean' },
			run: { type: 'string' },
			out: { type: 'string' },
			parquet: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help || !command || command === 'help') {
		process.stdout.write(USAGE);
		return command ? 0 : 2;
	}
	const warehouse = values.db ?? DEFAULT_WAREHOUSE;
	switch (command) {
		case 'load': {
			if (!positionals.length)
				throw new UsageError('load: sebutkan berkas atau folder / name files or folders');
			const kind = values.kind;
			if (kind && !EXPORT_KINDS.includes(kind as ExportKind)) {
				throw new UsageError(
					`--kind ${kind}: pilih salah satu / choose one of ${EXPORT_KINDS.join(', ')}`
				);
			}
			const asOf = values['as-of'];
			if (asOf && !/^\d{4}-\d\d-\d\d$/.test(asOf)) throw new UsageError('--as-of: yyyy-mm-dd');
			const summary = await runLoad(
				{
					warehouse,
					inputs: positionals,
					kind: kind as ExportKind | undefined,
					asOf,
					device: values.device,
					dryRun: values['dry-run'],
					command: `load ${argv.slice(1).join(' ')}`
				},
				{
					log: (line) => (values.json ? undefined : process.stderr.write(`${line}\n`)),
					progress: values.json ? undefined : progressBar(process.stderr),
					now: () => new Date()
				}
			);
			if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
			else process.stdout.write(`${summaryTable(summary, Boolean(values['dry-run']))}\n`);
			return summary.files.some((f) => f.status === 'rejected') ? 1 : 0;
		}
		case 'rejects': {
			const db = await openExisting(warehouse);
			try {
				const run = values.run === undefined ? undefined : Number(values.run);
				if (run !== undefined && !Number.isInteger(run))
					throw new UsageError('--run: nomor run / a run number');
				const rows = await rejectedRows(db, run);
				if (values.out) {
					writeRejectsCsv(values.out, rows);
					process.stdout.write(`${rows.length} baris ditulis ke / rows written to ${values.out}\n`);
				} else if (values.json) {
					process.stdout.write(`${JSON.stringify(rows)}\n`);
				} else {
					for (const r of rows) {
						process.stdout.write(`${r.file}:${r.line} [${r.rule}] ${r.message}\n`);
					}
					process.stdout.write(`${rows.length} masalah / problems\n`);
				}
			} finally {
				db.close();
			}
			return 0;
		}
		case 'runs': {
			const db = await openExisting(warehouse);
			try {
				const runs = await db.all(
					`select run_id, strftime(started_at, '%Y-%m-%d %H:%M:%S') as started_at, status, files_total,
						files_loaded, files_unchanged, files_rejected, rows_loaded::integer as rows_loaded,
						rows_rejected::integer as rows_rejected, command
					from etl_runs order by run_id`
				);
				if (values.json) process.stdout.write(`${JSON.stringify(runs)}\n`);
				else console.table(runs);
			} finally {
				db.close();
			}
			return 0;
		}
		case 'export': {
			if (!values.parquet) throw new UsageError('export: --parquet DIR');
			const db = await openExisting(warehouse);
			try {
				const written = await exportParquet(db, values.parquet);
				process.stdout.write(
					`${written.length} tabel diekspor ke / tables exported to ${values.parquet}\n`
				);
			} finally {
				db.close();
			}
			return 0;
		}
		default:
			throw new UsageError(`perintah tidak dikenal / unknown command: ${command}`);
	}
}

async function openExisting(warehouse: string) {
	if (!existsSync(warehouse)) {
		throw new PipelineError(
			'warehouse_missing',
			{
				id: `Gudang data belum ada: ${warehouse}. Muat data dulu: npm run pipeline -- load data/sample`,
				en: `No warehouse yet: ${warehouse}. Load data first: npm run pipeline -- load data/sample`
			},
			{ file: warehouse }
		);
	}
	return openDb(warehouse, { readOnly: true });
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		if (
			error instanceof UsageError ||
			(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
		) {
			process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
			process.exit(2);
		}
		if (error instanceof PipelineError) {
			process.stderr.write(`${error.message}\n`);
			process.exit(1);
		}
		process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
		process.exit(70);
	}
);
