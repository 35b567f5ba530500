import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts the pipeline CLI as a real child process (tsx), as an officer or CI would run it. */
export function startPipeline(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
	return spawn(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', ...args], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

export interface Finished {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

export function finished(child: ChildProcess): Promise<Finished> {
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (d) => (stdout += d));
	child.stderr?.on('data', (d) => (stderr += d));
	return new Promise((done) =>
		child.on('exit', (code, signal) => done({ code, signal, stdout, stderr }))
	);
}

export async function runPipeline(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
	return finished(startPipeline(args, env));
}

/** Attendance rows in the city's common shape, `count` of them, all valid: for load-time tests. */
export function attendanceRows(count: number, startDay = 0): string {
	const lines = ['NIP;Nama;Tanggal;Jam Masuk;Jam Pulang;Keterangan'];
	const nips = Array.from(
		{ length: 200 },
		(_, i) => `19860926201505${1 + (i % 2)}${String(i + 1).padStart(3, '0')}`
	);
	for (let i = 0; i < count; i++) {
		const nip = nips[i % nips.length];
		const day = new Date(
			Date.UTC(2024, 0, 1) + (startDay + Math.floor(i / nips.length)) * 86_400_000
		);
		const date = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
		lines.push(
			`${nip};Pegawai ${i % nips.length};${date};07:${String(i % 60).padStart(2, '0')};16:05;H`
		);
	}
	return `${lines.join('\n')}\n`;
}
