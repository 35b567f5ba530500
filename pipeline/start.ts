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
import { ensureFirstAdmin } from '../web/lib/server/auth/firstAdmin.js';
import { openAppDb } from '../web/lib/server/auth/store.js';
import { bodySizeLimit } from '../web/lib/server/upload/uploadSettings.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const warehouse = process.env.KINERJA_DB ?? join(root, 'data/warehouse.duckdb');
const sampleDir = join(root, 'data/sample');
const appStore = process.env.KINERJA_APP_DB || join(root, 'data/app.sqlite');

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

/** The first start prints the demo admin's password once (web/lib/server/auth/firstAdmin.ts). */
async function firstAdmin(): Promise<void> {
	const db = openAppDb(appStore);
	try {
		const created = await ensureFirstAdmin(db, new Date());
		if (!created) return;
		process.stderr.write(
			[
				'',
				'Akun admin pertama dibuat / first admin account created:',
				`  nama pengguna / username: ${created.username}`,
				`  kata sandi / password:    ${created.password}`,
				'Kata sandi ini hanya ditampilkan sekali; simpan sekarang. Admin melihat angka agregat saja.',
				'This password is shown only once; keep it now. The admin sees aggregates only.',
				'Akun sebenarnya / real accounts: npm run users -- add --username NAMA --role bkpsdm',
				'  (peran / roles: pimpinan, kepala_opd --agency KODE, bkpsdm, admin; README "Accounts and roles")',
				''
			].join('\n')
		);
	} finally {
		db.close();
	}
}

await firstAdmin();

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
// adapter-node assumes HTTPS unless told the address: behind an HTTPS proxy set PROTOCOL_HEADER and
// HOST_HEADER (or ORIGIN); served directly, the login form must post to the origin the browser sees.
const origin =
	process.env.ORIGIN ?? (process.env.PROTOCOL_HEADER ? undefined : `http://localhost:${port}`);
process.stderr.write(`Dasbor Kinerja: ${origin ?? `http://localhost:${port}`}/\n`);
const server = spawn(process.execPath, [buildEntry], {
	cwd: root,
	stdio: 'inherit',
	env: {
		...process.env,
		PORT: port,
		HOST: host,
		KINERJA_DB: warehouse,
		KINERJA_APP_DB: appStore,
		// adapter-node refuses request bodies over BODY_SIZE_LIMIT (default 512 KB) before any handler
		// runs: browser uploads (KINERJA_UPLOAD_MAX_MB, default 100) need it raised to their limit.
		BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? bodySizeLimit(process.env),
		...(origin ? { ORIGIN: origin } : {})
	}
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
