import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { installNormalisers } from '../../pipeline/normalise/install.js';

let db: Db;
beforeAll(async () => {
	db = await openDb();
	await installNormalisers(db);
});
afterAll(() => db.close());

async function parseDate(value: string | null): Promise<string | null> {
	const row = await db.one<{ d: string | null }>('select parse_date_id($v::varchar) as d', {
		v: value
	});
	return row?.d ?? null;
}

describe('parse_date_id', () => {
	it.each([
		// the shapes of exports.md
		['2025-11-29', '2025-11-29'],
		['29/11/2025', '2025-11-29'],
		['29-11-2025', '2025-11-29'],
		['3/2/25', '2025-02-03'],
		['03/02/2025', '2025-02-03'],
		['3/2/2025', '2025-02-03'],
		['29.11.2025', '2025-11-29'],
		['2025/11/29', '2025-11-29'],
		['  29/11/2025 ', '2025-11-29'],
		// with a time (taken off)
		['2025-11-29 07:31:05', '2025-11-29'],
		['2025-11-29T07:31:05', '2025-11-29'],
		['29/11/2025 07:31', '2025-11-29'],
		['29/11/2025 07.31', '2025-11-29'],
		['29-11-2025 07:31:05', '2025-11-29'],
		// Excel serial numbers, epoch 1899-12-30
		['45990', '2025-11-29'],
		['45990.3131944', '2025-11-29'],
		['20000', '1954-10-03'],
		['80000', '2119-01-11'],
		// month names, Indonesian and English, full and short, old spellings
		['29 Nov 2025', '2025-11-29'],
		['29 Nopember 2025', '2025-11-29'],
		['29 November 2025', '2025-11-29'],
		['29-Agu-2025', '2025-08-29'],
		['29 Agustus 2025', '2025-08-29'],
		['17 Agt 2025', '2025-08-17'],
		['17-Aug-2025', '2025-08-17'],
		['1 Mei 2025', '2025-05-01'],
		['1 May 2025', '2025-05-01'],
		['5 Okt 2025', '2025-10-05'],
		['5 Oct 2025', '2025-10-05'],
		['25 Des 2025', '2025-12-25'],
		['25 DESEMBER 2025', '2025-12-25'],
		['14 Peb 2025', '2025-02-14'],
		['14 Pebruari 2025', '2025-02-14'],
		['14 Februari 2025', '2025-02-14'],
		['1 Djuni 1960', '1960-06-01'],
		['31 Maret 2025', '2025-03-31'],
		['29-nov-25', '2025-11-29'],
		['29 Nov. 2025', '2025-11-29'],
		// with a weekday
		['Sabtu, 29/11/2025', '2025-11-29'],
		['Senin 3/2/2025', '2025-02-03'],
		['Senin, 03-02-2025', '2025-02-03'],
		["Jum'at, 28 Nov 2025", '2025-11-28'],
		['Jumat, 28 November 2025', '2025-11-28'],
		['Minggu,30-Nov-2025', '2025-11-30'],
		['Saturday 29 November 2025', '2025-11-29'],
		// a real leap day
		['29/02/2024', '2024-02-29'],
		['29/02/00', '2000-02-29']
	])('reads %j as %s', async (value, expected) => {
		expect(await parseDate(value)).toBe(expected);
	});

	it.each([
		['1/1/00', '2000-01-01'],
		['1/1/69', '2069-01-01'],
		['1/1/70', '1970-01-01'],
		['1/1/99', '1999-01-01']
	])(
		'puts the two-digit year of %j in its century (00–69 → 20yy, 70–99 → 19yy)',
		async (value, expected) => {
			expect(await parseDate(value)).toBe(expected);
		}
	);

	it.each([
		[null],
		[''],
		['-'],
		['31/02/2025'],
		['29/02/2025'],
		['29/2/25'],
		['31/04/2025'],
		['2025-13-01'],
		['00/01/2025'],
		['32/01/2025'],
		['11/29/2025'],
		['29/11/0025'],
		['0025-11-29'],
		['29/11/202'],
		['29 Foo 2025'],
		['29 Nov 2025 sabtu'],
		['Foo, 29/11/2025'],
		['Sabtu'],
		['2025-11-29 (BC)'],
		['infinity'],
		['19999'],
		['80001'],
		['20251129'],
		['abc']
	])('rejects %j', async (value) => {
		expect(await parseDate(value)).toBeNull();
	});

	it('parses a whole column in one statement', async () => {
		const rows = await db.all<{ d: string | null }>(
			`select parse_date_id(v) as d from (values ('29/11/2025'), ('2025-11-29'), ('31/02/2025'), (null)) t(v)`
		);
		expect(rows.map((r) => r.d)).toEqual(['2025-11-29', '2025-11-29', null, null]);
	});
});
