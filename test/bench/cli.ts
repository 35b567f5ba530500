import { parseArgs } from 'node:util';
import { etlBench } from './etlBench.js';
import { webBench } from './webBench.js';

const USAGE = `npm run bench -- etl [--rows N] [--naive-rows N] [--naive-seconds S] [--repeat N] [--dir DIR]
  etl   the pipeline vs DuckDB read_csv vs a naive loader (default 10,000,000 rows; naive on 1,000,000)
npm run bench -- web [--clients 20] [--seconds 10] [--db PATH] [--dir data/bench] [--rows 10000000]
                     [--employees 8800] [--sample-db data/warehouse.duckdb] [--visits 3]
  web   each page's data endpoint on the built server (autocannon) next to DuckDB answering the same
        queries directly, on a warehouse with ~10 M attendance rows (built once in --dir unless --db);
        then the first chart on screen in Chromium on the sample warehouse`;

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
	args: rest,
	options: {
		rows: { type: 'string' },
		'naive-rows': { type: 'string' },
		'naive-seconds': { type: 'string' },
		repeat: { type: 'string' },
		dir: { type: 'string' },
		clients: { type: 'string' },
		seconds: { type: 'string' },
		db: { type: 'string' },
		employees: { type: 'string' },
		'sample-db': { type: 'string' },
		visits: { type: 'string' }
	}
});

/** A whole number ≥ 1 from an option, or exit 2 naming the option. */
function count(name: string, fallback: number): number {
	const text = values[name as keyof typeof values];
	const value = text === undefined ? fallback : Number(text);
	if (!Number.isInteger(value) || value < 1) {
		process.stderr.write(`--${name} must be a whole number of at least 1, not "${text}"\n`);
		process.exit(2);
	}
	return value;
}

if (command === 'etl') {
	const text = await etlBench({
		rows: count('rows', 10_000_000),
		naiveRows: count('naive-rows', 1_000_000),
		naiveSeconds: count('naive-seconds', 120),
		repeat: count('repeat', 3),
		dir: values.dir ?? 'data/bench'
	});
	process.stdout.write(`${text}\n`);
} else if (command === 'web') {
	const text = await webBench({
		clients: count('clients', 20),
		seconds: count('seconds', 10),
		db: values.db,
		dir: values.dir ?? 'data/bench',
		rows: count('rows', 10_000_000),
		employees: count('employees', 8800),
		sampleDb: values['sample-db'] ?? process.env.KINERJA_DB ?? 'data/warehouse.duckdb',
		visits: count('visits', 3),
		log: (line) => process.stderr.write(`${line}\n`)
	});
	process.stdout.write(`${text}\n`);
} else {
	process.stderr.write(`${USAGE}\n`);
	process.exit(2);
}
