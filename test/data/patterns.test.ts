import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest, PatternEntry } from '../../data/generate/manifest.js';
import { headerKey } from './checkRows.js';
import { readSampleFile } from './readSample.js';
import { smallSample } from './sampleFixture.js';

let out = '';
let manifest: Manifest;
let cleanup = () => {};
beforeAll(async () => {
	({ out, manifest, cleanup } = await smallSample(300, 20251129));
});
afterAll(() => cleanup());

type Series = Record<string, Record<string, Record<string, number>>>;
const pattern = (kind: string) => manifest.patterns.find((p) => p.kind === kind) as PatternEntry;
const series = (kind: string) => pattern(kind).evidence as Series;
const at = (s: Series, agency: string, y: number, k: string) => s[agency]?.[String(y)]?.[k] ?? NaN;

describe('manifest patterns', () => {
	it('names the system change with its date', () => {
		expect(manifest.systemChange.date).toBe('2024-01-02');
		expect(pattern('system_change').evidence).toEqual({ date: '2024-01-02' });
	});

	it.each([
		['improving', 1],
		['declining', -1]
	] as const)('%s agencies move predikat and lateness the right way', (kind, sign) => {
		const s = series(kind);
		expect(Object.keys(s)).toHaveLength(2);
		for (const a of Object.keys(s)) {
			expect(
				sign * (at(s, a, 2025, 'shareBaikOrBetter') - at(s, a, 2022, 'shareBaikOrBetter'))
			).toBeGreaterThan(0.2);
			expect(sign * (at(s, a, 2021, 'lateShare') - at(s, a, 2025, 'lateShare'))).toBeGreaterThan(
				0.08
			);
		}
	});

	it('shows the resisting agencies late SKPs, few dialogues, falling JP and more lateness after the change', () => {
		const s = series('resisting_change');
		expect(Object.keys(s)).toHaveLength(2);
		for (const a of Object.keys(s)) {
			expect(at(s, a, 2024, 'lateShare')).toBeGreaterThan(at(s, a, 2023, 'lateShare') + 0.1);
			expect(at(s, a, 2025, 'meanJp')).toBeLessThan(20);
			expect(at(s, a, 2025, 'meanJp')).toBeLessThan(at(s, a, 2021, 'meanJp'));
			expect(at(s, a, 2023, 'skpLateShare')).toBeGreaterThan(0.3);
			expect(at(s, a, 2023, 'dialoguesPerEmployee')).toBeLessThan(1);
		}
		expect(at(s, 'SATPOLPP', 2024, 'shareBaikOrBetter')).toBe(1);
		expect(at(s, 'DPP', 2024, 'sharePerilakuDiBawah')).toBeGreaterThan(0.2);
		expect(pattern('curve_violation').agencies).toContain('SATPOLPP');
	});

	it('plants absence cases whose TK/Alpa rows in the files match their PP 94/2021 band, with a decree each', async () => {
		const cases = pattern('absence_band').evidence as Record<
			string,
			{ year: number; unexcusedDays: number; level: string }
		>;
		expect(Object.keys(cases).length).toBeGreaterThanOrEqual(5);
		expect(Object.values(cases).filter((c) => c.level === 'Berat').length).toBeGreaterThanOrEqual(
			1
		);
		const counted = new Map<string, number>();
		for (const file of manifest.files.filter((f) => f.kind === 'attendance')) {
			const t = await readSampleFile(out, file);
			const nip = t.header.findIndex((h) => headerKey(h) === 'nip');
			const status = t.header.findIndex((h) => ['keterangan', 'status'].includes(headerKey(h)));
			const date = t.header.findIndex((h) =>
				['tanggal', 'tgl', 'hari tanggal'].includes(headerKey(h))
			);
			for (const r of t.rows) {
				if (!['tk', 'alpa'].includes(headerKey(r.cells[status] ?? ''))) continue;
				const y = /(\d{4})/.exec(r.cells[date] ?? '')?.[1];
				const k = `${r.cells[nip]}:${y}`;
				counted.set(k, (counted.get(k) ?? 0) + 1);
			}
		}
		for (const [nip, c] of Object.entries(cases))
			expect(counted.get(`${nip}:${c.year}`) ?? 0, nip).toBe(c.unexcusedDays);
		const others = [...counted].filter(
			([k]) => !Object.keys(cases).some((n) => k.startsWith(`${n}:`))
		);
		expect(others.filter(([, n]) => n >= 3)).toEqual([]);
		const sanctions = manifest.files.find((f) => f.kind === 'sanctions');
		const decreed = new Set(
			(await readSampleFile(out, sanctions ?? manifest.files[0]!)).rows.map((r) => r.cells[0])
		);
		for (const nip of Object.keys(cases)) expect(decreed.has(nip), nip).toBe(true);
	});
});
