import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runPipeline } from '../helpers/cli.js';
import { scratch } from '../helpers/tmp.js';

const NIP = '198609262015051001';

describe('pipeline CLI', () => {
	const tmp = scratch();
	const warehouse = join(tmp.dir, 'w.duckdb');
	afterAll(() => tmp.cleanup());

	it('exits 2 with the usage on a bad command or flag', async () => {
		const unknown = await runPipeline(['frobnicate']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(/Pemakaian \/ Usage/);
		const badKind = await runPipeline(['load', '--kind', 'gaji', '--db', warehouse, 'x.csv']);
		expect(badKind.code).toBe(2);
		expect(badKind.stderr).toMatch(/--kind gaji/);
	});

	it('exits 0 and prints one JSON object whose counts add up, rows rejected or not', async () => {
		const file = tmp.write(
			'presensi.csv',
			`NIP;Tanggal;Keterangan\n${NIP};03/11/2025;H\n${NIP};31/02/2025;H\n`
		);
		const run = await runPipeline(['load', '--db', warehouse, '--json', file]);
		expect(run.code, run.stderr).toBe(0);
		const summary = JSON.parse(run.stdout);
		expect(Object.keys(summary)).toEqual(['runId', 'files']);
		expect(summary.files[0]).toMatchObject({
			kind: 'attendance',
			status: 'loaded',
			rowsRead: 2,
			rowsLoaded: 1,
			rowsRejected: 1,
			rowsDuplicate: 0
		});
		expect(summary.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('exits 1 when a file is rejected whole, and says why in both languages', async () => {
		const file = tmp.write('barang.csv', 'Kode;Nama Barang\nA;Meja\n');
		const run = await runPipeline(['load', '--db', warehouse, file]);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(/DITOLAK\/REJECTED/);
		expect(run.stdout).toMatch(/tidak dikenali/);
		expect(run.stdout).toMatch(/Could not recognise/);
	});

	it('lists the load history', async () => {
		const run = await runPipeline(['runs', '--db', warehouse, '--json']);
		expect(run.code).toBe(0);
		const runs = JSON.parse(run.stdout);
		expect(runs.map((r: { status: string }) => r.status)).toEqual(['done', 'done']);
	});

	it('tells the officer to load data first when there is no warehouse', async () => {
		const run = await runPipeline(['rejects', '--db', join(tmp.dir, 'none.duckdb')]);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/Gudang data belum ada/);
		expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
	});
});
