import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/connection.js';
import type { Effects } from '../types.js';

export const SQL_DIR = fileURLToPath(new URL('../../sql/', import.meta.url));
const LAYERS = ['staging', 'intermediate', 'marts'] as const;

export interface Model {
	name: string;
	layer: (typeof LAYERS)[number];
	path: string;
	sql: string;
	dependsOn: string[];
}

/** Every model file (`sql/<layer>/<name>.sql`, one `select` each), with the models it reads. */
export function readModels(dir = SQL_DIR): Model[] {
	const models: Model[] = [];
	for (const layer of LAYERS) {
		const folder = join(dir, layer);
		if (!existsSync(folder)) continue;
		for (const file of readdirSync(folder)
			.filter((f) => f.endsWith('.sql'))
			.sort()) {
			const path = join(folder, file);
			const sql = readFileSync(path, 'utf8').trim().replace(/;\s*$/, '');
			models.push({ name: basename(file, '.sql'), layer, path, sql, dependsOn: [] });
		}
	}
	const names = new Set(models.map((m) => m.name));
	for (const model of models) {
		const code = model.sql.replace(/--.*$/gm, '');
		model.dependsOn = [...new Set(code.match(/\b[a-z_][a-z0-9_]*\b/g) ?? [])].filter(
			(word) => names.has(word) && word !== model.name
		);
	}
	return models;
}

/** Models in an order where each comes after everything it reads; a cycle is a bug in sql/. */
export function buildOrder(models: Model[]): Model[] {
	const byName = new Map(models.map((m) => [m.name, m]));
	const done = new Set<string>();
	const visiting = new Set<string>();
	const order: Model[] = [];
	const visit = (model: Model) => {
		if (done.has(model.name)) return;
		if (visiting.has(model.name)) throw new Error(`sql/: dependency cycle through ${model.name}`);
		visiting.add(model.name);
		for (const dep of model.dependsOn) visit(byName.get(dep)!);
		visiting.delete(model.name);
		done.add(model.name);
		order.push(model);
	};
	for (const model of models) visit(model);
	return order;
}

/**
 * Rebuilds every model as a table named like its file (`sql/marts/agg_x.sql` → `agg_x`), so the marts
 * always reflect the raw layer after a load.
 */
export async function buildModels(
	db: Db,
	effects: Pick<Effects, 'log'>,
	dir = SQL_DIR
): Promise<number> {
	const order = buildOrder(readModels(dir));
	const started = Date.now();
	for (const model of order) {
		try {
			await db.run(`create or replace table "${model.name}" as ${model.sql}`);
		} catch (error) {
			throw new Error(`sql/${model.layer}/${model.name}.sql: ${(error as Error).message}`, {
				cause: error
			});
		}
	}
	await dropOrphans(db, new Set(order.map((m) => m.name)));
	if (order.length) {
		effects.log(
			`model: ${order.length} tabel dibangun ulang / tables rebuilt (${Date.now() - started} ms)`
		);
	}
	return order.length;
}

/** A model whose file was removed or renamed must not linger in the warehouse as a stale table. */
async function dropOrphans(db: Db, models: ReadonlySet<string>): Promise<void> {
	const tables = await db.all<{ name: string }>(
		`select table_name as name from information_schema.tables
		where table_schema = 'main' and table_catalog = current_database() and table_type = 'BASE TABLE'
			and regexp_matches(table_name, '^(stg|int|dim|fct|agg)_')`
	);
	for (const { name } of tables) {
		if (!models.has(name)) await db.run(`drop table "${name.replaceAll('"', '""')}"`);
	}
}
