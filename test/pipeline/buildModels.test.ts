import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { buildModels, buildOrder, readModels } from '../../pipeline/models/buildModels.js';
import { scratch } from '../helpers/tmp.js';

describe('buildModels', () => {
	let tmp: ReturnType<typeof scratch>;
	let db: Db;
	beforeEach(async () => {
		tmp = scratch();
		for (const layer of ['staging', 'intermediate', 'marts']) mkdirSync(join(tmp.dir, layer));
		db = await openDb(':memory:');
	});
	afterEach(() => {
		db.close();
		tmp.cleanup();
	});

	it('builds each model after the models it reads, whatever their names', async () => {
		writeFileSync(join(tmp.dir, 'marts', 'agg_a.sql'), 'select n * 2 as n from int_z');
		writeFileSync(join(tmp.dir, 'intermediate', 'int_z.sql'), 'select n + 1 as n from stg_b');
		writeFileSync(join(tmp.dir, 'staging', 'stg_b.sql'), 'select 1 as n;');
		expect(buildOrder(readModels(tmp.dir)).map((m) => m.name)).toEqual(['stg_b', 'int_z', 'agg_a']);
		await buildModels(db, { log: () => {} }, tmp.dir);
		expect(await db.all('select n from agg_a')).toEqual([{ n: 4 }]);
	});

	it('names the model file when its SQL fails', async () => {
		writeFileSync(join(tmp.dir, 'marts', 'agg_bad.sql'), 'select nope from nowhere');
		await expect(buildModels(db, { log: () => {} }, tmp.dir)).rejects.toThrow(
			/sql\/marts\/agg_bad\.sql/
		);
	});

	it('refuses a dependency cycle', () => {
		writeFileSync(join(tmp.dir, 'marts', 'agg_x.sql'), 'select * from agg_y');
		writeFileSync(join(tmp.dir, 'marts', 'agg_y.sql'), 'select * from agg_x');
		expect(() => buildOrder(readModels(tmp.dir))).toThrow(/cycle/);
	});

	it('drops the table of a model whose file is gone, and keeps other tables', async () => {
		await db.run('create table agg_old as select 1 as n');
		await db.run('create table raw_attendance as select 1 as n');
		writeFileSync(join(tmp.dir, 'marts', 'agg_new.sql'), 'select 1 as n');
		await buildModels(db, { log: () => {} }, tmp.dir);
		const tables = await db.all<{ t: string }>(
			`select table_name as t from information_schema.tables order by 1`
		);
		expect(tables.map((r) => r.t)).toEqual(['agg_new', 'raw_attendance']);
	});
});
