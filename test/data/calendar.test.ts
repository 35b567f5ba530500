import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Calendar, HOLIDAYS_CSV, loadHolidays } from '../../data/generate/calendar.js';
import { day, parseIso, weekday } from '../../data/generate/dates.js';
import type { Manifest } from '../../data/generate/manifest.js';
import { headerKey, isoDate } from './checkRows.js';
import { readSampleFile } from './readSample.js';
import { smallSample } from './sampleFixture.js';

describe('holidays.csv', () => {
	const lines = readFileSync(HOLIDAYS_CSV, 'utf8').trimEnd().split('\n');
	const rows = lines.slice(1).map((l) => l.split(','));

	it('is clean: one header, four fields a line, unique ISO dates from 2021 to 2025 in order', () => {
		expect(lines[0]).toBe('date,name,kind,legal_basis');
		expect(rows.filter((r) => r.length !== 4)).toEqual([]);
		const dates = rows.map((r) => r[0] ?? '');
		expect(
			dates.filter((d) => isoDate(d) === null || d < '2021-01-01' || d > '2025-12-31')
		).toEqual([]);
		expect(new Set(dates).size).toBe(dates.length);
		expect([...dates].sort()).toEqual(dates);
		expect(
			rows.filter((r) => !['libur_nasional', 'cuti_bersama'].includes(r[2] ?? '') || !r[1] || !r[3])
		).toEqual([]);
	});

	it.each([
		['2021-08-17', 'libur_nasional'],
		['2023-04-22', 'libur_nasional'],
		['2024-04-10', 'libur_nasional'],
		['2024-12-26', 'cuti_bersama'],
		['2025-03-31', 'libur_nasional']
	])('holds %s as %s', (date, kind) => {
		expect(rows.find((r) => r[0] === date)?.[2]).toBe(kind);
	});
});

describe('Calendar', () => {
	const calendar = new Calendar(loadHolidays());

	it('never counts a holiday, cuti bersama or weekend as a working day', () => {
		for (const h of loadHolidays()) expect(calendar.isWorkday(h.date), String(h.date)).toBe(false);
		for (let d = day(2021, 1, 1); d <= day(2025, 12, 31); d++) {
			if (weekday(d) === 0 || weekday(d) === 6) expect(calendar.isWorkday(d)).toBe(false);
		}
	});

	it.each([2021, 2022, 2023, 2024, 2025])('gives %i a plausible number of working days', (y) => {
		expect(calendar.workdays(y).length).toBeGreaterThan(230);
		expect(calendar.workdays(y).length).toBeLessThan(252);
	});

	it('starts at 07:30, and at 08:00 in Ramadan (Perpres 21/2023)', () => {
		expect(calendar.schedule(parseIso('2024-02-05'))).toEqual({ start: 450, end: 960 });
		expect(calendar.schedule(parseIso('2024-02-09')).end).toBe(990);
		expect(calendar.schedule(parseIso('2024-03-20')).start).toBe(480);
	});
});

describe('attendance files', () => {
	let out = '';
	let manifest: Manifest;
	let cleanup = () => {};
	beforeAll(async () => {
		({ out, manifest, cleanup } = await smallSample(60, 77));
	});
	afterAll(() => cleanup());

	it('hold rows only for working days (the impossible dates aside)', async () => {
		const calendar = new Calendar(loadHolidays());
		const bad: string[] = [];
		let rows = 0;
		for (const file of manifest.files.filter((f) => f.kind === 'attendance')) {
			const t = await readSampleFile(out, file);
			const at = t.header.findIndex((h) =>
				['tanggal', 'tgl', 'hari tanggal'].includes(headerKey(h))
			);
			for (const row of t.rows) {
				const iso = isoDate((row.cells[at] ?? '').replace(/^[A-Za-z]+,\s*/, ''));
				if (!iso) continue;
				rows++;
				if (!calendar.isWorkday(parseIso(iso))) bad.push(`${file.path}:${row.line} ${iso}`);
			}
		}
		expect(rows).toBeGreaterThan(10_000);
		expect(bad).toEqual([]);
	});
});
