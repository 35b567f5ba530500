import { parseArgs } from 'node:util';
import { etlBench } from './etlBench.js';

const USAGE = `npm run bench -- etl [--rows N] [--naive-rows N] [--naive-seconds S] [--repeat N] [--dir DIR]
  etl   the pipeline vs DuckDB read_csv vs a naive loader (default 10,000,000 rows; naive on 1,000,000)`;

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
	args: rest,
	options: {
		rows: { type: 'string' },
		'naive-rows': { type: 'string' },
		'naive-seconds': { type: 'string' },
		repeat: { type: 'string' },
		dir: { type: 'string' }
	}
});

if (command === 'etl') {
	const text = await etlBench({
		rows: Number(values.rows ?? 10_000_000),
		naiveRows: Number(values['naive-rows'] ?? 1_000_000),
		naiveSeconds: Number(values['naive-seconds'] ?? 120),
		repeat: Number(values.repeat ?? 3),
		dir: values.dir ?? 'data/bench'
	});
	process.stdout.write(`${text}\n`);
} else {
	process.stderr.write(`${USAGE}\n`);
	process.exit(2);
}
