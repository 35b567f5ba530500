import { code, KEY } from './appraisalPlan.js';
import { agencyOf, decimalComma, type GenContext, yearEnd } from './context.js';
import type { Column, Layout } from './defects.js';
import { agencyOn } from './employees.js';
import { CsvFile, ratesFor } from './fileWriters.js';
import type { Cell } from './xlsx.js';

/** 2021 in the PP 30/2019 numeric scheme: nilai SKP 70% + perilaku 30%, up to 120, decimal commas. */
export function writeAppraisals2021(ctx: GenContext): void {
	const columns: Column[] = [
		{ header: 'NIP', role: 'nip', required: true },
		{ header: 'Nama', role: 'text' },
		{ header: 'Unit Kerja', role: 'agency' },
		{ header: 'Tahun', role: 'number', required: true, outOfRange: ['2201', '202'] },
		{ header: 'Periode', role: 'code' },
		{ header: 'Nilai SKP', role: 'number', outOfRange: ['125,5', '130'] },
		{ header: 'Nilai Perilaku', role: 'number', outOfRange: ['121'] },
		{ header: 'Nilai Akhir', role: 'number', outOfRange: ['121,75', '-4'] },
		{ header: 'Predikat', role: 'code', bad: ['Memuaskan', 'Istimewa Sekali'] }
	];
	const layout: Layout = {
		columns,
		key: [0, 3, 4],
		weights: {
			nip_excel_mangled: 3,
			nip_format: 1,
			nip_birth_date: 1,
			nip_gender: 1,
			required_missing: 1,
			number_invalid: 2,
			out_of_range: 2,
			unknown_code: 1.5,
			unknown_agency: 1
		}
	};
	const file = new CsvFile(ctx.out, {
		path: 'appraisal/eskp_2021.csv',
		kind: 'appraisal',
		naturalKey: KEY,
		layout,
		rates: ratesFor(false),
		rng: ctx.rng.fork('appraisal:2021'),
		encoding: 'utf-8',
		delimiter: ';'
	});
	for (const e of ctx.pop.employees) {
		const s = ctx.plans.scores2021.get(e.id);
		const agency = agencyOn(e, yearEnd(2021));
		if (!s || !agency) continue;
		code(ctx, 'predikat', s.predikat);
		const cells: Cell[] = [
			e.nip,
			e.name,
			agencyOf(ctx, agency).name,
			'2021',
			code(ctx, 'periode', 'Tahunan'),
			decimalComma(s.skp),
			decimalComma(s.perilaku),
			decimalComma(s.akhir),
			s.predikat
		];
		file.emitter.row(cells, {
			conflict: () => cells.map((c, i) => (i === 7 ? decimalComma(Math.max(0, s.akhir - 3.5)) : c))
		});
	}
	ctx.files.push(file.close());
	ctx.log(
		`appraisal   appraisal/eskp_2021.csv: ${ctx.plans.scores2021.size} annual scores (PP 30/2019)`
	);
}
