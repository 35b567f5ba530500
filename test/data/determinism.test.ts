import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { dosDateTime, fixZipTimestamps } from '../../data/generate/zipTimestamps.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function runCli(args: string[]): string {
	const out = mkdtempSync(join(tmpdir(), 'kinerja-det-'));
	dirs.push(out);
	const run = spawnSync(
		process.execPath,
		['--import', 'tsx', 'data/generate/cli.ts', '--out', out, ...args],
		{ encoding: 'utf8' }
	);
	expect(run.status, run.stderr).toBe(0);
	return out;
}

function digests(dir: string): Record<string, string> {
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((n) =>
			statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]
		);
	return Object.fromEntries(
		walk(dir).map((p) => [
			relative(dir, p),
			createHash('sha256').update(readFileSync(p)).digest('hex')
		])
	);
}

describe('cli', () => {
	it('writes byte-identical files for the same arguments, XLSX included', () => {
		const a = digests(runCli(['--employees', '60', '--seed', '99']));
		const b = digests(runCli(['--employees', '60', '--seed', '99']));
		expect(Object.keys(a).some((p) => p.endsWith('.xlsx'))).toBe(true);
		expect(b).toEqual(a);
	});

	it('writes different data for another seed', () => {
		const a = digests(
			runCli(['--employees', '60', '--seed', '1', '--from', '2025', '--to', '2025'])
		);
		const b = digests(
			runCli(['--employees', '60', '--seed', '2', '--from', '2025', '--to', '2025'])
		);
		expect(b['attendance/presensi_2025.csv']).not.toBe(a['attendance/presensi_2025.csv']);
	});

	it('refuses years it has no holidays for', () => {
		const run = spawnSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'data/generate/cli.ts',
				'--from',
				'2019',
				'--out',
				join(tmpdir(), 'never')
			],
			{ encoding: 'utf8' }
		);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/--from\/--to/);
	});
});

describe('fixZipTimestamps', () => {
	it('stamps every zip entry with the given time', async () => {
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('S').addRow(['NIP']);
		const when = new Date(Date.UTC(2026, 0, 10, 8, 0, 0));
		const zip = fixZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()), when);
		const { time, date } = dosDateTime(when);
		let entries = 0;
		for (
			let at = zip.indexOf('PK\u0001\u0002');
			at >= 0;
			at = zip.indexOf('PK\u0001\u0002', at + 4)
		) {
			expect([zip.readUInt16LE(at + 12), zip.readUInt16LE(at + 14)]).toEqual([time, date]);
			entries++;
		}
		expect(entries).toBeGreaterThan(5);
	});
});
