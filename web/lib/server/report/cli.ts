import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../../../../pipeline/db/connection.js';
import { formatNumber, type Lang } from '../../i18n/index.js';
import { buildReport } from './buildReport.js';
import { NoDataForYearError } from './collect.js';

const USAGE = `npm run report -- --year YYYY [--db PATH] [--out DIR] [--lang id|en] [--min-group N] [--json]

  --year       tahun laporan / report year (wajib / required)
  --db         gudang data / warehouse (KINERJA_DB, bawaan / default data/warehouse.duckdb)
  --out        folder keluaran / output folder (bawaan / default data/report)
  --lang       id (bawaan / default) atau / or en
  --min-group  kelompok lebih kecil disembunyikan / smaller groups are hidden
               (KINERJA_MIN_GROUP, bawaan / default 5)
  --json       ringkasan JSON di stdout / JSON summary on stdout

Exit: 0 selesai / done, 1 tidak ada data untuk tahun itu / no data for that year, 2 penggunaan / usage.
`;

class UsageError extends Error {}

interface CliOptions {
	year: number;
	db: string;
	out: string;
	lang: Lang;
	minGroup: number;
	json: boolean;
}

function parse(argv: string[]): CliOptions | 'help' {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				year: { type: 'string' },
				db: { type: 'string' },
				out: { type: 'string' },
				lang: { type: 'string' },
				'min-group': { type: 'string' },
				json: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' }
			}
		}));
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	if (values.help) return 'help';
	if (!values.year || !/^\d{4}$/.test(values.year))
		throw new UsageError(
			`--year: tahun empat angka, mis. --year 2025 / a four-digit year, e.g. --year 2025 (got "${values.year ?? ''}")`
		);
	const lang = values.lang ?? 'id';
	if (lang !== 'id' && lang !== 'en')
		throw new UsageError(`--lang: id atau / or en (got "${lang}")`);
	const min = values['min-group'] ?? process.env.KINERJA_MIN_GROUP ?? '5';
	if (!/^\d+$/.test(min) || Number(min) < 1)
		throw new UsageError(`--min-group: bilangan bulat ≥ 1 / an integer ≥ 1 (got "${min}")`);
	return {
		year: Number(values.year),
		db: values.db ?? process.env.KINERJA_DB ?? 'data/warehouse.duckdb',
		out: values.out ?? 'data/report',
		lang,
		minGroup: Number(min),
		json: values.json ?? false
	};
}

async function main(argv: string[]): Promise<number> {
	const options = parse(argv);
	if (options === 'help') {
		process.stdout.write(USAGE);
		return 0;
	}
	if (!existsSync(options.db)) {
		process.stderr.write(
			`Gudang data ${options.db} tidak ada: muat ekspor dulu dengan npm run pipeline -- load data/sample.\n` +
				`Warehouse ${options.db} not found: load exports first with npm run pipeline -- load data/sample.\n`
		);
		return 1;
	}
	const db = await openDb(options.db, { readOnly: true });
	try {
		const result = await buildReport({
			year: options.year,
			lang: options.lang,
			minGroup: options.minGroup,
			outDir: options.out,
			withDb: (fn) => fn(db),
			dbLabel: options.db
		});
		const seconds = result.ms.total / 1000;
		if (options.json) {
			process.stdout.write(
				`${JSON.stringify({
					year: options.year,
					lang: options.lang,
					out: result.outDir,
					pdf: result.pdf,
					html: result.html,
					manifest: result.manifest,
					csv: result.csv,
					pages: result.pages,
					suppressed: result.suppressed,
					seconds,
					ms: result.ms
				})}\n`
			);
		} else {
			const where = options.out.replace(/\/+$/, '');
			process.stdout.write(
				`Laporan ${options.year} (${options.lang}) ditulis ke ${where}/ dalam ${formatNumber('id', seconds, 1)} detik: ` +
					`${relative(result.outDir, result.pdf)} (${result.pages} halaman), ${relative(result.outDir, result.html)}, ` +
					`${result.csv.length} CSV di tabel/, manifest.json; ${result.suppressed} sel disembunyikan.\n` +
					`Report ${options.year} (${options.lang}) written to ${where}/ in ${formatNumber('en', seconds, 1)} s ` +
					`(collect ${result.ms.collect} ms, HTML ${result.ms.html} ms, PDF ${result.ms.pdf} ms, write ${result.ms.write} ms).\n`
			);
		}
		return 0;
	} catch (e) {
		if (e instanceof NoDataForYearError) {
			const years = e.years.join(', ') || '–';
			process.stderr.write(
				`Tidak ada data untuk ${e.year}; gudang data memuat tahun ${years}.\n` +
					`No data for ${e.year}; the warehouse holds ${years}.\n`
			);
			return 1;
		}
		throw e;
	} finally {
		db.close();
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(e: unknown) => {
		if (e instanceof UsageError) {
			process.stderr.write(`${e.message}\n\n${USAGE}`);
			process.exit(2);
		}
		process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
		process.exit(3);
	}
);
