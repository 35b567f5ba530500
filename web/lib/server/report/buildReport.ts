import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../../../pipeline/db/connection.js';
import { toCsv } from '../../csv.js';
import type { Lang } from '../../i18n/index.js';
import { methodologySections } from '../../methodologySections.js';
import { collectReport } from './collect.js';
import { annexLetters, buildDocument } from './document.js';
import { renderHtml, type ReportMeta } from './html.js';
import { codeVersion, sha256, suppressedCells, type ReportManifest } from './manifest.js';
import { printReport } from './pdf.js';
import { REPORT_SECTIONS } from './sections.js';

/** The three steps a person waits for (the laporan page shows them). */
export type ReportStep = 'collect' | 'html' | 'pdf';
export const REPORT_STEPS: readonly ReportStep[] = ['collect', 'html', 'pdf'];

export interface BuildOptions {
	year: number;
	lang: Lang;
	/** Groups under this many people are hidden (`--min-group`, default 5). */
	minGroup: number;
	outDir: string;
	/** Runs queries on the warehouse (the CLI's own read-only handle, or the server's reader). */
	withDb: <T>(fn: (db: Db) => Promise<T>) => Promise<T>;
	/** The warehouse as named by the caller, recorded in the manifest. */
	dbLabel: string;
	/** Repository root: sql/METHODOLOGY.md and the git commit are read from here. */
	root?: string;
	chromium?: string;
	onStep?: (step: ReportStep) => void;
}

export interface BuildResult {
	outDir: string;
	pdf: string;
	html: string;
	manifest: string;
	csv: string[];
	pages: number;
	suppressed: number;
	/** Milliseconds per step and in total (printed by the CLI; never written into the report). */
	ms: Record<ReportStep | 'write' | 'total', number>;
}

/** The file names of a year's report inside its folder. */
export function reportFileNames(year: number): { pdf: string; html: string; manifest: string } {
	return {
		pdf: `laporan-kinerja-${year}.pdf`,
		html: `laporan-kinerja-${year}.html`,
		manifest: 'manifest.json'
	};
}

/** Writes through a temporary name, so a reader never sees half a file. */
function writeAtomic(path: string, content: string | Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.tmp-${process.pid}`;
	writeFileSync(tmp, content);
	renameSync(tmp, path);
}

/**
 * Builds the annual report for one year: collects the figures, writes the HTML, prints the PDF,
 * writes the CSV of every table and chart and a manifest with hashes. Deterministic: the same
 * warehouse and code give byte-identical HTML, CSVs and PDF.
 */
export async function buildReport(options: BuildOptions): Promise<BuildResult> {
	const root = options.root ?? process.cwd();
	const started = performance.now();
	const ms: BuildResult['ms'] = { collect: 0, html: 0, pdf: 0, write: 0, total: 0 };
	const lap = (step: keyof BuildResult['ms'], from: number) => {
		ms[step] = Math.round(performance.now() - from);
		return performance.now();
	};

	options.onStep?.('collect');
	let t = performance.now();
	const data = await options.withDb((db) => collectReport(db, { year: options.year }));
	t = lap('collect', t);

	options.onStep?.('html');
	const methodology = readFileSync(join(root, 'sql/METHODOLOGY.md'), 'utf8');
	const doc = buildDocument(REPORT_SECTIONS, {
		lang: options.lang,
		data,
		min: options.minGroup,
		methodology
	});
	const version = codeVersion(root);
	const meta: ReportMeta = {
		year: options.year,
		loadedAt: data.loadedAt,
		version,
		min: options.minGroup,
		files: data.files.filter((file) => file.status === 'loaded').length,
		runIds: data.runs.filter((run) => run.status === 'done').map((run) => run.run_id),
		methodTitles: new Map(
			methodologySections(methodology).flatMap((s) => (s.id ? [[s.id, s.title] as const] : []))
		),
		methodAnnex: annexLetters(REPORT_SECTIONS).get('metodologi') ?? 'A'
	};
	t = lap('html', t);

	options.onStep?.('pdf');
	const printed = await printReport((pages) => renderHtml(doc, meta, pages), {
		executablePath: options.chromium,
		loadedAt: data.loadedAt
	});
	t = lap('pdf', t);

	const names = reportFileNames(options.year);
	const out = options.outDir;
	const tableDir = join(out, 'tabel');
	// Stale CSVs of an earlier build (other names) would be mistaken for this report's.
	mkdirSync(tableDir, { recursive: true });
	for (const name of readdirSync(tableDir)) if (name.endsWith('.csv')) rmSync(join(tableDir, name));
	const outputs: ReportManifest['outputs'] = [];
	const write = (relative: string, content: string | Uint8Array) => {
		writeAtomic(join(out, relative), content);
		const bytes = typeof content === 'string' ? Buffer.from(content) : content;
		outputs.push({ path: relative, bytes: bytes.length, sha256: sha256(bytes) });
	};
	write(names.pdf, printed.pdf);
	write(names.html, printed.html);
	for (const file of doc.csvFiles) write(file.path, toCsv(file.table));
	const suppressed = suppressedCells(doc, options.minGroup);
	const manifest: ReportManifest = {
		report: names.pdf,
		year: options.year,
		lang: options.lang,
		reportDate: data.loadedAt,
		codeVersion: version,
		parameters: {
			year: options.year,
			lang: options.lang,
			minGroup: options.minGroup,
			db: options.dbLabel
		},
		warehouse: { runs: data.runs, files: data.files },
		pages: printed.pages,
		outputs,
		suppressed
	};
	writeAtomic(join(out, names.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
	lap('write', t);
	ms.total = Math.round(performance.now() - started);
	return {
		outDir: out,
		pdf: join(out, names.pdf),
		html: join(out, names.html),
		manifest: join(out, names.manifest),
		csv: doc.csvFiles.map((file) => join(out, file.path)),
		pages: printed.pages,
		suppressed: suppressed.length,
		ms
	};
}
