import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['web', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** The newest modification time under the given paths (files and folders, recursively). */
export function newestMtime(paths: readonly string[]): number {
	let newest = 0;
	const visit = (path: string) => {
		if (!existsSync(path)) return;
		const stat = statSync(path);
		newest = Math.max(newest, stat.mtimeMs);
		if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
	};
	for (const path of paths) visit(path);
	return newest;
}

/** True when build/ is missing or older than any app source. */
export function buildIsStale(root = ROOT): boolean {
	const handler = join(root, 'build', 'handler.js');
	if (!existsSync(handler)) return true;
	return statSync(handler).mtimeMs < newestMtime(SOURCES.map((path) => join(root, path)));
}

/**
 * Builds the app when build/ is missing or stale. Other sessions build into the same folders, so a
 * build that another one is writing right now (output touched in the last 20 s) is waited for, and a
 * failed build is retried after a pause before giving up.
 */
export async function ensureBuild(log: (line: string) => void, attempts = 4): Promise<void> {
	for (let attempt = 1; attempt <= attempts; attempt++) {
		if (!buildIsStale()) return;
		const busy = Date.now() - newestMtime([join(ROOT, '.svelte-kit', 'output')]) < 20_000;
		if (busy) {
			log('another build is writing .svelte-kit/output; waiting 20 s');
			await sleep(20_000);
			continue;
		}
		log(`building the app (npx vite build), attempt ${attempt}/${attempts}`);
		const code = await run(process.execPath, [
			join(ROOT, 'node_modules/vite/bin/vite.js'),
			'build'
		]);
		if (code === 0 && existsSync(join(ROOT, 'build', 'handler.js'))) return;
		log(`vite build exited with ${code}; retrying in 20 s`);
		await sleep(20_000);
	}
	if (!existsSync(join(ROOT, 'build', 'handler.js')))
		throw new Error('could not build the app: run `npx vite build` and read its errors');
	log('warning: build/ is older than web/ (the build kept failing); measuring the existing build');
}

/**
 * A private copy of build/ for the servers under measurement: a running server loads route chunks
 * lazily, and another session rebuilding build/ meanwhile would pull them from under it (seen: 500s
 * with ERR_MODULE_NOT_FOUND). Kept inside the repository so the copy resolves node_modules.
 */
export function snapshotBuild(): string {
	const copy = join(ROOT, 'data', 'bench', 'web-build');
	rmSync(copy, { recursive: true, force: true });
	cpSync(join(ROOT, 'build'), copy, { recursive: true });
	if (!existsSync(join(copy, 'handler.js'))) throw new Error('build/ was incomplete; run again');
	return copy;
}

export interface RunningServer {
	url: string;
	pid: number;
	stop(): Promise<void>;
}

/** Starts `node <build>` on a free port with the given warehouse and waits until it answers. */
export async function startServer(
	db: string,
	env: Record<string, string> = {},
	build = join(ROOT, 'build')
): Promise<RunningServer> {
	const port = await freePort();
	const child = spawn(process.execPath, [build], {
		cwd: ROOT,
		env: { ...process.env, ...env, KINERJA_DB: db, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	const exited = new Promise<void>((done) => child.on('exit', () => done()));
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		await exited;
	};
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`node build exited: ${stderr.slice(-2000)}`);
		try {
			const response = await fetch(`${url}/metodologi`);
			if (response.status < 500) return { url, pid: child.pid ?? 0, stop };
		} catch {
			// not listening yet
		}
		await sleep(200);
	}
	await stop();
	throw new Error(`node build did not answer within 30 s: ${stderr.slice(-2000)}`);
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

function run(command: string, args: string[]): Promise<number | null> {
	return new Promise((done) => {
		const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
		child.on('exit', (code) => done(code));
		child.on('error', () => done(null));
	});
}

function sleep(ms: number): Promise<void> {
	return new Promise((done) => setTimeout(done, ms));
}
