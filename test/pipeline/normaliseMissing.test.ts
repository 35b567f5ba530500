import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { installNormalisers } from '../../pipeline/normalise/install.js';

let db: Db;
beforeAll(async () => {
	db = await openDb();
	await installNormalisers(db);
});
afterAll(() => db.close());

async function isMissing(value: string | null): Promise<boolean | null> {
	const row = await db.one<{ m: boolean | null }>('select is_missing($v::varchar) as m', {
		v: value
	});
	return row?.m ?? null;
}

describe('is_missing', () => {
	it.each([
		[null],
		[''],
		['   '],
		['\t'],
		['\u00a0'],
		['-'],
		[' - '],
		['--'],
		['\u2013'],
		['NULL'],
		['null'],
		['Null'],
		['N/A'],
		['n/a'],
		['#N/A'],
		[' #N/A ']
	])('treats %j as missing', async (value) => {
		expect(await isMissing(value)).toBe(true);
	});

	it.each([
		['0'],
		['H'],
		['---'],
		['nullable'],
		['NA'],
		['#VALUE!'],
		['#REF!'],
		['- 5'],
		['198609262015051001'],
		['Kurang/Misconduct']
	])('treats %j as a value', async (value) => {
		expect(await isMissing(value)).toBe(false);
	});
});
