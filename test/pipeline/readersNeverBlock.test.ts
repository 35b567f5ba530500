import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { WarehouseReader } from '../../pipeline/db/warehouseReader.js';
import { attendanceRows, finished, runPipeline, startPipeline } from '../helpers/cli.js';
import { scratch } from '../helpers/tmp.js';

describe('WarehouseReader during a load', () => {
	const tmp = scratch();
	afterAll(() => tmp.cleanup());

	it('keeps answering, never sees a half-loaded file, and sees the new data after', async () => {
		const warehouse = join(tmp.dir, 'w.duckdb');
		expect(
			(await runPipeline(['load', '--db', warehouse, tmp.write('a.csv', attendanceRows(1_000))]))
				.code
		).toBe(0);
		const reader = new WarehouseReader(warehouse);
		const count = () =>
			reader.use(
				async (db) =>
					(await db.one<{ n: number }>('select count(*)::integer as n from raw_attendance'))!.n
			);
		const before = await count();

		const child = startPipeline([
			'load',
			'--db',
			warehouse,
			tmp.write('b.csv', attendanceRows(200_000, 30))
		]);
		const done = finished(child);
		let running = true;
		void done.then(() => (running = false));
		const seen = new Set<number>();
		let queries = 0;
		while (running) {
			seen.add(await count()); // any error here fails the test
			queries++;
			await new Promise((r) => setTimeout(r, 5));
		}
		expect((await done).code).toBe(0);
		const after = await count();
		reader.close();

		expect(after).toBe(before + 200_000);
		expect(queries).toBeGreaterThan(10);
		expect([...seen].every((n) => n === before || n === after)).toBe(true);
	});
});
