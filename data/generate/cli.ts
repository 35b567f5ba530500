import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS, generateSample } from './generate.js';
import type { Manifest } from './manifest.js';

/**
 * npx tsx data/generate/cli.ts [--out DIR] [--employees N] [--seed S] [--from 2021] [--to 2025]
 * Same arguments → byte-identical files. Prints one line per kind.
 */
async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			out: { type: 'string', default: DEFAULTS.out },
			employees: { type: 'string', default: String(DEFAULTS.employees) },
			seed: { type: 'string', default: String(DEFAULTS.seed) },
			from: { type: 'string', default: String(DEFAULTS.from) },
			to: { type: 'string', default: String(DEFAULTS.to) },
			verbose: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	if (values.help) {
		process.stdout.write(
			'usage: npx tsx data/generate/cli.ts [--out DIR] [--employees N] [--seed S] [--from 2021] [--to 2025] [--verbose]\n'
		);
		return;
	}
	const started = performance.now();
	const manifest = await generateSample({
		out: values.out,
		employees: Number(values.employees),
		seed: Number(values.seed),
		from: Number(values.from),
		to: Number(values.to),
		...(values.verbose ? { log: (line: string) => process.stdout.write(`  ${line}\n`) } : {})
	});
	for (const line of summary(manifest, values.out)) process.stdout.write(`${line}\n`);
	process.stdout.write(
		`done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${join(values.out, 'manifest.json')}\n`
	);
}

/** One line per kind: files, data rows, expected rejects / warnings / duplicates, size. */
function summary(m: Manifest, out: string): string[] {
	const kinds = new Map<
		string,
		{ files: number; rows: number; rejects: number; warnings: number; dups: number; bytes: number }
	>();
	for (const f of m.files) {
		const k = kinds.get(f.kind) ?? {
			files: 0,
			rows: 0,
			rejects: 0,
			warnings: 0,
			dups: 0,
			bytes: 0
		};
		k.files++;
		k.rows += f.dataRows;
		k.rejects += Object.values(f.expectedRejects).reduce((a, b) => a + (b ?? 0), 0);
		k.warnings += Object.values(f.expectedWarnings).reduce((a, b) => a + (b ?? 0), 0);
		k.dups += f.expectedDuplicates;
		k.bytes += statSync(join(out, f.path)).size;
		kinds.set(f.kind, k);
	}
	return [...kinds].map(
		([kind, k]) =>
			`${kind.padEnd(11)} ${String(k.files).padStart(3)} files ${k.rows.toLocaleString('en').padStart(10)} rows  ${String(k.rejects).padStart(6)} rejects ${String(k.warnings).padStart(4)} warnings ${String(k.dups).padStart(4)} duplicates ${(k.bytes / 2 ** 20).toFixed(1).padStart(7)} MiB`
	);
}

main().catch((error: unknown) => {
	if (error instanceof RangeError) {
		process.stderr.write(`${error.message}\n`);
		process.exit(2);
	}
	throw error;
});
