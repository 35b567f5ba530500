import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { installNormalisers } from '../../pipeline/normalise/install.js';
import { DEFAULT_REFERENCE_DIR } from '../../pipeline/normalise/reference.js';

type AgencyRow = Record<string, string>;

const csv = Papa.parse<AgencyRow>(
	readFileSync(join(DEFAULT_REFERENCE_DIR, 'agencies.csv'), 'utf8'),
	{
		header: true,
		skipEmptyLines: true,
		delimiter: ','
	}
);
const agencies = csv.data;

/** Every way the file names an agency: [spelling, code]. */
const spellings: [string, string][] = agencies.flatMap((a) => {
	const code = a.code ?? '';
	const aliases = (a.aliases ?? '').split('|').filter((s) => s.trim() !== '');
	return [a.code, a.name, a.short_name, ...aliases]
		.filter((s): s is string => Boolean(s))
		.map((s): [string, string] => [s, code]);
});

let db: Db;
beforeAll(async () => {
	db = await openDb();
	await installNormalisers(db);
});
afterAll(() => db.close());

async function agencyOf(spelling: string): Promise<string[]> {
	const rows = await db.all<{ code: string }>(
		'select distinct code from ref_agency_alias where key = agency_key($s::varchar) order by code',
		{ s: spelling }
	);
	return rows.map((r) => r.code);
}

describe('ref_agency', () => {
	it('holds every row and column of agencies.csv', async () => {
		expect(agencies.length).toBeGreaterThan(20);
		const rows = await db.all<AgencyRow>('select * from ref_agency order by code');
		expect(rows.map((r) => r.code)).toEqual(agencies.map((a) => a.code).sort());
		expect(Object.keys(rows[0] ?? {})).toEqual(csv.meta.fields);
	});

	it('types validity dates and the provisional flag', async () => {
		const row = await db.one<{ valid_from: string; valid_to: string | null; provisional: boolean }>(
			`select valid_from, valid_to, provisional from ref_agency where code = 'DINSOS'`
		);
		expect(row).toEqual({ valid_from: '2017-01-01', valid_to: '2025-12-31', provisional: false });
		const types = await db.all<{ column_name: string; data_type: string }>(
			`select column_name, data_type from information_schema.columns
			where table_name = 'ref_agency' and column_name in ('valid_from', 'valid_to', 'provisional')
			order by column_name`
		);
		expect(types.map((t) => t.data_type)).toEqual(['BOOLEAN', 'DATE', 'DATE']);
	});
});

describe('ref_agency_alias', () => {
	it.each(spellings)('finds %j as %s', async (spelling, code) => {
		expect(await agencyOf(spelling)).toEqual([code]);
	});

	it.each([
		['Dinas Kesehatan Kota Bukittinggi'],
		['DINAS KESEHATAN'],
		['Dinkes'],
		['dinas kesehatan'],
		['Dinas Kesehatan Bukittinggi'],
		['Pemerintah Kota Bukittinggi Dinas Kesehatan'],
		['DINKES']
	])('finds %j as DINKES', async (spelling) => {
		expect(await agencyOf(spelling)).toEqual(['DINKES']);
	});

	it('maps every key to one agency', async () => {
		const dup = await db.all(
			"select key, string_agg(code, ', ') as codes from ref_agency_alias group by key having count(*) > 1"
		);
		expect(dup).toEqual([]);
	});

	it('finds nothing for an unknown agency', async () => {
		expect(await agencyOf('Dinas Kelautan dan Perikanan')).toEqual([]);
		expect(await agencyOf('RSUD Dr. Achmad Mochtar')).toEqual([]);
	});
});
