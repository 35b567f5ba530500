import { describe, expect, it, vi } from 'vitest';
import type { FreshnessRow } from '../../web/lib/server/queries/dataQuality.js';
import {
	referenceYear,
	sourceFreshness,
	sourceStatus,
	type SourceStatus
} from '../../web/lib/server/dashboard/dataPageData.js';
import { EXPORT_KINDS, type ExportKind } from '../../pipeline/types.js';

vi.mock('$env/dynamic/private', () => ({ env: process.env }));

/** A loaded source whose rows end on `to` ('yyyy-mm-dd'), or have no period (`null`). */
function source(kind: ExportKind, to: string | null, files = 1): FreshnessRow {
	return {
		kind,
		n_files: files,
		rows_loaded: 10,
		last_loaded_at: '2026-11-29T10:51:00+07:00',
		last_file: `${kind}.csv`,
		latest_as_of: null,
		days_since_load: 0,
		period_from: to,
		period_to: to,
		period_unit: to === null ? null : 'day'
	};
}

describe('referenceYear', () => {
	it('is the newest annual appraisal year when there is one', () => {
		expect(referenceYear([source('attendance', '2026-03-31')], 2025)).toBe(2025);
	});
	it('falls back to the newest year any source covers', () => {
		const rows = [source('attendance', '2024-12-31'), source('training', '2025-06-30')];
		expect(referenceYear(rows, null)).toBe(2025);
	});
	it('is null for an empty warehouse', () => {
		expect(referenceYear([source('pin-map', null)], null)).toBeNull();
	});
});

describe('sourceStatus (reference year 2025)', () => {
	it.each<[string, ExportKind, FreshnessRow | null, SourceStatus]>([
		['covers the year', 'attendance', source('attendance', '2025-12-31'), 'current'],
		['covers part of the year', 'attendance', source('attendance', '2025-01-02'), 'current'],
		['runs past it', 'punches', source('punches', '2026-01-01'), 'current'],
		['ends the year before', 'attendance', source('attendance', '2024-12-31'), 'stale'],
		['a loaded core source without rows', 'training', source('training', null), 'stale'],
		['an optional source that ends early', 'punches', source('punches', '2024-06-30'), 'stale'],
		['a core source never loaded', 'appraisal', null, 'missing'],
		['a core source with no file', 'roster', source('roster', null, 0), 'missing'],
		['an optional source never loaded', 'punches', null, 'optional'],
		['awards never loaded', 'awards', null, 'optional'],
		['sanctions that end early: events', 'sanctions', source('sanctions', '2023-05-01'), 'loaded'],
		['a PIN map: no period', 'pin-map', source('pin-map', null), 'loaded']
	])('%s → %s', (_name, kind, row, expected) => {
		expect(sourceStatus(kind, row, 2025)).toBe(expected);
	});

	it('judges nothing stale without a reference year', () => {
		expect(sourceStatus('attendance', source('attendance', '2019-12-31'), null)).toBe('current');
	});
});

describe('sourceFreshness', () => {
	it('lists every export kind once, in load order, with its last year', () => {
		const { referenceYear: year, sources } = sourceFreshness(
			[source('training', '2025-12-24'), source('attendance', '2024-12-31')],
			2025
		);
		expect(year).toBe(2025);
		expect(sources.map((s) => s.kind)).toEqual([...EXPORT_KINDS]);
		const byKind = Object.fromEntries(sources.map((s) => [s.kind, s]));
		expect(byKind.attendance).toMatchObject({ status: 'stale', lastYear: 2024 });
		expect(byKind.training).toMatchObject({ status: 'current', lastYear: 2025 });
		expect(byKind.appraisal).toMatchObject({ status: 'missing', lastYear: null, row: null });
	});
});
