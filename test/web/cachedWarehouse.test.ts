import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDb, type Db, type Params, type Row } from '../../pipeline/db/connection.js';
import { WarehouseReader } from '../../pipeline/db/warehouseReader.js';
import { CachedWarehouse } from '../../web/lib/server/cachedWarehouse.js';

/** A stand-in handle that counts the queries that reach "DuckDB". */
function fakeDb(answer: (sql: string, params?: Params) => Row[] | Promise<Row[]>) {
	const calls: string[] = [];
	const db = {
		path: 'fake',
		conn: null,
		async run() {},
		async all(sql: string, params?: Params) {
			calls.push(sql);
			await new Promise((done) => setTimeout(done, 5));
			return answer(sql, params);
		},
		async one(sql: string, params?: Params) {
			return (await db.all(sql, params))[0];
		},
		close() {}
	};
	return { db: db as unknown as Db, calls };
}

function cachedOver(db: Db, maxEntries = 100, enabled = true) {
	let current = db;
	const reader = {
		path: 'fake',
		use: <T>(fn: (db: Db) => Promise<T>) => fn(current),
		updatedAt: () => null,
		close() {}
	} as unknown as WarehouseReader;
	const warehouse = new CachedWarehouse(reader, { enabled, maxEntries });
	return { warehouse, swap: (next: Db) => (current = next) };
}

describe('CachedWarehouse', () => {
	it('runs the same SQL with the same parameters once per warehouse file', async () => {
		const { db, calls } = fakeDb(() => [{ n: 1 }]);
		const { warehouse } = cachedOver(db);
		const q = (year: number) => warehouse.use((d) => d.all('select $year as n', { year }));
		expect(await q(2025)).toEqual([{ n: 1 }]);
		await q(2025);
		expect(calls).toHaveLength(1);
		await q(2024);
		expect(calls).toHaveLength(2);
		expect(await warehouse.use((d) => d.one('select $year as n', { year: 2024 }))).toEqual({
			n: 1
		});
		expect(calls).toHaveLength(2);
	});

	it('hands out copies: a caller that edits its rows does not change the next answer', async () => {
		const { db } = fakeDb(() => [{ n: 1 }]);
		const { warehouse } = cachedOver(db);
		const first = await warehouse.use((d) => d.all<{ n: number }>('select 1 as n'));
		first[0]!.n = 99;
		first.push({ n: 2 });
		expect(await warehouse.use((d) => d.all('select 1 as n'))).toEqual([{ n: 1 }]);
	});

	it('shares one run between concurrent identical queries', async () => {
		const { db, calls } = fakeDb(() => [{ n: 1 }]);
		const { warehouse } = cachedOver(db);
		await Promise.all(Array.from({ length: 20 }, () => warehouse.use((d) => d.all('select 1'))));
		expect(calls).toHaveLength(1);
	});

	it('does not remember a failure', async () => {
		let fail = true;
		const { db, calls } = fakeDb(() => {
			if (fail) throw new Error('boom');
			return [{ ok: true }];
		});
		const { warehouse } = cachedOver(db);
		await expect(warehouse.use((d) => d.all('select 1'))).rejects.toThrow('boom');
		fail = false;
		expect(await warehouse.use((d) => d.all('select 1'))).toEqual([{ ok: true }]);
		expect(calls).toHaveLength(2);
	});

	it('never caches SQL that reads the time, and keeps SQL that reads the date for one WIB day', async () => {
		const { db, calls } = fakeDb(() => [{ d: 1 }]);
		const { warehouse } = cachedOver(db);
		for (let i = 0; i < 2; i++) await warehouse.use((d) => d.all('select now() as t'));
		expect(calls).toHaveLength(2);
		const since = `select date_diff('day', x, current_date) as d`;
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			// 23:30 WIB on 28 November, then 00:30 WIB on 29 November.
			vi.setSystemTime(new Date('2026-11-28T16:30:00Z'));
			await warehouse.use((d) => d.all(since));
			await warehouse.use((d) => d.all(since));
			expect(calls).toHaveLength(3);
			vi.setSystemTime(new Date('2026-11-28T17:30:00Z'));
			await warehouse.use((d) => d.all(since));
			expect(calls).toHaveLength(4);
		} finally {
			vi.useRealTimers();
		}
	});

	it('starts empty for a new warehouse file and drops the oldest entry beyond its size', async () => {
		const a = fakeDb(() => [{ file: 'a' }]);
		const b = fakeDb(() => [{ file: 'b' }]);
		const { warehouse, swap } = cachedOver(a.db, 2);
		const q = (n: number) => warehouse.use((d) => d.all(`select ${n}`));
		await q(1);
		await q(2);
		await q(3); // evicts 1
		await q(1);
		expect(a.calls).toEqual(['select 1', 'select 2', 'select 3', 'select 1']);
		swap(b.db);
		expect(await q(1)).toEqual([{ file: 'b' }]);
	});

	it('passes every query through when disabled', async () => {
		const { db, calls } = fakeDb(() => [{ n: 1 }]);
		const { warehouse } = cachedOver(db, 100, false);
		await warehouse.use((d) => d.all('select 1'));
		await warehouse.use((d) => d.all('select 1'));
		expect(calls).toHaveLength(2);
	});
});

describe('CachedWarehouse over a real warehouse file', () => {
	const dir = mkdtempSync(join(tmpdir(), 'kinerja-cache-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	async function write(path: string, rows: number) {
		const db = await openDb(path);
		await db.run(`create table t as select range as i from range(${rows})`);
		db.close();
	}

	it('answers from the new file after a load swaps it in', async () => {
		const path = join(dir, 'warehouse.duckdb');
		await write(path, 1);
		const warehouse = new CachedWarehouse(new WarehouseReader(path), {
			enabled: true,
			maxEntries: 10
		});
		const count = () =>
			warehouse.use((db) => db.one<{ n: number }>('select count(*)::integer as n from t'));
		expect(await count()).toEqual({ n: 1 });
		await write(join(dir, 'next.duckdb'), 2);
		renameSync(join(dir, 'next.duckdb'), path);
		expect(await count()).toEqual({ n: 2 });
		warehouse.close();
	});
});
