/**
 * The load of one browser upload, run by the server in a child process under tsx (runUploadLoad.ts):
 * the CLI's own `runLoad` on the server's warehouse, with the roster date and the fingerprint
 * device inferred from the ORIGINAL file name exactly as the CLI infers them from a real one
 * (pipeline/load/fileContext.ts), then passed as explicit options. The stored file's own name
 * (`20261129-101500-….csv`) is never asked: its timestamp would pass for a roster date.
 *
 * Why a child process: the pipeline finds its seeds, SQL models and reference lists next to its
 * source files, which a bundled server does not have; and a load (DuckDB's 1 GB buffer, the model
 * rebuild) then never shares the dashboard's memory or takes it down.
 *
 * Prints one JSON line (UploadJobResult) on stdout; exit 0 whenever that line was written.
 */
import { parseArgs } from 'node:util';
import { PipelineError } from '../../../../pipeline/errors.js';
import { agencyInName, dateInName } from '../../../../pipeline/load/fileContext.js';
import { runLoad } from '../../../../pipeline/load/runLoad.js';
import { AGENCY_CODES } from '../../../../pipeline/normalise/agencyCodes.js';
import type { Message, RunSummary } from '../../../../pipeline/types.js';

export type AsOfSource = 'field' | 'name' | 'today';

export type UploadJobResult =
	| {
			ok: true;
			summary: RunSummary;
			asOf: string;
			asOfFrom: AsOfSource;
			device: string | null;
	  }
	| { ok: false; reason: 'busy' | 'device'; message: Message };

export interface UploadJobOptions {
	warehouse: string;
	file: string;
	/** The sanitised original name. */
	name: string;
	asOf?: string;
	device?: string;
	/** yyyy-mm-dd in WIB: a roster named with no date is the roster as of its upload. */
	today: string;
}

export async function uploadJob(options: UploadJobOptions): Promise<UploadJobResult> {
	const named = dateInName(options.name);
	const asOf = options.asOf ?? named ?? options.today;
	const asOfFrom: AsOfSource = options.asOf ? 'field' : named ? 'name' : 'today';
	const device = options.device ?? agencyInName(options.name) ?? undefined;
	if (options.device && !AGENCY_CODES.has(options.device))
		return {
			ok: false,
			reason: 'device',
			message: {
				id: `Kode OPD ${options.device} tidak ada di data/reference/agencies.csv.`,
				en: `Agency code ${options.device} is not in data/reference/agencies.csv.`
			}
		};
	try {
		const summary = await runLoad(
			{
				warehouse: options.warehouse,
				inputs: [options.file],
				asOf,
				device,
				command: `unggah ${options.name}`
			},
			{ log: () => {}, now: () => new Date() }
		);
		return { ok: true, summary, asOf, asOfFrom, device: device ?? null };
	} catch (error) {
		if (error instanceof PipelineError && error.code === 'warehouse_busy')
			return { ok: false, reason: 'busy', message: error.text };
		throw error;
	}
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			db: { type: 'string' },
			file: { type: 'string' },
			name: { type: 'string' },
			'as-of': { type: 'string' },
			device: { type: 'string' },
			today: { type: 'string' }
		}
	});
	if (!values.db || !values.file || !values.name || !values.today)
		throw new Error('uploadLoadJob: --db, --file, --name and --today are required');
	const result = await uploadJob({
		warehouse: values.db,
		file: values.file,
		name: values.name,
		asOf: values['as-of'],
		device: values.device,
		today: values.today
	});
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1]?.endsWith('uploadLoadJob.ts')) {
	main().then(
		() => process.exit(0),
		(error: unknown) => {
			process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
			process.exit(70);
		}
	);
}
