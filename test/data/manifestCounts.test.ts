import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES_CSV } from '../../data/generate/agencies.js';
import type { Manifest, ManifestFile } from '../../data/generate/manifest.js';
import { agencyKeys, recount } from './checkRows.js';
import { readSampleFile } from './readSample.js';
import { smallSample } from './sampleFixture.js';

let out = '';
let manifest: Manifest;
let cleanup = () => {};

beforeAll(async () => {
	({ out, manifest, cleanup } = await smallSample(60));
});
afterAll(() => cleanup());

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

describe('generateSample manifest', () => {
	it('lists exactly the files written, each kind at least once', () => {
		const written = walk(out)
			.map((p) => relative(out, p).split('\\').join('/'))
			.filter((p) => p !== 'manifest.json')
			.sort();
		expect(manifest.files.map((f) => f.path)).toEqual(written);
		const kinds = new Set(manifest.files.map((f) => f.kind));
		expect([...kinds].sort()).toEqual([
			'appraisal',
			'attendance',
			'awards',
			'competency',
			'feedback',
			'org-rating',
			'pin-map',
			'punches',
			'roster',
			'sanctions',
			'training'
		]);
	});

	it('counts data rows, rejects by rule, warnings and duplicates exactly as an independent reader finds them', async () => {
		const agencies = agencyKeys(AGENCIES_CSV);
		const pinMap = manifest.files.find((f) => f.kind === 'pin-map') as ManifestFile;
		const pins = new Set(
			(await readSampleFile(out, pinMap)).rows.map((r) => (r.cells[0] ?? '').trim())
		);
		const wrong: string[] = [];
		for (const file of manifest.files) {
			const table = await readSampleFile(out, file);
			const found = recount(file, table, agencies, pins);
			const expected = {
				dataRows: file.dataRows,
				rejects: file.expectedRejects,
				warnings: file.expectedWarnings,
				duplicates: file.expectedDuplicates
			};
			const actual = {
				dataRows: found.dataRows,
				rejects: found.rejects,
				warnings: found.warnings,
				duplicates: found.duplicates
			};
			if (JSON.stringify(sortKeys(expected)) !== JSON.stringify(sortKeys(actual)))
				wrong.push(
					`${file.path}: manifest ${JSON.stringify(expected)} vs file ${JSON.stringify(actual)}`
				);
			if (found.multi.length)
				wrong.push(
					`${file.path}: rows with more than one defect at lines ${found.multi.slice(0, 5).join(', ')}`
				);
			if (found.unmapped.length)
				wrong.push(`${file.path}: header cells no rule knows: ${found.unmapped.join(', ')}`);
			if (table.ragged.length)
				wrong.push(`${file.path}: ragged records at lines ${table.ragged.slice(0, 5).join(', ')}`);
			if (file.kind !== 'punches' && JSON.stringify(table.header) !== JSON.stringify(file.header))
				wrong.push(`${file.path}: header differs`);
			if (table.headerLine !== file.headerLine)
				wrong.push(
					`${file.path}: header on line ${table.headerLine}, manifest says ${file.headerLine}`
				);
		}
		expect(wrong).toEqual([]);
	});

	it('carries defects of every rule and both kinds of duplicate somewhere', () => {
		const rules = new Set(manifest.files.flatMap((f) => Object.keys(f.expectedRejects)));
		for (const rule of [
			'required_missing',
			'nip_excel_mangled',
			'nip_format',
			'nip_birth_date',
			'nip_appointment',
			'nip_gender',
			'date_invalid',
			'time_invalid',
			'number_invalid',
			'out_of_range',
			'unknown_code',
			'unknown_agency',
			'duplicate_conflict',
			'pin_unmapped',
			'not_data_row',
			'date_order'
		]) {
			expect(rules, rule).toContain(rule);
		}
		expect(manifest.files.some((f) => f.expectedWarnings.predikat_contradicts_matrix)).toBe(true);
		expect(manifest.files.reduce((n, f) => n + f.expectedDuplicates, 0)).toBeGreaterThan(0);
	});

	it('keeps defects at realistic rates (at most ~5% of a large file)', () => {
		for (const f of manifest.files.filter((x) => x.dataRows >= 1000)) {
			const bad = Object.values(f.expectedRejects).reduce((a, b) => a + (b ?? 0), 0);
			expect(bad / f.dataRows, f.path).toBeLessThan(0.05);
		}
	});
});

function sortKeys(value: unknown): unknown {
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		return Object.fromEntries(
			Object.entries(value as Record<string, unknown>)
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([k, v]) => [k, sortKeys(v)])
		);
	}
	return value;
}
