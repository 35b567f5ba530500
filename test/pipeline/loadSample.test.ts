import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { openDb } from '../../pipeline/db/connection.js';
import type { RunSummary } from '../../pipeline/types.js';
import { ROOT, runPipeline } from '../helpers/cli.js';
import { scratch } from '../helpers/tmp.js';

interface ManifestFile {
	path: string;
	kind: string;
	dataRows: number;
	expectedRejects: Record<string, number>;
	expectedWarnings: Record<string, number>;
	expectedDuplicates: number;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The generated sample (messy on purpose, with a manifest of every defect) loaded through the real CLI. */
describe('loading the generated sample', () => {
	const tmp = scratch();
	const sample = join(tmp.dir, 'sample');
	const warehouse = join(tmp.dir, 'w.duckdb');
	let manifest: { files: ManifestFile[] };
	let first: RunSummary;

	beforeAll(async () => {
		const gen = spawnSync(
			process.execPath,
			['--import', 'tsx', 'data/generate/cli.ts', '--out', sample, '--employees', '300'],
			{ cwd: ROOT, encoding: 'utf8' }
		);
		expect(gen.status, gen.stderr).toBe(0);
		manifest = JSON.parse(readFileSync(join(sample, 'manifest.json'), 'utf8'));
		const load = await runPipeline(['load', '--db', warehouse, '--json', sample]);
		expect(load.code, load.stderr).toBe(0);
		first = JSON.parse(load.stdout);
	});
	afterAll(() => tmp.cleanup());

	it('reads every file the generator wrote, each as the kind it is', () => {
		const loaded = new Map(first.files.map((f) => [relative(sample, join(ROOT, f.path)), f]));
		expect([...loaded.keys()].sort()).toEqual(manifest.files.map((f) => f.path).sort());
		for (const file of manifest.files) {
			expect({ path: file.path, kind: loaded.get(file.path)?.kind }).toEqual({
				path: file.path,
				kind: file.kind
			});
		}
	});

	it('reconciles every count with the manifest of deliberate defects', () => {
		const byPath = new Map(first.files.map((f) => [relative(sample, join(ROOT, f.path)), f]));
		for (const file of manifest.files) {
			const got = byPath.get(file.path)!;
			expect({
				path: file.path,
				status: got.status,
				rowsRead: got.rowsRead,
				rowsRejected: got.rowsRejected,
				rowsDuplicate: got.rowsDuplicate
			}).toEqual({
				path: file.path,
				status: 'loaded',
				rowsRead: file.dataRows,
				rowsRejected: sum(file.expectedRejects),
				rowsDuplicate: file.expectedDuplicates
			});
			expect(got.rowsRead).toBe(got.rowsLoaded + got.rowsRejected + got.rowsDuplicate);
		}
	});

	it('names the same rules the generator broke, file by file', async () => {
		const db = await openDb(warehouse, { readOnly: true });
		try {
			const rows = await db.all<{ file: string; rule: string; severity: string; n: number }>(
				`select file, rule, severity, count(distinct line)::integer as n from etl_rejects
				group by all order by all`
			);
			for (const file of manifest.files) {
				const mine = rows.filter((r) => relative(sample, join(ROOT, r.file)) === file.path);
				const errors = Object.fromEntries(
					mine.filter((r) => r.severity === 'error').map((r) => [r.rule, r.n])
				);
				const warnings = Object.fromEntries(
					mine.filter((r) => r.severity === 'warning').map((r) => [r.rule, r.n])
				);
				expect({ path: file.path, errors, warnings }).toEqual({
					path: file.path,
					errors: file.expectedRejects,
					warnings: file.expectedWarnings
				});
			}
		} finally {
			db.close();
		}
	});

	it('holds exactly the loaded rows in the raw tables', async () => {
		const db = await openDb(warehouse, { readOnly: true });
		try {
			const logged = await db.all<{ kind: string; n: number }>(
				`select kind, sum(rows_loaded - rows_replaced)::integer as n from etl_files group by kind`
			);
			for (const { kind, n } of logged) {
				const table = `raw_${kind.replace('-', '_')}`;
				const row = await db.one<{ n: number }>(`select count(*)::integer as n from ${table}`);
				expect({ kind, rows: row?.n }).toEqual({ kind, rows: n });
			}
		} finally {
			db.close();
		}
	});

	it('reports every file unchanged on a second load, and changes nothing', async () => {
		const again = await runPipeline(['load', '--db', warehouse, '--json', sample]);
		expect(again.code).toBe(0);
		const summary: RunSummary = JSON.parse(again.stdout);
		expect(summary.files.every((f) => f.status === 'unchanged' && f.rowsLoaded === 0)).toBe(true);
		expect(summary.files).toHaveLength(manifest.files.length);
	});

	it('writes a rejects file an officer can open and fix', async () => {
		const out = join(tmp.dir, 'rejects.csv');
		const result = await runPipeline(['rejects', '--db', warehouse, '--run', '1', '--out', out]);
		expect(result.code, result.stderr).toBe(0);
		const text = readFileSync(out, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
			header: true,
			delimiter: ';'
		});
		const expected = manifest.files.reduce(
			(n, f) => n + sum(f.expectedRejects) + sum(f.expectedWarnings),
			0
		);
		expect(parsed.data.filter((r) => r.file).length).toBeGreaterThanOrEqual(expected);
		for (const row of parsed.data.filter((r) => r.file).slice(0, 200)) {
			expect(row.line).toMatch(/^\d+$/);
			expect(row.rule).not.toBe('');
			expect(row.message).not.toBe('');
			expect(row.message_en).not.toBe('');
		}
	});

	it('exports the warehouse as Parquet partitioned by year', async () => {
		const dir = join(tmp.dir, 'parquet');
		const result = await runPipeline(['export', '--db', warehouse, '--parquet', dir]);
		expect(result.code, result.stderr).toBe(0);
		expect(existsSync(join(dir, 'raw_attendance'))).toBe(true);
		const years = readdirSync(join(dir, 'raw_attendance')).filter((d) =>
			d.startsWith('partition_year=')
		);
		expect(years.length).toBeGreaterThanOrEqual(5);
		const db = await openDb(':memory:');
		try {
			const back = await db.one<{ n: number }>(
				`select count(*)::integer as n from read_parquet('${dir}/raw_attendance/*/*.parquet')`
			);
			const src = await openDb(warehouse, { readOnly: true });
			const n = await src.one<{ n: number }>('select count(*)::integer as n from raw_attendance');
			src.close();
			expect(back?.n).toBe(n?.n);
		} finally {
			db.close();
		}
	});
});
