/**
 * `npm start`: the main job on a fresh clone. Builds the sample warehouse from data/ when there is none,
 * builds the dashboard when its build is missing or older than its sources, then serves it.
 * Installs nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoad } from './load/runLoad.js';
import { summaryTable } from './cli/summaryTable.js';
import { progressBar } from './cli/progressBar.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const warehouse = process.env.KINERJA_DB ?? join(root, 'data/warehouse.duckdb');
const sampleDir = join(root, 'data/sample');

function run(command: string, args: string[]): void {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		process.stderr.write(`Gagal / failed: ${command} ${args.join(' ')}\n`);
		process.exit(result.status ?? 1);
	}
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
	}
	return newest;
}

if (!existsSync(warehouse)) {
	if (!existsSync(join(sampleDir, 'manifest.json'))) {
		process.stderr.write('Membuat data contoh / generating sample data (data/sample)…\n');
		run(process.execPath, ['--import', 'tsx', 'data/generate/cli.ts', '--out', sampleDir]);
	}
	process.stderr.write(`Memuat data contoh ke / loading the sample into ${warehouse}…\n`);
	const summary = await runLoad(
		{ warehouse, inputs: [sampleDir], command: 'start: load data/sample' },
		{
			log: (line) => process.stderr.write(`${line}\n`),
			progress: progressBar(process.stderr),
			now: () => new Date()
		}
	);
	process.stderr.write(`${summaryTable(summary, false)}\n`);
}

const buildEntry = join(root, 'build/index.js');
const sources = Math.max(
	newestMtime(join(root, 'web')),
	statSync(join(root, 'svelte.config.js')).mtimeMs
);
if (!existsSync(buildEntry) || statSync(buildEntry).mtimeMs < sources) {
	process.stderr.write('Membangun dasbor / building the dashboard…\n');
	run(process.execPath, [
		join(root, 'node_modules/vite/bin/vite.js'),
		'build',
		'--logLevel',
		'warn'
	]);
}

const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '0.0.0.0';
process.stderr.write(`Dasbor Kinerja: http://localhost:${port}/\n`);
const server = spawn(process.execPath, [buildEntry], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, PORT: port, HOST: host, KINERJA_DB: warehouse }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
