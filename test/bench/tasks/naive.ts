// What a typical tool does: papaparse the text, then one INSERT per row (in one transaction).
// It is slow, so it runs for at most `seconds` and reports the rows it managed.
import { createReadStream, rmSync } from 'node:fs';
import Papa from 'papaparse';
import { openDb } from '../../../pipeline/db/connection.js';
import { report } from '../measure.js';

const [file, dbPath, maxRowsText, secondsText] = process.argv.slice(2) as [
	string,
	string,
	string,
	string
];
const maxRows = Number(maxRowsText);
const budgetMs = Number(secondsText) * 1000;
rmSync(dbPath, { force: true });
const started = performance.now();
const db = await openDb(dbPath);
await db.run('begin transaction');
let insert: Awaited<ReturnType<typeof db.conn.prepare>> | null = null;
let width = 0;
let rows = 0;
const parser = createReadStream(file).pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: ';' }));
for await (const record of parser as AsyncIterable<string[]>) {
	if (!insert) {
		width = record.length;
		const columns = record.map((_, i) => `c${i} varchar`).join(', ');
		await db.run(`create table t (${columns})`);
		insert = await db.conn.prepare(
			`insert into t values (${record.map((_, i) => `$${i + 1}`).join(', ')})`
		);
		continue;
	}
	for (let i = 0; i < width; i++) insert.bindVarchar(i + 1, record[i] ?? '');
	await insert.run();
	rows++;
	if (rows >= maxRows || performance.now() - started > budgetMs) break;
}
await db.run('commit');
db.close();
const elapsed = performance.now() - started;
report(
	elapsed,
	rows,
	rows < maxRows
		? `stopped by the ${secondsText} s budget at ${rows} of ${maxRows} rows`
		: undefined
);
rmSync(dbPath, { force: true });
process.exit(0);
