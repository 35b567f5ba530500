import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../data/generate/generate.js';
import { openDb } from '../../pipeline/db/connection.js';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { formatNumber, formatPercent } from '../../web/lib/i18n/index.js';
import { buildReport, type BuildResult } from '../../web/lib/server/report/buildReport.js';
import type { ReportManifest } from '../../web/lib/server/report/manifest.js';
import type { CountTable, SuppressionResult } from '../../web/lib/server/report/suppress.js';
import { sha256 } from '../../web/lib/server/report/manifest.js';
import { scratch, quiet } from '../helpers/tmp.js';
import { determinedCells } from './determined.js';

const YEAR = 2025;
const MIN = 5;

/** Text as pdftotext lays it out, one string per page. */
function pdfPages(path: string): string[] {
	return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

function readCsv(path: string): string[][] {
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	return Papa.parse<string[]>(text.trim(), { delimiter: ';' }).data;
}

/**
 * The annual report built from a generated warehouse (~300 employees, 2021–2025) and checked with
 * real tools: pdftotext, pdfinfo and the warehouse's own marts.
 */
describe('buildReport on a generated warehouse', () => {
	const tmp = scratch('kinerja-report-');
	const warehouse = join(tmp.dir, 'w.duckdb');
	const outA = join(tmp.dir, 'a');
	const outB = join(tmp.dir, 'b');
	let a: BuildResult;
	let b: BuildResult;
	let names: string[] = [];

	const build = async (outDir: string, lang: 'id' | 'en' = 'id') => {
		const db = await openDb(warehouse, { readOnly: true });
		try {
			return await buildReport({
				year: YEAR,
				lang,
				minGroup: MIN,
				outDir,
				withDb: (fn) => fn(db),
				dbLabel: warehouse
			});
		} finally {
			db.close();
		}
	};

	beforeAll(async () => {
		const sample = join(tmp.dir, 'sample');
		await generateSample({ out: sample, employees: 300, seed: 20251129, from: 2021, to: 2025 });
		await runLoad({ warehouse, inputs: [sample] }, quiet);
		const db = await openDb(warehouse, { readOnly: true });
		try {
			names = (
				await db.all<{ nama: string }>(
					`select distinct nama from dim_employees where length(nama) >= 8 order by nama`
				)
			).map((row) => row.nama);
		} finally {
			db.close();
		}
		a = await build(outA);
		b = await build(outB);
	}, 300_000);
	afterAll(() => tmp.cleanup());

	it('prints the headline figures exactly as the marts hold them', async () => {
		const text = squash(pdfPages(a.pdf).join(' '));
		const db = await openDb(warehouse, { readOnly: true });
		try {
			const perf = await db.one<{ share: number; n: number }>(
				`select share_baik_or_better::double as share, n_appraised::integer as n
				from agg_performance_agency_year where year = $year and agency_code = 'ALL'`,
				{ year: YEAR }
			);
			const jp = await db.one<{ share: number }>(
				`select (count(*) filter (where meets_20_jp) / count(*))::double as share
				from agg_training_employee_year where year = $year`,
				{ year: YEAR }
			);
			const active = await db.one<{ n: number }>(
				`select count(*)::integer as n from int_employee_years_active where year = $year`,
				{ year: YEAR }
			);
			expect(perf && jp && active).toBeTruthy();
			const share = formatPercent('id', perf?.share ?? NaN);
			expect(text).toContain(`Persentase pegawai berpredikat Baik ke atas`);
			expect(text).toContain(share);
			expect(text).toContain(`Seluruh kota ${formatNumber('id', perf?.n ?? NaN)}`);
			expect(text).toContain(formatPercent('id', jp?.share ?? NaN));
			expect(text).toContain(`tercatat ${formatNumber('id', active?.n ?? NaN)} pegawai ASN aktif`);
		} finally {
			db.close();
		}
	});

	it('has a sane number of A4 pages and a contents page whose numbers are right', () => {
		const info = execFileSync('pdfinfo', [a.pdf], { encoding: 'utf8' });
		const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
		expect(pages).toBeGreaterThanOrEqual(8);
		expect(pages).toBeLessThanOrEqual(60);
		// A4 is 595 × 842 pt; Chromium's CSS page size rounds a little (594.96 × 841.92).
		expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts/);
		expect(a.pages).toBe(pages);
		const text = pdfPages(a.pdf);
		const toc = text[1] ?? '';
		for (const heading of [
			'1. Ringkasan eksekutif',
			'2. Kinerja pegawai per OPD',
			'Lampiran A. Metodologi'
		]) {
			const listed = Number(
				new RegExp(`${heading.replace('.', '\\.')}[ .]*?(\\d+)\\s*$`, 'm').exec(toc)?.[1]
			);
			const printed = text.findIndex((page, i) => i > 1 && page.includes(heading)) + 1;
			expect({ heading, page: listed }).toEqual({ heading, page: printed });
		}
		expect(text.at(-2)).toMatch(new RegExp(`Halaman ${pages} dari ${pages}`));
	});

	it('holds no NIP and no employee name in the PDF, the HTML or any CSV', () => {
		const csvs = a.csv.map((path) => readFileSync(path, 'utf8'));
		const texts = {
			pdf: pdfPages(a.pdf).join('\n'),
			html: readFileSync(a.html, 'utf8'),
			manifest: readFileSync(a.manifest, 'utf8'),
			...Object.fromEntries(a.csv.map((path, i) => [path, csvs[i] as string]))
		};
		expect(names.length).toBeGreaterThan(100);
		for (const [where, text] of Object.entries(texts)) {
			expect({ where, nip: text.match(/(?<!\d)\d{18}(?!\d)/)?.[0] ?? null }).toEqual({
				where,
				nip: null
			});
			// NIPs as officers write them: 19860926 201505 1 001.
			expect({ where, nip: text.match(/\d{8} \d{6} \d \d{3}/)?.[0] ?? null }).toEqual({
				where,
				nip: null
			});
			const found = names.find((name) => text.includes(name)) ?? null;
			expect({ where, name: found }).toEqual({ where, name: null });
		}
	});

	it('hides a group of 3 in a real table so that its row and column totals cannot give it back', async () => {
		const csv = readCsv(join(outA, 'tabel', '03-predikat-opd.csv'));
		const [header, ...rows] = csv;
		expect(header?.slice(0, 3)).toEqual(['kode_opd', 'nama_opd', 'n_dinilai']);
		const db = await openDb(warehouse, { readOnly: true });
		let raw: Record<string, number[]>;
		try {
			const counts = await db.all<{ agency_code: string; c: number[] }>(
				`select agency_code, [n_appraised, n_sangat_baik, n_baik, n_butuh_perbaikan, n_kurang,
					n_sangat_kurang]::integer[] as c
				from agg_performance_agency_year where year = $year and agency_code is not null`,
				{ year: YEAR }
			);
			raw = Object.fromEntries(counts.map((row) => [row.agency_code, row.c]));
		} finally {
			db.close();
		}
		const printed = rows.map((row) => ({ code: row[0] as string, cells: row.slice(2, 8) }));
		const value = (code: string, j: number) => raw[code]?.[j] as number;
		// A group of exactly 3 somewhere in the table (an agency of 3, or 3 people with one predikat).
		const threes = printed.flatMap((row) =>
			row.cells.flatMap((_, j) => (value(row.code, j) === 3 ? [{ code: row.code, j }] : []))
		);
		expect(threes.length).toBeGreaterThan(0);
		for (const { code, j } of threes)
			expect(printed.find((row) => row.code === code)?.cells[j]).toBe('*');
		// Every small group is hidden, and every hidden cell stays hidden under the printed totals.
		const city = printed.find((row) => row.code === 'ALL');
		const agencies = printed.filter((row) => row.code !== 'ALL');
		expect(city).toBeDefined();
		const table: CountTable = {
			cells: agencies.map((row) => [1, 2, 3, 4, 5].map((j) => value(row.code, j))),
			rowTotals: agencies.map((row) => value(row.code, 0)),
			colTotals: [1, 2, 3, 4, 5].map((j) => value('ALL', j)),
			grandTotal: value('ALL', 0)
		};
		const hidden = (cell: string | undefined) => (cell === '*' ? ('primary' as const) : null);
		const mask: SuppressionResult = {
			cells: agencies.map((row) => row.cells.slice(1).map(hidden)),
			rowTotals: agencies.map((row) => hidden(row.cells[0])),
			colTotals: (city?.cells.slice(1) ?? []).map(hidden),
			grandTotal: hidden(city?.cells[0])
		};
		for (const [i, row] of agencies.entries())
			for (let j = 0; j < 6; j++) {
				const n = value(row.code, j);
				if (n > 0 && n < MIN)
					expect({ row: i, j, printed: row.cells[j] }).toEqual({ row: i, j, printed: '*' });
			}
		expect(determinedCells(table, mask)).toEqual([]);
	});

	it('hides the same headcounts wherever the same people are counted', () => {
		// Both tables count the employees with attendance records, one row per agency.
		const column = (file: string) => {
			const [header, ...rows] = readCsv(join(outA, 'tabel', file));
			const j = header?.indexOf('n_pegawai') ?? -1;
			return Object.fromEntries(rows.map((row) => [row[0], row[j] === '*']));
		};
		const names = readdirSync(join(outA, 'tabel'));
		const find = (suffix: string) => names.find((n) => n.endsWith(suffix)) as string;
		const attendance = column(find('-tanpa-keterangan-opd.csv'));
		const risk = column(find('-risiko-pp94-opd.csv'));
		expect(Object.values(risk).some(Boolean)).toBe(true);
		for (const [code, hidden] of Object.entries(attendance))
			expect({ code, hidden }).toEqual({ code, hidden: risk[code] ?? true });
	});

	it('rebuilds byte for byte: HTML, every CSV and the PDF', () => {
		expect(sha256(readFileSync(b.html))).toBe(sha256(readFileSync(a.html)));
		const list = (dir: string) => readdirSync(join(dir, 'tabel')).sort();
		expect(list(outB)).toEqual(list(outA));
		for (const name of list(outA))
			expect({ name, sha: sha256(readFileSync(join(outB, 'tabel', name))) }).toEqual({
				name,
				sha: sha256(readFileSync(join(outA, 'tabel', name)))
			});
		expect(pdfPages(b.pdf)).toEqual(pdfPages(a.pdf));
		expect(sha256(readFileSync(b.pdf))).toBe(sha256(readFileSync(a.pdf)));
		expect(readFileSync(b.manifest, 'utf8')).toBe(readFileSync(a.manifest, 'utf8'));
	});

	it('writes a manifest whose hashes match the files and which lists every hidden cell', () => {
		const manifest = JSON.parse(readFileSync(a.manifest, 'utf8')) as ReportManifest;
		expect(manifest.parameters).toEqual({ year: YEAR, lang: 'id', minGroup: MIN, db: warehouse });
		expect(manifest.outputs.map((o) => o.path).sort()).toEqual(
			[
				'laporan-kinerja-2025.pdf',
				'laporan-kinerja-2025.html',
				...readdirSync(join(outA, 'tabel')).map((n) => `tabel/${n}`)
			].sort()
		);
		for (const output of manifest.outputs) {
			const bytes = readFileSync(join(outA, output.path));
			expect({ path: output.path, sha: sha256(bytes), bytes: bytes.length }).toEqual({
				path: output.path,
				sha: output.sha256,
				bytes: output.bytes
			});
		}
		expect(manifest.warehouse.runs.map((run) => run.status)).toContain('done');
		expect(manifest.warehouse.files.every((file) => /^[0-9a-f]{64}$/.test(file.sha256 ?? ''))).toBe(
			true
		);
		const stars = a.csv.reduce(
			(n, path) =>
				n +
				readCsv(path)
					.slice(1)
					.flat()
					.filter((cell) => cell === '*').length,
			0
		);
		expect(manifest.suppressed).toHaveLength(stars);
		expect(manifest.suppressed.some((cell) => cell.reason === 'complementary')).toBe(true);
	});

	describe('chapter "Umpan balik dan penghargaan"', () => {
		const table = (suffix: string) => {
			// `<nn>-<name>.csv`: the chart's CSV (`grafik-…`) shares the table's ending.
			const file = readdirSync(join(outA, 'tabel')).find((n) =>
				/^\d+$/.test(n.split(suffix)[0] ?? '')
			);
			expect(file).toBeDefined();
			const [header, ...rows] = readCsv(join(outA, 'tabel', file as string));
			return { header: header ?? [], rows };
		};
		const num = (cell: string | undefined) => (cell === '*' ? null : Number(cell));

		it('prints the coverage, plan, award and Satyalancana figures as the marts hold them', async () => {
			const text = squash(pdfPages(a.pdf).join(' '));
			expect(text).toContain('6. Umpan balik dan penghargaan');
			const db = await openDb(warehouse, { readOnly: true });
			try {
				const city = await db.one<{ dialogue: number; plan: number; n: number }>(
					`select share_dialogue::double as dialogue, share_plan::double as plan,
						n_appraised::integer as n
					from agg_feedback_coverage_agency_period
					where year = $year and period = 'TAHUNAN' and agency_code = 'ALL'`,
					{ year: YEAR }
				);
				expect(city).toBeTruthy();
				expect(text).toContain(
					`Pada ${YEAR}, ${formatPercent('id', city?.dialogue ?? NaN)} pegawai yang dinilai tercatat melakukan dialog kinerja`
				);
				const coverage = table('-umpan-balik-opd.csv');
				const all = coverage.rows.find((row) => row[0] === 'ALL');
				expect(num(all?.[2])).toBe(city?.n);
				expect(Number(all?.[6])).toBeCloseTo(city?.dialogue ?? NaN, 5);
				// The plans refer to the latest year whose 12-month window has ended, named as such.
				const plans = await db.one<{ year: number; resolved: number; followed: number }>(
					`select year::integer as year, n_plans_resolved::integer as resolved,
						n_plans_followed::integer as followed
					from agg_feedback_coverage_agency_period
					where agency_code = 'ALL' and period = 'TAHUNAN' and year <= $year
						and n_plans_resolved >= $min
					order by year desc limit 1`,
					{ year: YEAR, min: MIN }
				);
				expect(plans).toBeTruthy();
				expect(text).toContain(`Rencana pengembangan ${plans?.year} yang ditindaklanjuti`);
				const planRows = table('-rencana-ditindaklanjuti.csv').rows;
				expect(num(planRows[0]?.[1])).toBe(plans?.resolved);
				if (planRows[1]?.[1] !== '*') expect(num(planRows[1]?.[1])).toBe(plans?.followed);
				// Awards: every printed count equals the mart, the total is the sum of all types.
				const given = await db.all<{ label: string; n: number }>(
					`select award_label_id as label, n_awards::integer as n
					from agg_awards_given_year where year = $year`,
					{ year: YEAR }
				);
				const awards = table('-penghargaan-jenis.csv').rows;
				for (const row of given) {
					const printed = awards.find((r) => r[0] === row.label)?.[1];
					expect(printed === '*' || num(printed) === row.n).toBe(true);
				}
				expect(num(awards.at(-1)?.[1])).toBe(given.reduce((sum, row) => sum + row.n, 0));
				const slks = await db.all<{ eligible: boolean; key: string; n: number }>(
					`select eligible, case when eligible then award_class else reason_code end as key,
						count(*)::integer as n
					from agg_satyalancana_eligibility where year = $year group by all`,
					{ year: YEAR }
				);
				const slksRows = table('-satyalancana.csv').rows;
				expect(num(slksRows.at(-1)?.[2])).toBe(slks.reduce((sum, row) => sum + row.n, 0));
				const eligibleCsv = slksRows.filter((row) => row[0] === 'Layak');
				expect(eligibleCsv).toHaveLength(3);
				const printedSum = eligibleCsv.reduce((sum, row) => sum + (num(row[2]) ?? 0), 0);
				const eligibleSum = slks.filter((r) => r.eligible).reduce((sum, r) => sum + r.n, 0);
				if (eligibleCsv.every((row) => row[2] !== '*')) expect(printedSum).toBe(eligibleSum);
				else expect(printedSum).toBeLessThan(eligibleSum);
			} finally {
				db.close();
			}
		});

		it('names nobody from the award candidates or the Satyalancana list', async () => {
			const db = await openDb(warehouse, { readOnly: true });
			let listed: string[];
			let nips: string[];
			try {
				const rows = await db.all<{ nama: string; nip: string }>(
					`select nama, nip from agg_award_candidates where nama is not null
					union select nama, nip from agg_satyalancana_eligibility where nama is not null`
				);
				listed = [...new Set(rows.map((row) => row.nama).filter((n) => n.length >= 6))];
				nips = rows.map((row) => row.nip);
			} finally {
				db.close();
			}
			expect(listed.length).toBeGreaterThan(20);
			const texts = [
				pdfPages(a.pdf).join('\n'),
				readFileSync(a.html, 'utf8'),
				...a.csv.map((path) => readFileSync(path, 'utf8'))
			];
			for (const text of texts) {
				expect(listed.find((name) => text.includes(name)) ?? null).toBeNull();
				expect(nips.find((nip) => text.includes(nip)) ?? null).toBeNull();
			}
			expect(squash(pdfPages(a.pdf).join(' '))).toContain('tidak pernah dipublikasikan');
		});

		it('hides every small group of the new tables so that no total gives one back', async () => {
			const db = await openDb(warehouse, { readOnly: true });
			let raw: Record<string, number[]>;
			try {
				const rows = await db.all<{ agency_code: string; c: number[] }>(
					`select agency_code, [n_appraised, n_with_plan, n_with_dialogue - n_with_plan,
						n_appraised - n_with_dialogue]::integer[] as c
					from agg_feedback_coverage_agency_period where year = $year and period = 'TAHUNAN'`,
					{ year: YEAR }
				);
				raw = Object.fromEntries(rows.map((row) => [row.agency_code, row.c]));
			} finally {
				db.close();
			}
			const coverage = table('-umpan-balik-opd.csv');
			expect(coverage.header.slice(2, 6)).toEqual([
				'n_dinilai',
				'n_dialog_dengan_rencana',
				'n_dialog_tanpa_rencana',
				'n_tanpa_dialog'
			]);
			const agencies = coverage.rows.filter((row) => row[0] !== 'ALL');
			const city = coverage.rows.find((row) => row[0] === 'ALL');
			const value = (code: string, j: number) => raw[code]?.[j] as number;
			let small = 0;
			for (const row of agencies)
				for (let j = 0; j < 4; j++) {
					const n = value(row[0] as string, j);
					if (n > 0 && n < MIN) {
						small++;
						expect({ code: row[0], j, printed: row[2 + j] }).toEqual({
							code: row[0],
							j,
							printed: '*'
						});
					}
				}
			expect(small).toBeGreaterThan(0);
			const hidden = (cell: string | undefined) => (cell === '*' ? ('primary' as const) : null);
			const counts: CountTable = {
				cells: agencies.map((row) => [1, 2, 3].map((j) => value(row[0] as string, j))),
				rowTotals: agencies.map((row) => value(row[0] as string, 0)),
				colTotals: [1, 2, 3].map((j) => value('ALL', j)),
				grandTotal: value('ALL', 0)
			};
			const mask: SuppressionResult = {
				cells: agencies.map((row) => row.slice(3, 6).map(hidden)),
				rowTotals: agencies.map((row) => hidden(row[2])),
				colTotals: (city?.slice(3, 6) ?? []).map(hidden),
				grandTotal: hidden(city?.[2])
			};
			expect(determinedCells(counts, mask)).toEqual([]);
			// A printed share gives back a count: % dialogue the "no dialogue" cell, % plan the plan cell.
			for (const row of agencies) {
				const [withPlan, , none] = row.slice(3, 6);
				if (row[6] !== '*') expect({ code: row[0], none }).not.toEqual({ code: row[0], none: '*' });
				if (row[7] !== '*')
					expect({ code: row[0], withPlan }).not.toEqual({ code: row[0], withPlan: '*' });
			}
			// The same appraised people as the predikat table: the same headcounts hidden.
			const predikat = Object.fromEntries(
				readCsv(join(outA, 'tabel', '03-predikat-opd.csv'))
					.slice(1)
					.map((row) => [row[0], row[2] === '*'])
			);
			for (const row of agencies)
				if (predikat[row[0] as string])
					expect({ code: row[0], n: row[2] }).toEqual({ code: row[0], n: '*' });
			// One-column tables with a printed total: awards by type, Satyalancana classes and reasons.
			for (const [suffix, column] of [
				['-penghargaan-jenis.csv', 1],
				['-satyalancana.csv', 2]
			] as const) {
				const { rows } = table(suffix);
				const body = rows.slice(0, -1);
				const stars = body.filter((row) => row[column] === '*').length;
				expect({ suffix, lonelyStar: stars === 1 }).toEqual({ suffix, lonelyStar: false });
				for (const row of body) {
					const n = num(row[column]);
					expect({ suffix, row: row[0], small: n !== null && n > 0 && n < MIN }).toEqual({
						suffix,
						row: row[0],
						small: false
					});
				}
			}
		});
	});

	it('writes the same report in English on request', async () => {
		const en = await build(join(tmp.dir, 'en'), 'en');
		const text = squash(pdfPages(en.pdf).join(' '));
		expect(text).toContain('Executive summary');
		expect(text).toContain('The share of employees rated Baik or better');
		expect(text).not.toContain('Ringkasan eksekutif');
	}, 120_000);
});
