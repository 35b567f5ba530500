import { describe, expect, it } from 'vitest';
import { compareVersion } from '../../web/lib/components/FreshnessBanner.svelte';

const RENDERED = '2026-11-29T03:51:00.000Z';
const LATER = '2026-11-29T04:10:00.000Z';

describe('compareVersion', () => {
	it.each([
		// rendered, baseline, seen → baseline, changed
		['same file: learns the run, nothing new', RENDERED, undefined, [RENDERED, 3], 3, false],
		['file replaced before the run was known', RENDERED, undefined, [LATER, 4], undefined, true],
		['a new run after the baseline', RENDERED, 3, [LATER, 4], 3, true],
		['a new file, same run (files unchanged)', RENDERED, 3, [LATER, 3], 3, false],
		['first load after an empty start', null, null, [LATER, 1], null, true],
		['still no warehouse', null, undefined, [null, null], null, false],
		['warehouse gone: nothing to offer', RENDERED, undefined, [null, null], undefined, false]
	] as const)('%s', (_name, rendered, baseline, [updatedAt, runId], nextBaseline, changed) => {
		expect(compareVersion(rendered, baseline, { updatedAt, runId })).toEqual({
			baseline: nextBaseline,
			changed
		});
	});
});
