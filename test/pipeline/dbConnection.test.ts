import { describe, expect, it } from 'vitest';
import { inTransaction, quoteIdent, withDb } from '../../pipeline/db/connection.js';

describe('withDb', () => {
	it('binds parameters and returns JSON-safe rows', async () => {
		const rows = await withDb((db) =>
			db.all('select $a::integer + 1 as n, count(*) as c', { a: 41 })
		);
		expect(rows).toEqual([{ n: 42, c: '1' }]);
	});

	it('pins the time zone to Asia/Jakarta', async () => {
		const row = await withDb((db) => db.one(`select current_setting('TimeZone') as tz`));
		expect(row?.tz).toBe('Asia/Jakarta');
	});
});

describe('inTransaction', () => {
	it('rolls everything back when the work fails', async () => {
		await withDb(async (db) => {
			await db.run('create table t (x integer)');
			await expect(
				inTransaction(db, async () => {
					await db.run('insert into t values (1)');
					throw new Error('boom');
				})
			).rejects.toThrow('boom');
			expect(await db.all('select count(*)::integer as n from t')).toEqual([{ n: 0 }]);
		});
	});
});

describe('quoteIdent', () => {
	it('doubles embedded quotes', () => {
		expect(quoteIdent('a"b')).toBe('"a""b"');
	});
});
