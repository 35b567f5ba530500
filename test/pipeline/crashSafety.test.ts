import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../pipeline/db/connection.js';
import { attendanceRows, finished, runPipeline, startPipeline } from '../helpers/cli.js';
import { scratch } from '../helpers/tmp.js';

interface State extends Record<string, unknown> {
	rows: number;
	files: number;
}

async function state(warehouse: string): Promise<State> {
	const db = await openDb(warehouse, { readOnly: true });
	try {
		return (await db.one<State>(
			`select (select count(*) from raw_attendance)::integer as rows,
				(select count(*) from etl_files)::integer as files`
		))!;
	} finally {
		db.close();
	}
}

describe('a load killed with SIGKILL', () => {
	const tmp = scratch();
	const base = join(tmp.dir, 'base.duckdb');
	let before: State;
	let after: State;
	let big: string;

	beforeAll(async () => {
		const first = tmp.write('first.csv', attendanceRows(2_000));
		big = tmp.write('big.csv', attendanceRows(300_000, 400));
		expect((await runPipeline(['load', '--db', base, first])).code).toBe(0);
		before = await state(base);
		const full = join(tmp.dir, 'full.duckdb');
		copyFileSync(base, full);
		expect((await runPipeline(['load', '--db', full, big])).code).toBe(0);
		after = await state(full);
		expect(after.rows).toBeGreaterThan(before.rows);
	});
	afterAll(() => tmp.cleanup());
	let killedMidLoad = 0;

	// Random points across the load: reading, staging, inserting, committing, swapping.
	const delays = [150, 600, 1200, 2000, 2800, 3600].map((d) => d + Math.floor(Math.random() * 300));
	it.each(delays)(
		'leaves the warehouse exactly before or after the file (kill after ~%i ms)',
		async (delay) => {
			const warehouse = join(tmp.dir, `w-${delay}.duckdb`);
			copyFileSync(base, warehouse);
			const child = startPipeline(['load', '--db', warehouse, big]);
			const done = finished(child);
			await new Promise((r) => setTimeout(r, delay));
			if (child.exitCode === null) killedMidLoad++;
			child.kill('SIGKILL');
			await done;
			const now = await state(warehouse);
			expect([before, after]).toContainEqual(now);
			// The next load cleans up what the killed one left and completes.
			const retry = await runPipeline(['load', '--db', warehouse, big]);
			expect(retry.code).toBe(0);
			expect(await state(warehouse)).toEqual(after);
			expect(readdirSync(tmp.dir).filter((f) => f.startsWith(`w-${delay}.duckdb.`))).toEqual([]);
			expect(existsSync(`${warehouse}.lock`)).toBe(false);
		}
	);

	it('killed at least one load while it was still running', () => {
		expect(killedMidLoad).toBeGreaterThan(0);
	});
});
