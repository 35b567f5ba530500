import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { installNormalisers } from '../../pipeline/normalise/install.js';

let db: Db;
beforeAll(async () => {
	db = await openDb();
	await installNormalisers(db);
});
afterAll(() => db.close());

async function keys(value: string | null): Promise<{ code: string | null; agency: string | null }> {
	const row = await db.one<{ code: string | null; agency: string | null }>(
		'select code_key($v::varchar) as code, agency_key($v::varchar) as agency',
		{ v: value }
	);
	return { code: row?.code ?? null, agency: row?.agency ?? null };
}

describe('code_key', () => {
	it.each([
		['Kurang/Misconduct', 'kurang misconduct'],
		['Kurang / Misconduct', 'kurang misconduct'],
		['KURANG_MISCONDUCT', 'kurang misconduct'],
		['  Kurang-misconduct ', 'kurang misconduct'],
		['Kurang (Misconduct)', 'kurang misconduct'],
		['Di  Atas\tEkspektasi', 'di atas ekspektasi'],
		['Sangat\u00a0Baik', 'sangat baik'],
		['III/a', 'iii a'],
		['III.a', 'iii a'],
		['III-a', 'iii a'],
		['IIIa', 'iiia'],
		['Tgl. Lahir', 'tgl lahir'],
		['M.01', 'm 01'],
		['TL+PSW', 'tl+psw'],
		['', ''],
		[null, null]
	])('keys %j as %j', async (value, expected) => {
		expect((await keys(value)).code).toBe(expected);
	});
});

describe('agency_key', () => {
	it.each([
		['Dinas Kesehatan Kota Bukittinggi', 'dinas kesehatan'],
		['DINAS KESEHATAN', 'dinas kesehatan'],
		['Dinas Kesehatan Bukittinggi', 'dinas kesehatan'],
		['Pemerintah Kota Bukittinggi - Dinas Kesehatan', 'dinas kesehatan'],
		['Dinkes', 'dinkes'],
		['Dinkes Kota', 'dinkes'],
		['Satpol PP & Damkar', 'satpol pp dan damkar'],
		[
			'Dinas Sosial, Pemberdayaan Masyarakat dan Desa',
			'dinas sosial pemberdayaan masyarakat dan desa'
		],
		['Kabag Umum', 'kabag umum'],
		['Kotabaru', 'kotabaru'],
		['Kab. Agam', 'agam'],
		['Kec. Guguk Panjang', 'kec guguk panjang']
	])('keys %j as %j', async (value, expected) => {
		expect((await keys(value)).agency).toBe(expected);
	});
});
