import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/connection.js';
import type { Effects } from '../types.js';

export const SQL_DIR = fileURLToPath(new URL('../../sql/', import.meta.url));
const LAYERS = ['staging', 'intermediate', 'marts'] as const;

/** The model files in build order: layer by layer, and by name inside a layer (names carry their order). */
export function modelFiles(dir = SQL_DIR): string[] {
	return LAYERS.flatMap((layer) => {
		const folder = join(dir, layer);
		if (!existsSync(folder)) return [];
		return readdirSync(folder)
			.filter((f) => f.endsWith('.sql'))
			.sort()
			.map((f) => join(folder, f));
	});
}

/**
 * Rebuilds every model as a table named like its file (`sql/marts/agg_x.sql` → `agg_x`), so the marts
 * always reflect the raw layer after a load. Each file holds one `select`.
 */
export async function buildModels(db: Db, effects: Pick<Effects, 'log'>, dir = SQL_DIR): Promise<number> {
	const files = modelFiles(dir);
	for (const file of files) {
		const name = file.split('/').pop()!.replace(/\.sql$/, '');
		const sql = readFileSync(file, 'utf8').trim().replace(/;\s*$/, '');
		await db.run(`create or replace table "${name}" as ${sql}`);
	}
	if (files.length) effects.log(`model: ${files.length} tabel dibangun ulang / tables rebuilt`);
	return files.length;
}
