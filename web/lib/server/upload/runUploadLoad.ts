import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { UploadJobOptions, UploadJobResult } from './uploadLoadJob.js';

/** The job script, from the project folder the server runs in (`npm start` and `node build` do). */
export const JOB_SCRIPT = 'web/lib/server/upload/uploadLoadJob.ts';

/**
 * Runs uploadLoadJob.ts in a child process (`node --import tsx`, as `npm run pipeline` does) and
 * returns its one-line answer. A crash of the load is an Error with the child's stderr, for the
 * server log; the browser gets a message with an id (hooks.server.ts handleError).
 */
export function runUploadLoad(
	options: UploadJobOptions,
	root = process.cwd()
): Promise<UploadJobResult> {
	const script = join(root, JOB_SCRIPT);
	if (!existsSync(script))
		return Promise.reject(
			new Error(`upload load: ${script} not found; start the server in the project folder`)
		);
	const args = [
		'--import',
		'tsx',
		script,
		'--db',
		options.warehouse,
		'--file',
		options.file,
		'--name',
		options.name,
		'--today',
		options.today,
		...(options.asOf ? ['--as-of', options.asOf] : []),
		...(options.device ? ['--device', options.device] : [])
	];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			cwd: root,
			env: process.env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('close', (code, signal) => {
			const line = stdout.trim().split('\n').pop() ?? '';
			if (code === 0 && line.startsWith('{')) {
				try {
					resolve(JSON.parse(line) as UploadJobResult);
					return;
				} catch {
					// fall through: not the job's answer
				}
			}
			reject(
				new Error(`upload load failed (exit ${code ?? signal}): ${stderr.slice(-4000) || stdout}`)
			);
		});
	});
}
