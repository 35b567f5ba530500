import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Measurement {
	label: string;
	ms: number;
	rows: number;
	rowsPerSecond: number;
	peakRssMiB: number;
	note?: string;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs one benchmark task in its own process, so its peak memory (max RSS, DuckDB's native memory
 * included) is its own. The task prints one JSON line: {ms, rows, note?}.
 */
export function measure(label: string, task: string, args: string[]): Promise<Measurement> {
	return new Promise((done, fail) => {
		const child = spawn(
			process.execPath,
			['--import', 'tsx', fileURLToPath(new URL(`./tasks/${task}.ts`, import.meta.url)), ...args],
			{ cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] }
		);
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.on('error', fail);
		child.on('exit', (code) => {
			if (code !== 0) return fail(new Error(`${task} exited with ${code}`));
			const last = out.trim().split('\n').pop() ?? '{}';
			const r = JSON.parse(last) as { ms: number; rows: number; peakRssKiB: number; note?: string };
			done({
				label,
				ms: r.ms,
				rows: r.rows,
				rowsPerSecond: r.rows / (r.ms / 1000),
				peakRssMiB: r.peakRssKiB / 1024,
				note: r.note
			});
		});
	});
}

/** What every task prints last: its own timing and its own peak memory. */
export function report(ms: number, rows: number, note?: string): void {
	process.stdout.write(
		`${JSON.stringify({ ms, rows, peakRssKiB: process.resourceUsage().maxRSS, note })}\n`
	);
}
