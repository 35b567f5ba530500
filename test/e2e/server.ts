import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { buildIsStale, newestMtime } from '../bench/appServer.js';
import { ROOT } from '../helpers/cli.js';

/** A string only SvelteKit's development client runtime holds. */
const DEV_MARKER = 'Avoid using `history.pushState(...)`';

/**
 * True when build/ holds SvelteKit's development runtime: `vite build` run with NODE_ENV=test (vitest
 * sets it, and children inherit it) resolves the `development` export conditions.
 */
export function buildIsDev(): boolean {
	const chunks = join(ROOT, 'build/client/_app/immutable/chunks');
	if (!existsSync(chunks)) return false;
	return readdirSync(chunks).some((name) =>
		readFileSync(join(chunks, name), 'utf8').includes(DEV_MARKER)
	);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds the app for production when build/ is missing, stale or a development build. Another
 * session's build in progress (its output touched in the last 20 s) is waited for.
 */
export async function ensureBuild(): Promise<void> {
	for (let attempt = 0; attempt < 6; attempt++) {
		if (!buildIsStale() && !buildIsDev()) return;
		if (Date.now() - newestMtime([join(ROOT, '.svelte-kit/output')]) < 20_000) {
			await sleep(20_000);
			continue;
		}
		const code = await new Promise<number | null>((done) => {
			const child = spawn(
				process.execPath,
				[join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'],
				{
					cwd: ROOT,
					env: { ...process.env, NODE_ENV: 'production' },
					stdio: ['ignore', 'ignore', 'inherit']
				}
			);
			child.on('exit', done);
		});
		if (code === 0 && !buildIsDev()) return;
	}
	throw new Error('could not make a production build: run `npx vite build` and read its errors');
}

export interface App {
	base: string;
	stop(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

/**
 * Starts the built app (`node build`) on a free port. ORIGIN names the plain-HTTP address: without it
 * adapter-node assumes HTTPS, so SvelteKit's origin check would refuse every form post and the session
 * cookie would be marked Secure.
 */
export async function startApp(env: Record<string, string>): Promise<App> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build'], {
		cwd: ROOT,
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	const exited = new Promise<void>((done) => child.on('exit', () => done()));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		await exited;
	};
	for (let i = 0; i < 150; i++) {
		if (child.exitCode !== null) throw new Error(`node build exited: ${stderr.slice(-2000)}`);
		try {
			if ((await fetch(`${base}/masuk`)).ok) return { base, stop };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	await stop();
	throw new Error(`node build did not answer within 30 s: ${stderr.slice(-2000)}`);
}
