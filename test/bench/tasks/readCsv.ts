// Baseline: DuckDB's own read_csv of the file into a table in a fresh database file — the limit here.
import { rmSync } from 'node:fs';
import { openDb, quoteLiteral } from '../../../pipeline/db/connection.js';
import { report } from '../measure.js';

const [file, dbPath] = process.argv.slice(2) as [string, string];
rmSync(dbPath, { force: true });
const started = performance.now();
const db = await openDb(dbPath);
await db.run(
	`create table t as select * from read_csv(${quoteLiteral(file)}, types = {'NIP': 'VARCHAR'})`
);
const row = await db.one<{ n: number }>('select count(*)::integer as n from t');
await db.run('checkpoint');
db.close();
report(performance.now() - started, row?.n ?? 0);
rmSync(dbPath, { force: true });
