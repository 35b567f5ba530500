import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAgencies } from '../../data/generate/agencies.js';
import { iso, ymd } from '../../data/generate/dates.js';
import { buildPopulation, type Population } from '../../data/generate/employees.js';
import type { Manifest } from '../../data/generate/manifest.js';
import {
	badAppointment,
	badBirthDate,
	badGender,
	excelMangled,
	isPppkNip,
	type NipStyle,
	styleNip,
	wrongLength
} from '../../data/generate/nip.js';
import { Rng } from '../../data/generate/random.js';
import { headerKey, isoDate, nipRule } from './checkRows.js';
import { readSampleFile } from './readSample.js';
import { smallSample } from './sampleFixture.js';

let pop: Population;
beforeAll(() => {
	pop = buildPopulation(new Rng(5), {
		employees: 800,
		from: 2021,
		to: 2025,
		agencies: loadAgencies()
	});
});

describe('buildPopulation NIPs', () => {
	it('are unique and valid under every NIP rule', () => {
		const nips = pop.employees.map((e) => e.nip);
		expect(new Set(nips).size).toBe(nips.length);
		expect(nips.filter((n) => nipRule(n) !== null)).toEqual([]);
	});

	it('encode the birth date, the appointment and the gender of the employee', () => {
		for (const e of pop.employees) {
			const { y, m } = ymd(e.tmt);
			expect(e.nip.slice(0, 8)).toBe(iso(e.birth).replaceAll('-', ''));
			expect(e.nip[14]).toBe(e.gender === 'L' ? '1' : '2');
			if (e.type === 'PNS') expect(e.nip.slice(8, 14)).toBe(`${y}${String(m).padStart(2, '0')}`);
			else expect(e.nip.slice(8, 13)).toBe(`${y}2`);
			expect(isPppkNip(e.nip)).toBe(e.type === 'PPPK');
		}
	});

	it('give PPPK numbers only to appointments from 2022 on, and appoint nobody before 19', () => {
		for (const e of pop.employees) {
			if (e.type === 'PPPK') expect(ymd(e.tmt).y).toBeGreaterThanOrEqual(2022);
			expect(ymd(e.tmt).y - ymd(e.birth).y).toBeGreaterThanOrEqual(19);
		}
	});
});

describe('NIP spellings and defects', () => {
	const nip = '198609262015051001';
	it.each<NipStyle>(['plain', 'spaced', 'dotted', 'quoted', 'formula'])(
		'%s spelling cleans to the same NIP',
		(style) => {
			expect(nipRule(styleNip(nip, style))).toBeNull();
			expect(styleNip(nip, style).replace(/^="|"$|^'|[ .]/g, '')).toBe(nip);
		}
	);

	it.each([
		['nip_excel_mangled', (r: Rng, n: string) => excelMangled(n, r.chance(0.5))],
		['nip_format', wrongLength],
		['nip_birth_date', badBirthDate],
		['nip_appointment', badAppointment],
		['nip_gender', badGender]
	] as const)('%s damage breaks exactly that rule', (rule, damage) => {
		const rng = new Rng(11);
		for (const e of pop.employees.filter((x) => x.type === 'PNS').slice(0, 300))
			expect(nipRule(damage(rng, e.nip))).toBe(rule);
	});

	it('writes Excel scientific notation with six significant digits', () => {
		expect(excelMangled(nip, false)).toBe('1.98609E+17');
		expect(excelMangled(nip, true)).toBe('1,98609E+17');
	});
});

describe('roster files', () => {
	let out = '';
	let manifest: Manifest;
	let cleanup = () => {};
	beforeAll(async () => {
		({ out, manifest, cleanup } = await smallSample(60, 31));
	});
	afterAll(() => cleanup());

	it('agree with the NIP on birth date, gender and TMT CPNS in every row whose NIP is valid', async () => {
		let checked = 0;
		for (const file of manifest.files.filter((f) => f.kind === 'roster')) {
			const t = await readSampleFile(out, file);
			const col = (...names: string[]) => t.header.findIndex((h) => names.includes(headerKey(h)));
			const [n, b, g, tmt] = [
				col('nip'),
				col('tanggal lahir', 'tgl lahir'),
				col('jenis kelamin', 'jk'),
				col('tmt cpns')
			];
			for (const row of t.rows) {
				const raw = row.cells[n] ?? '';
				const birth = isoDate(row.cells[b] ?? '');
				if (nipRule(raw) !== null || !birth) continue;
				const d = raw.replace(/^="|"$|^'|[ .]/g, '');
				expect(birth.replaceAll('-', '')).toBe(d.slice(0, 8));
				expect((row.cells[g] ?? '').charAt(0)).toBe(d[14] === '1' ? 'L' : 'P');
				const t0 = isoDate(row.cells[tmt] ?? '');
				if (tmt >= 0 && t0 && !isPppkNip(d))
					expect(t0.slice(0, 7).replace('-', '')).toBe(d.slice(8, 14));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(200);
	});
});
