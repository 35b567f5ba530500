import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY } from '../../../web/lib/server/auth/policy.js';
import { ROOT } from '../../helpers/cli.js';

const ROUTES = join(ROOT, 'web/routes');

/** Every route file under web/routes as SvelteKit names it: route id and page or endpoint. */
function routeFiles(dir = ROUTES): { id: string; type: 'page' | 'endpoint'; file: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return routeFiles(path);
		const type = /^\+page(\.server)?\.(ts|js|svelte)$/.test(entry.name)
			? 'page'
			: /^\+server\.(ts|js)$/.test(entry.name)
				? 'endpoint'
				: null;
		if (!type) return [];
		const id = `/${relative(ROUTES, dir).split(sep).join('/')}`.replace(/\/$/, '') || '/';
		return [{ id: id === '' ? '/' : id, type, file: relative(ROOT, path) }];
	});
}

describe('POLICY', () => {
	const files = routeFiles();

	it('finds the routes (the walk itself works)', () => {
		expect(files.map((f) => f.id)).toContain('/kinerja');
		expect(files.map((f) => f.id)).toContain('/unduh/jp.csv');
	});

	it.each(files.map((f) => [f.file, f] as const))('has an entry for %s', (_file, route) => {
		expect(POLICY[route.id], `add '${route.id}' to web/lib/server/auth/policy.ts`).toBeDefined();
		expect(POLICY[route.id]!.type).toBe(route.type);
	});

	it('names no route that does not exist', () => {
		const ids = new Set(files.map((f) => f.id));
		expect(Object.keys(POLICY).filter((id) => !ids.has(id))).toEqual([]);
	});
});
