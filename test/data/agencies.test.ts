import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES_CSV, isValidOn, loadAgencies } from '../../data/generate/agencies.js';
import { day } from '../../data/generate/dates.js';
import { agencyOn, buildPopulation } from '../../data/generate/employees.js';
import type { Manifest } from '../../data/generate/manifest.js';
import { AGENCY_PLANS } from '../../data/generate/profiles.js';
import { Rng } from '../../data/generate/random.js';
import { agencyKeys, headerKey } from './checkRows.js';
import { readSampleFile } from './readSample.js';
import { smallSample } from './sampleFixture.js';

const agencies = loadAgencies();

describe('agency plans', () => {
	it('cover exactly the agencies of agencies.csv that are valid through 2025', () => {
		const valid = agencies.filter((a) => isValidOn(a, day(2025, 12, 31))).map((a) => a.code);
		expect(Object.keys(AGENCY_PLANS).sort()).toEqual(valid.sort());
	});
});

describe('buildPopulation postings', () => {
	const pop = buildPopulation(new Rng(20251129), {
		employees: 2800,
		from: 2021,
		to: 2025,
		agencies
	});
	const byCode = new Map(agencies.map((a) => [a.code, a]));

	it('post people only to agencies that exist and are valid on the day', () => {
		for (const e of pop.employees) {
			for (const p of e.postings) {
				const a = byCode.get(p.agency);
				expect(a, p.agency).toBeDefined();
				if (a) expect(isValidOn(a, Math.max(p.from, day(2021, 1, 1)))).toBe(true);
			}
		}
	});

	it.each([2021, 2022, 2023, 2024, 2025])(
		'leaves at least three agencies under 15 staff, and the big ones big, on 31 Dec %i',
		(y) => {
			const counts = new Map<string, number>();
			for (const e of pop.employees) {
				const code = agencyOn(e, day(y, 12, 31));
				if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
			}
			expect([...counts.values()].filter((n) => n < 15).length).toBeGreaterThanOrEqual(3);
			expect(counts.get('DISDIKBUD') ?? 0).toBeGreaterThan(800);
			expect(counts.get('DINKES') ?? 0).toBeGreaterThan(counts.get('KESBANGPOL') ?? 0);
			expect(counts.has('DINSOSPMD')).toBe(false);
		}
	);

	it('ends the span with about the requested headcount in the PNS:PPPK ratio of 2024', () => {
		const staff = pop.employees.filter((e) => agencyOn(e, day(2025, 12, 31)));
		expect(Math.abs(staff.length - 2800)).toBeLessThan(30);
		const pppk = staff.filter((e) => e.type === 'PPPK').length / staff.length;
		expect(pppk).toBeGreaterThan(0.16);
		expect(pppk).toBeLessThan(0.2);
	});
});

describe('generated files', () => {
	let out = '';
	let manifest: Manifest;
	let cleanup = () => {};
	beforeAll(async () => {
		({ out, manifest, cleanup } = await smallSample(60, 5));
	});
	afterAll(() => cleanup());

	it('name only agencies of agencies.csv, apart from the rows counted as unknown_agency', async () => {
		const known = agencyKeys(AGENCIES_CSV);
		const agencyHeaders = ['unit kerja', 'kode opd', 'nama skpd', 'opd', 'perangkat daerah'];
		for (const file of manifest.files) {
			const t = await readSampleFile(out, file);
			const at = t.header.findIndex((h) => agencyHeaders.includes(headerKey(h)));
			if (at < 0) continue;
			const unknown = t.rows.filter(
				(r) => (r.cells[at] ?? '').trim() !== '' && !known.has(headerKey(r.cells[at] ?? ''))
			);
			expect(unknown.length, file.path).toBe(file.expectedRejects.unknown_agency ?? 0);
		}
	});
});
