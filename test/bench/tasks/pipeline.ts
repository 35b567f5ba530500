// The full Kinerja load of the same file: read, normalise, validate, reject, deduplicate, load, log, swap.
import { rmSync } from 'node:fs';
import { runLoad } from '../../../pipeline/load/runLoad.js';
import { report } from '../measure.js';

const [file, dbPath] = process.argv.slice(2) as [string, string];
rmSync(dbPath, { force: true });
const steps = new Map<string, number>();
const started = performance.now();
const summary = await runLoad(
	{
		warehouse: dbPath,
		inputs: [file],
		skipModels: true,
		timing: (step, ms) => steps.set(step, (steps.get(step) ?? 0) + ms)
	},
	{ log: () => {}, now: () => new Date() }
);
const f = summary.files[0]!;
const breakdown = [...steps].map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`).join(', ');
report(
	performance.now() - started,
	f.rowsRead,
	`loaded ${f.rowsLoaded}, rejected ${f.rowsRejected}, duplicate ${f.rowsDuplicate}; ${breakdown}`
);
rmSync(dbPath, { force: true });
