import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agencyByCode, loadAgencies } from '../../data/generate/agencies.js';
import { writeAttendanceCsv } from '../../data/generate/attendanceBench.js';
import { openDb } from '../../pipeline/db/connection.js';
import { scratch } from '../helpers/tmp.js';
import { buildIsStale } from './appServer.js';
import { ensureWebWarehouse } from './webWarehouse.js';

const tmp = scratch('kinerja-webbench-');
afterAll(() => tmp.cleanup());

describe('writeAttendanceCsv with roster people', () => {
	it('writes only their NIPs, in their years, with their agency, about as many rows as asked', async () => {
		const people = [
			{ nip: '198001012005011001', name: 'Andi', agencyCode: 'DISHUB', year: 2024 },
			{ nip: '198502022010012002', name: 'Sari', agencyCode: 'DINKES', year: 2025 },
			{ nip: '198502022010012002', name: 'Sari', agencyCode: 'DINKES', year: 2024 }
		];
		const path = join(tmp.dir, 'roster-attendance.csv');
		const result = await writeAttendanceCsv(path, { rows: 300, seed: 5, people });
		const lines = readFileSync(path, 'utf8').trim().split('\n').slice(1);
		expect(lines).toHaveLength(result.rows);
		// ~740 person-days available: each kept with the same chance, so 300 ± noise.
		expect(result.rows).toBeGreaterThan(200);
		expect(result.rows).toBeLessThan(400);
		const clean = lines.map((l) => l.split(';')).filter((c) => /^\d{18}$/.test(c[0] ?? ''));
		expect(new Set(clean.map((c) => c[0]))).toEqual(new Set(people.map((p) => p.nip)));
		for (const c of clean) {
			const year = (c[3] ?? '').slice(-4);
			if (c[0] === people[0]!.nip) expect(year).toBe('2024');
			else expect(['2024', '2025']).toContain(year);
		}
		const units = new Map(clean.map((c) => [c[0], c[2]]));
		const names = agencyByCode(loadAgencies());
		expect(units.get(people[0]!.nip)).toBe(names.get('DISHUB')?.shortName);
		expect(units.get(people[1]!.nip)).toBe(names.get('DINKES')?.shortName);
	});

	it('never writes more than the employee-years hold', async () => {
		const people = [{ nip: '198001012005011001', name: 'Andi', agencyCode: 'DISHUB', year: 2025 }];
		const result = await writeAttendanceCsv(join(tmp.dir, 'one.csv'), {
			rows: 10_000,
			people
		});
		expect(result.rows).toBeLessThan(270);
	});
});

describe('ensureWebWarehouse', () => {
	it('builds a warehouse whose attendance joins to the roster, then reuses it', async () => {
		const options = { dir: tmp.dir, rows: 20_000, employees: 60, log: () => {} };
		const built = await ensureWebWarehouse(options);
		expect(built.built).toBe(true);
		expect(built.attendanceRows).toBeGreaterThan(15_000);
		expect(built.joinedDays).toBe(built.attendanceRows);

		const db = await openDb(built.path, { readOnly: true });
		try {
			const years = await db.all<{ year: number; agencies: number }>(
				`select year::integer as year, count(distinct agency_code)::integer as agencies
				from int_attendance_agency_days_aggregated
				join (select distinct year(work_date) as year, work_date from int_attendance_days_unified)
					using (work_date)
				group by year order by year`
			);
			// Spread over every sample year, not the first 20,000 days of 2021.
			expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
			expect(years.every((y) => y.agencies > 3)).toBe(true);
		} finally {
			db.close();
		}

		const again = await ensureWebWarehouse(options);
		expect(again).toMatchObject({
			path: built.path,
			built: false,
			attendanceRows: built.attendanceRows
		});
	});
});

describe('buildIsStale', () => {
	it('is true without a build and when a web source is newer than it', () => {
		const root = join(tmp.dir, 'app');
		mkdirSync(join(root, 'web', 'routes'), { recursive: true });
		writeFileSync(join(root, 'web', 'routes', '+page.svelte'), '<h1>x</h1>');
		expect(buildIsStale(root)).toBe(true);
		mkdirSync(join(root, 'build'));
		writeFileSync(join(root, 'build', 'handler.js'), '');
		const past = new Date(Date.now() - 60_000);
		for (const path of ['web', 'web/routes', 'web/routes/+page.svelte'])
			utimesSync(join(root, path), past, past);
		expect(buildIsStale(root)).toBe(false);
		writeFileSync(join(root, 'web', 'routes', '+page.svelte'), '<h1>y</h1>');
		expect(buildIsStale(root)).toBe(true);
	});
});
