import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../i18n/index.js';
import type { BuildOptions, BuildResult, ReportStep } from './buildReport.js';
import { NoDataForYearError } from './collect.js';
import type { ReportManifest } from './manifest.js';

/** One downloadable output of a built report, under the name the download route serves. */
export interface ReportFile {
	/** The served name: `laporan-kinerja-2025-id.pdf`, `manifest-2025-id.json`, `2025-id-03-predikat-opd.csv`. */
	name: string;
	kind: 'pdf' | 'html' | 'manifest' | 'csv';
	bytes: number;
}

/** What the laporan page shows while a report is built and after. */
export interface JobStatus {
	state: 'idle' | 'running' | 'done' | 'error';
	year: number | null;
	lang: Lang | null;
	step: ReportStep | null;
	/** Milliseconds since the build started (running) or how long it took (done). */
	elapsedMs: number | null;
	pages: number | null;
	error: { id: string; en: string } | null;
}

export type StartResult =
	{ started: true } | { started: false; running: { year: number; lang: Lang } };

export interface RunnerOptions {
	/** The server's report folder; each year and language gets `<dir>/<year>-<lang>/`. */
	reportDir: string;
	build: (
		options: Pick<BuildOptions, 'year' | 'lang' | 'outDir' | 'onStep'>
	) => Promise<BuildResult>;
	now?: () => number;
}

const FOLDER = /^(\d{4})-(id|en)$/;

/**
 * Builds reports in the server process one at a time: a second request while one runs is refused
 * with the one that runs, never queued behind it. Downloads are served by name from an allow-list
 * read from the manifests on disk — a name from a request never becomes a path.
 */
export class ReportRunner {
	private status: JobStatus = {
		state: 'idle',
		year: null,
		lang: null,
		step: null,
		elapsedMs: null,
		pages: null,
		error: null
	};
	private started = 0;

	constructor(private readonly options: RunnerOptions) {}

	private now(): number {
		return this.options.now?.() ?? Date.now();
	}

	current(): JobStatus {
		return this.status.state === 'running'
			? { ...this.status, elapsedMs: this.now() - this.started }
			: { ...this.status };
	}

	/** Starts a build unless one is running; the returned promise settles when the build ends. */
	start(year: number, lang: Lang): { result: StartResult; done: Promise<void> } {
		if (this.status.state === 'running' && this.status.year !== null && this.status.lang !== null)
			return {
				result: { started: false, running: { year: this.status.year, lang: this.status.lang } },
				done: Promise.resolve()
			};
		this.started = this.now();
		this.status = {
			state: 'running',
			year,
			lang,
			step: null,
			elapsedMs: 0,
			pages: null,
			error: null
		};
		const done = this.options
			.build({
				year,
				lang,
				outDir: join(this.options.reportDir, `${year}-${lang}`),
				onStep: (step) => {
					this.status = { ...this.status, step };
				}
			})
			.then(
				(built) => {
					this.status = {
						...this.status,
						state: 'done',
						step: null,
						pages: built.pages,
						elapsedMs: this.now() - this.started
					};
				},
				(e: unknown) => {
					if (!(e instanceof NoDataForYearError)) console.error('[laporan]', e);
					this.status = {
						...this.status,
						state: 'error',
						step: null,
						elapsedMs: this.now() - this.started,
						error: errorText(e)
					};
				}
			);
		return { result: { started: true }, done };
	}

	/** The outputs of a finished report of this year and language (empty while it is rebuilt). */
	files(year: number, lang: Lang): ReportFile[] {
		if (this.status.state === 'running' && this.status.year === year && this.status.lang === lang)
			return [];
		return [...this.allowList().entries()]
			.filter(([, file]) => file.year === year && file.lang === lang)
			.map(([name, file]) => ({ name, kind: file.kind, bytes: file.bytes }));
	}

	/** The file behind a served name, or null: only names listed by a manifest are served. */
	resolve(name: string): { path: string; kind: ReportFile['kind'] } | null {
		const file = this.allowList().get(name);
		if (!file) return null;
		if (
			this.status.state === 'running' &&
			this.status.year === file.year &&
			this.status.lang === file.lang
		)
			return null;
		return { path: file.path, kind: file.kind };
	}

	private allowList(): Map<
		string,
		{ path: string; year: number; lang: Lang; kind: ReportFile['kind']; bytes: number }
	> {
		const list = new Map<
			string,
			{ path: string; year: number; lang: Lang; kind: ReportFile['kind']; bytes: number }
		>();
		const root = this.options.reportDir;
		if (!existsSync(root)) return list;
		for (const folder of readdirSync(root).sort()) {
			const m = FOLDER.exec(folder);
			const manifestPath = join(root, folder, 'manifest.json');
			if (!m || !existsSync(manifestPath)) continue;
			const year = Number(m[1]);
			const lang = m[2] as Lang;
			let manifest: ReportManifest;
			try {
				manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ReportManifest;
			} catch {
				continue;
			}
			const add = (name: string, relative: string, kind: ReportFile['kind']) => {
				const path = join(root, folder, relative);
				if (existsSync(path))
					list.set(name, { path, year, lang, kind, bytes: statSync(path).size });
			};
			for (const output of manifest.outputs) {
				if (output.path.endsWith('.pdf'))
					add(`laporan-kinerja-${year}-${lang}.pdf`, output.path, 'pdf');
				else if (output.path.endsWith('.html'))
					add(`laporan-kinerja-${year}-${lang}.html`, output.path, 'html');
				else if (/^tabel\/[\w-]+\.csv$/.test(output.path))
					add(`${year}-${lang}-${output.path.slice('tabel/'.length)}`, output.path, 'csv');
			}
			add(`manifest-${year}-${lang}.json`, 'manifest.json', 'manifest');
		}
		return list;
	}
}

function errorText(e: unknown): { id: string; en: string } {
	if (e instanceof NoDataForYearError) {
		const years = e.years.join(', ') || '–';
		return {
			id: `Tidak ada data untuk ${e.year}; gudang data memuat tahun ${years}.`,
			en: `No data for ${e.year}; the warehouse holds ${years}.`
		};
	}
	const detail = e instanceof Error ? e.message : String(e);
	return {
		id: `Laporan gagal dibuat: ${detail}. Coba lagi; bila tetap gagal, jalankan npm run report di server untuk melihat rinciannya.`,
		en: `The report could not be built: ${detail}. Try again; if it keeps failing, run npm run report on the server to see the details.`
	};
}
