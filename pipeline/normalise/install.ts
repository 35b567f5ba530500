import type { Db } from '../db/connection.js';
import { codeKeySql } from './codeKey.js';
import { dateSql } from './date.js';
import { missingSql } from './missing.js';
import { nipSql } from './nip.js';
import { numberSql } from './number.js';
import { loadReferenceTables } from './reference.js';
import { timeSql } from './time.js';

/** Every normaliser macro, in creation order (a macro's helpers come before it). */
export const NORMALISER_SQL: readonly string[] = [
	missingSql,
	codeKeySql,
	numberSql,
	dateSql,
	timeSql,
	nipSql
];

export interface InstallOptions {
	/** Folder holding codes.csv, competencies.csv and agencies.csv; defaults to data/reference/. */
	referenceDir?: string;
}

/**
 * Creates the normaliser macros and (re)builds the reference tables on `db`. Idempotent: everything is
 * `create or replace`, so calling it twice on one connection, or on a warehouse that has them, is safe.
 */
export async function installNormalisers(db: Db, options: InstallOptions = {}): Promise<void> {
	for (const sql of NORMALISER_SQL) await db.run(sql);
	await loadReferenceTables(db, options.referenceDir);
}
