import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import { installNormalisers } from '../../pipeline/normalise/install.js';
import { isRuleCode } from '../../pipeline/validate/rules.js';

let db: Db;
beforeAll(async () => {
	db = await openDb();
	await installNormalisers(db);
});
afterAll(() => db.close());

interface Nip {
	clean: string | null;
	problem: string | null;
	type: string | null;
	birth: string | null;
	appointment: string | null;
	gender: string | null;
}

async function nip(value: string | null): Promise<Nip> {
	const row = await db.one<Record<keyof Nip, string | null>>(
		`select nip_clean($v::varchar) as clean, nip_problem($v::varchar) as problem, nip_type($v::varchar) as type,
			nip_birth_date($v::varchar) as birth, nip_appointment($v::varchar) as appointment,
			nip_gender($v::varchar) as gender`,
		{ v: value }
	);
	if (!row) throw new Error('no row');
	return row;
}

const PNS = '198609262015051001';

describe('nip_clean', () => {
	it.each([
		[PNS],
		['19860926 201505 1 001'],
		['19860926  201505  1  001'],
		['19860926.201505.1.001'],
		['19860926-201505-1-001'],
		["'198609262015051001"],
		['="198609262015051001"'],
		['"198609262015051001"'],
		[' 198609262015051001 '],
		['19860926\u00a0201505\u00a01\u00a0001']
	])('cleans %j to the 18 digits', async (value) => {
		expect((await nip(value)).clean).toBe(PNS);
	});

	it.each([
		[null],
		[''],
		['1.98609E+17'],
		['1,98609E+17'],
		['19860926201505100'],
		['1986092620150510011'],
		['19860926/201505/1/001'],
		['NIP 198609262015051001'],
		['abc']
	])('gives NULL for %j', async (value) => {
		expect((await nip(value)).clean).toBeNull();
	});
});

describe('nip_problem', () => {
	it.each([
		[PNS],
		['19860926 201505 1 001'],
		['="198609262015051001"'],
		['199001012021211001'], // PPPK 2021, batch 1, male
		['199001012021292002'], // PPPK batch 9, female
		['200401012021051001'], // appointed at 17 years 4 months
		['200406152021061001'], // appointed in the month of the 17th birthday
		['200002292021212001'], // born on a leap day
		['198609302015051001'],
		['196001011985031010']
	])('accepts %j', async (value) => {
		expect((await nip(value)).problem).toBeNull();
	});

	it.each([
		[null, 'required_missing'],
		['', 'required_missing'],
		['-', 'required_missing'],
		['1.98609E+17', 'nip_excel_mangled'],
		['1,98609E+17', 'nip_excel_mangled'],
		['1.98609262015051E+17', 'nip_excel_mangled'],
		['198609262015051000', 'nip_excel_mangled'],
		['198609262015052000', 'nip_excel_mangled'],
		['198609262015051000.00', 'nip_excel_mangled'],
		['19860926201505100', 'nip_format'],
		['1986092620150510011', 'nip_format'],
		['abc', 'nip_format'],
		['198602302015051001', 'nip_birth_date'], // 30 February
		['198613012015051001', 'nip_birth_date'], // month 13
		['193909262015051001', 'nip_birth_date'], // born before 1940
		['201109262015051001', 'nip_birth_date'], // born after 2010
		['200102292021212001', 'nip_birth_date'], // 2001 is no leap year
		['198609262015131001', 'nip_appointment'], // TMT month 13
		['198609262015001001', 'nip_appointment'], // TMT month 00
		['198609262000051001', 'nip_appointment'], // appointed at 13
		['200406152021051001', 'nip_appointment'], // a month before the 17th birthday
		['198609262015301001', 'nip_appointment'], // neither a month nor the PPPK code
		['199001012021201001', 'nip_appointment'], // PPPK batch 0
		['199001012018211001', 'nip_appointment'], // PPPK before 2019
		['200501012019211001', 'nip_appointment'], // PPPK at 14
		['198609262015053001', 'nip_gender'],
		['198609262015050001', 'nip_gender'],
		['199001012021213001', 'nip_gender']
	])('reports %j as %s', async (value, rule) => {
		expect((await nip(value)).problem).toBe(rule);
	});

	it('only returns codes of the rules catalogue', async () => {
		const rows = await db.all<{ p: string }>(
			`select distinct nip_problem(v) as p from (values (null), ('1.98609E+17'), ('123'),
				('198602302015051001'), ('198609262015131001'), ('198609262015053001')) t(v)`
		);
		expect(rows.length).toBe(6);
		for (const { p } of rows) expect(isRuleCode(p)).toBe(true);
	});
});

describe('nip_problem fast path', () => {
	it('agrees with the rule-by-rule diagnosis on 300,000 generated near-valid NIPs', async () => {
		// Every part drawn around its valid range, so that each rule is broken and kept many times.
		const part = (i: string, salt: number, modulo: number) =>
			`(hash(${i} * 31 + ${salt}) % ${modulo})`;
		const rows = await db.all<{ valid: number; disagree: number }>(`
			with nips as (
				select (1930 + ${part('i', 1, 90)})::varchar
					|| lpad(${part('i', 2, 14)}::varchar, 2, '0')
					|| lpad(${part('i', 3, 33)}::varchar, 2, '0')
					|| (1940 + ${part('i', 4, 170)})::varchar
					|| lpad(${part('i', 5, 30)}::varchar, 2, '0')
					|| ${part('i', 6, 4)}::varchar
					|| lpad(${part('i', 7, 1000)}::varchar, 3, '0') as n
				from range(300000) r(i)
			)
			select count(*) filter (where nip_problem(n) is null)::integer as valid,
				count(*) filter (where nip_valid_id(n) <> (nip_digits_problem_id(n) is null))::integer as disagree
			from nips
		`);
		expect(rows[0]?.disagree).toBe(0);
		expect(rows[0]?.valid).toBeGreaterThan(10000);
	});
});

describe('NIP derivations', () => {
	it('reads a PNS NIP: birth date, first day of the TMT month, gender, type', async () => {
		expect(await nip('19860926 201505 1 001')).toMatchObject({
			type: 'PNS',
			birth: '1986-09-26',
			appointment: '2015-05-01',
			gender: 'L'
		});
	});

	it('reads a PPPK number: January 1 of the appointment year', async () => {
		expect(await nip('199001012021212001')).toMatchObject({
			type: 'PPPK',
			birth: '1990-01-01',
			appointment: '2021-01-01',
			gender: 'P'
		});
	});

	it('tells PNS from PPPK by digit 13 (TMT month tens 0/1 vs PPPK code 2)', async () => {
		expect((await nip('198609262015121001')).type).toBe('PNS');
		expect((await nip('198609262015211001')).type).toBe('PPPK');
		expect((await nip('198609262015131001')).type).toBeNull();
		expect((await nip('198609262015201001')).type).toBeNull();
	});

	it.each([
		['198602302015051001', 'birth', null],
		['198609262015131001', 'appointment', null],
		['198609262015053001', 'gender', null],
		['1.98609E+17', 'type', null]
	] as const)('gives NULL for the invalid part of %j (%s)', async (value, field, expected) => {
		expect((await nip(value))[field]).toBe(expected);
	});
});
