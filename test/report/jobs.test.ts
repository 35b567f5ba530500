import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../web/lib/server/report/buildReport.js';
import { NoDataForYearError } from '../../web/lib/server/report/collect.js';
import { ReportRunner } from '../../web/lib/server/report/jobs.js';
import { scratch } from '../helpers/tmp.js';

/** A build that writes what buildReport writes (files and manifest), when told to finish. */
function fakeBuild() {
	let finish: () => void = () => {};
	const build = async (options: {
		year: number;
		outDir: string;
		onStep?: (s: 'collect' | 'html' | 'pdf') => void;
	}) => {
		options.onStep?.('collect');
		await new Promise<void>((resolve) => (finish = resolve));
		options.onStep?.('pdf');
		mkdirSync(join(options.outDir, 'tabel'), { recursive: true });
		const outputs = [
			`laporan-kinerja-${options.year}.pdf`,
			`laporan-kinerja-${options.year}.html`,
			'tabel/01-angka-utama.csv'
		];
		for (const path of outputs) writeFileSync(join(options.outDir, path), 'x');
		writeFileSync(join(options.outDir, 'secret.txt'), 'not listed');
		writeFileSync(
			join(options.outDir, 'manifest.json'),
			JSON.stringify({ outputs: outputs.map((path) => ({ path, bytes: 1, sha256: '' })) })
		);
		return { pages: 12 } as BuildResult;
	};
	return { build, finish: () => finish() };
}

describe('ReportRunner', () => {
	const tmp = scratch('kinerja-jobs-');
	afterAll(() => tmp.cleanup());

	it('builds one report at a time and refuses a second while the first runs', async () => {
		const fake = fakeBuild();
		const runner = new ReportRunner({ reportDir: tmp.dir, build: fake.build });
		const first = runner.start(2025, 'id');
		expect(first.result).toEqual({ started: true });
		expect(runner.current()).toMatchObject({
			state: 'running',
			year: 2025,
			lang: 'id',
			step: 'collect'
		});
		expect(runner.start(2024, 'en').result).toEqual({
			started: false,
			running: { year: 2025, lang: 'id' }
		});
		expect(runner.files(2025, 'id')).toEqual([]);
		fake.finish();
		await first.done;
		expect(runner.current()).toMatchObject({ state: 'done', pages: 12, step: null });
		expect(runner.start(2024, 'en').result).toEqual({ started: true });
	});

	it('serves only the names its manifests list, never a path from the request', async () => {
		const fake = fakeBuild();
		const runner = new ReportRunner({ reportDir: tmp.dir, build: fake.build });
		const run = runner.start(2023, 'en');
		fake.finish();
		await run.done;
		expect(
			runner
				.files(2023, 'en')
				.map((f) => f.name)
				.sort()
		).toEqual([
			'2023-en-01-angka-utama.csv',
			'laporan-kinerja-2023-en.html',
			'laporan-kinerja-2023-en.pdf',
			'manifest-2023-en.json'
		]);
		expect(runner.resolve('laporan-kinerja-2023-en.pdf')?.path).toBe(
			join(tmp.dir, '2023-en', 'laporan-kinerja-2023.pdf')
		);
		for (const name of [
			'secret.txt',
			'../2023-en/secret.txt',
			'2023-en/manifest.json',
			'/etc/passwd',
			'laporan-kinerja-2023.pdf'
		])
			expect({ name, file: runner.resolve(name) }).toEqual({ name, file: null });
	});

	it('reports a failed build with a message people can act on', async () => {
		const runner = new ReportRunner({
			reportDir: tmp.dir,
			build: async () => {
				throw new NoDataForYearError(2030, [2021, 2022]);
			}
		});
		await runner.start(2030, 'id').done;
		expect(runner.current()).toMatchObject({
			state: 'error',
			error: {
				id: 'Tidak ada data untuk 2030; gudang data memuat tahun 2021, 2022.',
				en: 'No data for 2030; the warehouse holds 2021, 2022.'
			}
		});
	});
});
