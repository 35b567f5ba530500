import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { installNormalisers } from '../../pipeline/normalise/install.js';

let db: Db;
beforeAll(async () => {
	db = await openDb();
	await installNormalisers(db);
});
afterAll(() => db.close());

async function parseTime(value: string | null): Promise<string | null> {
	const row = await db.one<{ t: string | null }>('select parse_time_id($v::varchar) as t', {
		v: value
	});
	return row?.t ?? null;
}

describe('parse_time_id', () => {
	it.each([
		['07:31', '07:31:00'],
		['07.31', '07:31:00'],
		['7:31', '07:31:00'],
		['7.31', '07:31:00'],
		['07:31:05', '07:31:05'],
		['07.31.05', '07:31:05'],
		['07:31:05.5', '07:31:05'],
		[' 07:31 ', '07:31:00'],
		['16:52', '16:52:00'],
		['23:59:59', '23:59:59'],
		['00:00:00', '00:00:00'],
		['00:00', '00:00:00'],
		['00.25', '00:25:00'],
		['07:31 WIB', '07:31:00'],
		['7:31 PM', '19:31:00'],
		['12:05 AM', '00:05:00'],
		['12:05 pm', '12:05:00'],
		// a date-time: the time is taken
		['2025-11-29 07:31:05', '07:31:05'],
		['2025-11-29T07:31:05', '07:31:05'],
		['29/11/2025 07.31', '07:31:00'],
		['29/11/2025 07:31', '07:31:00'],
		// Excel's fraction of a day
		['0.3131944', '07:31:00'],
		['0,3131944', '07:31:00'],
		['0.3131944444444', '07:31:00'],
		['0.25', '06:00:00'],
		['.5', '12:00:00'],
		['0', '00:00:00'],
		['45990.3131944', '07:31:00']
	])('reads %j as %s', async (value, expected) => {
		expect(await parseTime(value)).toBe(expected);
	});

	it.each([
		[null],
		[''],
		['-'],
		['24:00'],
		['24:00:00'],
		['25:00'],
		['07:60'],
		['07:31:60'],
		['7:5'],
		['13:05 PM'],
		['1.5'],
		['0.99999999'],
		['abc'],
		['07:31 sore'],
		['2025-11-29']
	])('rejects %j', async (value) => {
		expect(await parseTime(value)).toBeNull();
	});
});
