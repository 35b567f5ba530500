import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../pipeline/db/connection.js';
import { prepare } from '../../pipeline/load/runLoad.js';
import { buildModels } from '../../pipeline/models/buildModels.js';
import { finished, ROOT } from '../helpers/cli.js';
import { scratch } from '../helpers/tmp.js';

/** `npm run report` as an officer runs it: the CLI in its own process. */
function report(args: string[], env: NodeJS.ProcessEnv = {}) {
	return finished(
		spawn(process.execPath, ['--import', 'tsx', 'web/lib/server/report/cli.ts', ...args], {
			cwd: ROOT,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		})
	);
}

describe('report CLI', () => {
	const tmp = scratch('kinerja-report-cli-');
	const empty = join(tmp.dir, 'empty.duckdb');

	beforeAll(async () => {
		// A warehouse before its first load: every table there, no year in it.
		const db = await openDb(empty);
		try {
			await prepare(db);
			await buildModels(db, { log() {} });
		} finally {
			db.close();
		}
	}, 60_000);
	afterAll(() => tmp.cleanup());

	it.each([
		[['--year', '25']],
		[['--year', '2025', '--lang', 'fr']],
		[['--year', '2025', '--min-group', '0']],
		[['--year', '2025', '--colour']],
		[[]]
	])('exits 2 with the usage for %j', async (args) => {
		const run = await report(args);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('npm run report -- --year YYYY');
	});

	it('exits 1 and says which years exist when the year has no data', async () => {
		const run = await report(['--year', '2025', '--db', empty, '--out', join(tmp.dir, 'out')]);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('Tidak ada data untuk 2025; gudang data memuat tahun –.');
		expect(run.stderr).toContain('No data for 2025; the warehouse holds –.');
	}, 60_000);

	it('exits 1 with what to do when the warehouse does not exist', async () => {
		const run = await report(['--year', '2025', '--db', join(tmp.dir, 'none.duckdb')]);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('npm run pipeline -- load');
	});

	it('takes the warehouse from KINERJA_DB and the minimum from KINERJA_MIN_GROUP', async () => {
		const run = await report(['--year', '2025'], { KINERJA_DB: empty, KINERJA_MIN_GROUP: 'x' });
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('--min-group');
		const ok = await report(['--year', '2025', '--out', join(tmp.dir, 'o')], {
			KINERJA_DB: empty,
			KINERJA_MIN_GROUP: '10'
		});
		expect(ok.code).toBe(1);
	}, 60_000);
});
