// The full Kinerja load of the same file: read, normalise, validate, reject, deduplicate, load, log, swap.
import { rmSync } from 'node:fs';
import { runLoad } from '../../../pipeline/load/runLoad.js';
import { report } from '../measure.js';

const [file, dbPath] = process.argv.slice(2) as [string, string];
rmSync(dbPath, { force: true });
const started = performance.now();
const summary = await runLoad(
	{ warehouse: dbPath, inputs: [file], skipModels: true },
	{ log: () => {}, now: () => new Date() }
);
const f = summary.files[0]!;
report(
	performance.now() - started,
	f.rowsRead,
	`loaded ${f.rowsLoaded}, rejected ${f.rowsRejected}, duplicate ${f.rowsDuplicate}`
);
rmSync(dbPath, { force: true });
