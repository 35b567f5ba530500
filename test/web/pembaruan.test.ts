import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { quiet, scratch } from '../helpers/tmp.js';
import { attendance, dataWarehouse } from './dataPageFixture.js';

// The endpoint reads KINERJA_DB through SvelteKit's $env; in vitest that is process.env.
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

type Endpoint = typeof import('../../web/routes/api/pembaruan/+server.js');
interface Version {
	updatedAt: string | null;
	runId: number | null;
}

const tmp = scratch('kinerja-pembaruan-');
let fixture: Awaited<ReturnType<typeof dataWarehouse>>;
let reader: { close(): void } | undefined;

/** The endpoint module with the warehouse at `path` (the reader is a module singleton). */
async function endpointFor(path: string): Promise<Endpoint> {
	reader?.close();
	vi.resetModules();
	process.env.KINERJA_DB = path;
	reader = (await import('../../web/lib/server/warehouse.js')).warehouse;
	return import('../../web/routes/api/pembaruan/+server.js');
}

async function ask(endpoint: Endpoint): Promise<Version> {
	const response = await endpoint.GET({} as never);
	expect(response.status).toBe(200);
	expect(response.headers.get('cache-control')).toBe('no-store');
	return (await response.json()) as Version;
}

beforeAll(async () => {
	fixture = await dataWarehouse();
});

afterAll(() => {
	reader?.close();
	fixture?.cleanup();
	tmp.cleanup();
});

describe('GET /api/pembaruan', () => {
	it('answers nulls before the first load', async () => {
		expect(await ask(await endpointFor(join(tmp.dir, 'none.duckdb')))).toEqual({
			updatedAt: null,
			runId: null
		});
	});

	it('changes when a second file is loaded into a copy of the warehouse', async () => {
		const copy = join(tmp.dir, 'copy.duckdb');
		copyFileSync(fixture.path, copy);
		const endpoint = await endpointFor(copy);
		const before = await ask(endpoint);
		expect(before).toEqual({ updatedAt: statSync(copy).mtime.toISOString(), runId: 1 });

		const file = tmp.write('presensi_2025.csv', attendance(2025, false));
		await runLoad({ warehouse: copy, inputs: [file] }, quiet);
		const after = await ask(endpoint);
		expect(after.runId).toBe(2);
		expect(after.updatedAt).toBe(statSync(copy).mtime.toISOString());
		expect(Date.parse(after.updatedAt ?? '')).toBeGreaterThan(Date.parse(before.updatedAt ?? ''));

		// The same file again changes no data: a new warehouse file, but the same run behind the data.
		await runLoad({ warehouse: copy, inputs: [file] }, quiet);
		const again = await ask(endpoint);
		expect(again.runId).toBe(2);
		expect(again.updatedAt).not.toBe(after.updatedAt);
	});
});
