import type { GenContext } from './context.js';
import { dmy } from './dates.js';
import type { Layout } from './defects.js';
import { CsvFile } from './fileWriters.js';
import type { Cell } from './xlsx.js';

/**
 * Hukuman disiplin (PP 94/2021), one row per decree. The planted absence cases are protected (the
 * patterns cite them); one other decree has its dates swapped and one a level no list knows.
 */
export function writeSanctions(ctx: GenContext): void {
	const layout: Layout = {
		columns: [
			{ header: 'NIP', role: 'nip', required: true },
			{ header: 'Nama', role: 'text' },
			{ header: 'Tingkat', role: 'code', required: true, bad: ['Sangat Berat', 'Sedang-Berat'] },
			{ header: 'Jenis Hukuman', role: 'text', required: true },
			{ header: 'Nomor SK', role: 'text' },
			{ header: 'Tanggal SK', role: 'date', required: true },
			{ header: 'Tanggal Mulai', role: 'date' },
			{ header: 'Tanggal Selesai', role: 'date' }
		],
		key: [0, 3, 5],
		order: [6, 7],
		weights: {}
	};
	const path = `sanctions/hukuman_disiplin_${ctx.pop.from}-${ctx.pop.to}.csv`;
	const rng = ctx.rng.fork('sanctions:file');
	const file = new CsvFile(ctx.out, {
		path,
		kind: 'sanctions',
		naturalKey: ['nip', 'jenis_hukuman', 'tanggal_sk'],
		layout,
		rates: { defect: 0, duplicate: 0, conflict: 0 },
		rng,
		encoding: 'utf-8-bom',
		delimiter: ','
	});
	const planted = new Set(ctx.plans.absence.map((c) => c.employee));
	const others = ctx.plans.sanctions.filter((s) => !planted.has(s.employee));
	const withEnd = others.filter((s) => s.end !== null);
	const swapped = withEnd.length ? rng.pick(withEnd) : null;
	const oddLevel = others.find((s) => s !== swapped) ?? null;
	for (const s of ctx.plans.sanctions) {
		ctx.codes.add('sanctions', 'tingkat', s.level);
		const cells: Cell[] = [
			s.employee.nip,
			s.employee.name,
			s.level,
			s.jenis,
			s.nomor,
			dmy(s.skDate),
			dmy(s.start),
			s.end === null ? '' : dmy(s.end)
		];
		if (s === swapped && file.emitter.defect(cells, 'date_order')) continue;
		if (s === oddLevel && file.emitter.defect(cells, 'unknown_code')) continue;
		file.emitter.row(cells, { protect: planted.has(s.employee) });
	}
	ctx.files.push(file.close());
	ctx.log(`sanctions   ${path}: ${ctx.plans.sanctions.length} decrees`);
}
