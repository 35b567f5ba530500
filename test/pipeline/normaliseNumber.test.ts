import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { installNormalisers } from '../../pipeline/normalise/install.js';

let db: Db;
beforeAll(async () => {
	db = await openDb();
	await installNormalisers(db);
});
afterAll(() => db.close());

async function parse(value: string | null): Promise<{ n: number | null; i: number | null }> {
	const row = await db.one<{ n: number | null; i: number | null }>(
		'select parse_number_id($v::varchar) as n, parse_int_id($v::varchar) as i',
		{ v: value }
	);
	return { n: row?.n ?? null, i: row?.i ?? null };
}

describe('parse_number_id', () => {
	it.each([
		['85', 85],
		[' 85 ', 85],
		['\t85\u00a0', 85],
		['85,5', 85.5],
		['85.5', 85.5],
		['85,50', 85.5],
		['88,75', 88.75],
		['-3', -3],
		['+2', 2],
		['0', 0],
		['1.234', 1234],
		['1.234.567', 1234567],
		['1.234,5', 1234.5],
		['12.345,67', 12345.67],
		['-1.234,5', -1234.5],
		['1,234.5', 1234.5],
		['1,234,567', 1234567],
		['1,234', 1.234],
		['0.313', 0.313],
		['1234.567', 1234.567],
		['0,3131944', 0.3131944],
		[',5', 0.5],
		['.5', 0.5],
		['5.', 5],
		['1 234 567', 1234567],
		['1\u00a0234', 1234],
		['1,5E+3', 1500],
		['1.98609E+17', 1.98609e17]
	])('reads %j as %d', async (value, expected) => {
		expect((await parse(value)).n).toBeCloseTo(expected, 9);
	});

	it.each([
		[null],
		[''],
		['abc'],
		['NaN'],
		['inf'],
		['1_000'],
		['0x10'],
		['85%'],
		['Rp 1.000'],
		['1.23,5'],
		['1.2.3'],
		['85 5'],
		['1,2,3'],
		['--5'],
		['5-']
	])('rejects %j', async (value) => {
		expect((await parse(value)).n).toBeNull();
	});
});

describe('parse_int_id', () => {
	it.each([
		['12', 12],
		[' 12 ', 12],
		['-3', -3],
		['+2', 2],
		['1.234', 1234],
		['30,0', 30],
		['2147483647', 2147483647]
	])('reads %j as %d', async (value, expected) => {
		expect((await parse(value)).i).toBe(expected);
	});

	it.each([['85,5'], ['0.5'], ['1,234'], ['2147483648'], ['abc'], ['']])(
		'rejects %j (a fraction, too large, or not a number)',
		async (value) => {
			expect((await parse(value)).i).toBeNull();
		}
	);
});
