import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENCIES_CSV } from '../../data/generate/agencies.js';
import { BENCH_HEADER, writeAttendanceCsv } from '../../data/generate/attendanceBench.js';
import type { ManifestFile } from '../../data/generate/manifest.js';
import { agencyKeys, recount } from './checkRows.js';
import { readSampleFile } from './readSample.js';

const dir = mkdtempSync(join(tmpdir(), 'kinerja-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAttendanceCsv', () => {
	it('writes exactly the rows asked for and counts its defects as an independent reader finds them', async () => {
		const path = join(dir, 'a.csv');
		const result = await writeAttendanceCsv(path, { rows: 30_000, seed: 3 });
		expect(result.rows).toBe(30_000);
		expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(30_001);
		const file: ManifestFile = {
			path: 'a.csv',
			kind: 'attendance',
			format: 'csv',
			encoding: 'utf-8',
			delimiter: ';',
			header: BENCH_HEADER,
			headerLine: 1,
			dataRows: result.rows,
			expectedRejects: result.badRows,
			expectedWarnings: {},
			expectedDuplicates: result.duplicates,
			naturalKey: ['nip', 'tanggal']
		};
		const found = recount(file, await readSampleFile(dir, file), agencyKeys(AGENCIES_CSV));
		expect(found.multi).toEqual([]);
		expect({ rows: found.dataRows, bad: sorted(found.rejects), dups: found.duplicates }).toEqual({
			rows: result.rows,
			bad: sorted(result.badRows),
			dups: result.duplicates
		});
		const bad = Object.values(result.badRows).reduce((a, b) => a + (b ?? 0), 0);
		expect(bad / result.rows).toBeGreaterThan(0.01);
		expect(bad / result.rows).toBeLessThan(0.05);
	});

	it('is deterministic for a seed', async () => {
		const digest = async (name: string, seed: number) => {
			await writeAttendanceCsv(join(dir, name), { rows: 5000, seed });
			return createHash('sha256')
				.update(readFileSync(join(dir, name)))
				.digest('hex');
		};
		expect(await digest('b.csv', 9)).toBe(await digest('c.csv', 9));
		expect(await digest('d.csv', 10)).not.toBe(await digest('b.csv', 9));
	});
});

function sorted(o: object): object {
	return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}
