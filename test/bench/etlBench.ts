import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measure, type Measurement } from './measure.js';
import { sliceLines } from './sliceLines.js';

export interface EtlBenchOptions {
	rows: number;
	naiveRows: number;
	naiveSeconds: number;
	/** Baseline and pipeline run alternately this many times; medians are compared (the machine is noisy). */
	repeat: number;
	dir: string;
}

/**
 * The ETL benchmark: N generated attendance rows through the Kinerja pipeline, next to DuckDB's own
 * read_csv of the same file (the limit here) and a naive papaparse + row-insert loader on a slice,
 * all measured in this run. Goals (issue #2): ≤ 1.5× read_csv, ≥ 20× the naive loader, < 2 GiB peak.
 */
export async function etlBench(options: EtlBenchOptions): Promise<string> {
	mkdirSync(options.dir, { recursive: true });
	const file = join(options.dir, `attendance-${options.rows}.csv`);
	if (!existsSync(file)) {
		process.stderr.write(
			`generating ${options.rows.toLocaleString('en')} attendance rows → ${file}\n`
		);
		const { writeAttendanceCsv } = await import('../../data/generate/attendanceBench.js');
		await writeAttendanceCsv(file, { rows: options.rows });
	}
	const slice = join(options.dir, `attendance-${options.rows}-slice-${options.naiveRows}.csv`);
	if (!existsSync(slice)) await sliceLines(file, slice, options.naiveRows + 1);
	const db = (name: string) => join(options.dir, `${name}.duckdb`);

	const baselines: Measurement[] = [];
	const pipelines: Measurement[] = [];
	for (let i = 1; i <= options.repeat; i++) {
		process.stderr.write(`round ${i}/${options.repeat}: DuckDB read_csv…\n`);
		baselines.push(await measure('DuckDB read_csv', 'readCsv', [file, db('baseline')]));
		process.stderr.write(`round ${i}/${options.repeat}: Kinerja pipeline…\n`);
		pipelines.push(await measure('Kinerja pipeline load', 'pipeline', [file, db('pipeline')]));
	}
	const baseline = median(baselines);
	const pipeline = median(pipelines);
	process.stderr.write('measuring the naive loader…\n');
	const naive = await measure('naive papaparse + INSERT', 'naive', [
		slice,
		db('naive'),
		String(options.naiveRows),
		String(options.naiveSeconds)
	]);

	const size = statSync(file).size / 2 ** 20;
	const rounds = (ms: Measurement[]) => ms.map((m) => (m.ms / 1000).toFixed(1)).join(', ');
	const lines = [
		`ETL benchmark — ${options.rows.toLocaleString('en')} attendance rows (${size.toFixed(0)} MiB CSV), ${new Date().toISOString()}`,
		'',
		table([baseline, pipeline, naive]),
		`(medians of ${options.repeat} alternating rounds — read_csv: ${rounds(baselines)} s; pipeline: ${rounds(pipelines)} s)`,
		'',
		`pipeline time / read_csv time     = ${(pipeline.ms / baseline.ms).toFixed(2)}×   (goal ≤ 1.50×)`,
		`pipeline rows/s / naive rows/s    = ${(pipeline.rowsPerSecond / naive.rowsPerSecond).toFixed(1)}×   (goal ≥ 20×)`,
		`pipeline peak memory              = ${(Math.max(...pipelines.map((m) => m.peakRssMiB)) / 1024).toFixed(2)} GiB (goal < 2 GiB, worst round)`
	];
	for (const m of [baseline, pipeline, naive])
		if (m.note) lines.push(`note (${m.label}): ${m.note}`);
	return lines.join('\n');
}

function median(runs: Measurement[]): Measurement {
	const sorted = [...runs].sort((a, b) => a.ms - b.ms);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function table(rows: Measurement[]): string {
	const head = ['', 'rows', 'seconds', 'rows/s', 'peak RSS MiB'];
	const body = rows.map((m) => [
		m.label,
		m.rows.toLocaleString('en'),
		(m.ms / 1000).toFixed(2),
		Math.round(m.rowsPerSecond).toLocaleString('en'),
		m.peakRssMiB.toFixed(0)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
	return [head, ...body]
		.map((r) =>
			r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
		)
		.join('\n');
}
