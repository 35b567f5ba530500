import { type GenContext, years } from './context.js';
import type { Layout } from './defects.js';
import { CsvFile } from './fileWriters.js';
import { orgPredikat, planFor } from './profiles.js';
import type { Cell } from './xlsx.js';

/** Capaian kinerja organisasi per agency and year (SE MenPANRB 3/2023), 2022 onwards. */
export function writeOrgRatings(ctx: GenContext): void {
	const ys = years(ctx, 2022);
	if (ys.length === 0) return;
	const layout: Layout = {
		columns: [
			{ header: 'Perangkat Daerah', role: 'agency', required: true },
			{ header: 'Tahun', role: 'number', required: true },
			{
				header: 'Predikat Organisasi',
				role: 'code',
				required: true,
				bad: ['Sangat Istimewa', 'Cukup']
			}
		],
		key: [0, 1],
		weights: {}
	};
	const path = `org-rating/predikat_organisasi_${ys[0]}-${ys[ys.length - 1]}.csv`;
	const rng = ctx.rng.fork('org-rating');
	const file = new CsvFile(ctx.out, {
		path,
		kind: 'org-rating',
		naturalKey: ['unit_kerja', 'tahun'],
		layout,
		rates: { defect: 0, duplicate: 0, conflict: 0 },
		rng,
		encoding: 'utf-8',
		delimiter: ';'
	});
	const rows: Cell[][] = [];
	for (const y of ys) {
		for (const a of ctx.agencies.values()) {
			if (!isStaffed(ctx, a.code)) continue;
			const predikat = orgPredikat(a.code, planFor(a.code), y);
			ctx.codes.add('org-rating', 'predikat_organisasi', predikat);
			rows.push([a.name, String(y), predikat]);
		}
	}
	// A hand-kept list: one agency's row typed with a word no code list has, one pasted twice,
	// one for an office the city does not have.
	const odd = rng.int(0, rows.length - 1);
	const twice = (odd + 1 + rng.int(0, rows.length - 2)) % rows.length;
	rows.forEach((cells, i) => {
		if (i === odd && file.emitter.defect(cells, 'unknown_code')) return;
		file.emitter.row(cells);
		if (i === twice) {
			file.emitter.raw(cells);
			file.ledger.duplicate();
		}
	});
	const stray: Cell[] = ['Dinas Koperasi dan UKM', String(ys[0]), 'Baik'];
	if (file.ledger.claim(stray.join('\u0001'))) {
		file.emitter.raw(stray);
		file.ledger.reject('unknown_agency');
	}
	ctx.files.push(file.close());
	ctx.log(`org-rating  ${path}: ${rows.length} agency-years`);
}

/** The 2026 merged agencies have no staff in 2021–2025 and no rating. */
function isStaffed(ctx: GenContext, code: string): boolean {
	return ctx.pop.employees.some((e) => e.postings.some((p) => p.agency === code));
}
