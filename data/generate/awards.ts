import { appraisedIn, key } from './appraisalPlan.js';
import { type GenContext, serviceYears } from './context.js';
import { type Day, day, dmy, ymd } from './dates.js';
import type { Layout } from './defects.js';
import { activeOn, agencyOn, type Employee } from './employees.js';
import { CsvFile, ratesFor } from './fileWriters.js';
import type { Cell } from './xlsx.js';

/**
 * Awards: Satyalancana Karya Satya X/XX/XXX after 10/20/30 years from TMT CPNS, never to someone with a
 * moderate or heavy sanction in that service (PP 35/2010; domain.md §9); Pegawai Teladan per agency;
 * Wali Kota's piagam. Exported as Excel "Unicode text" (UTF-16LE, tab-separated). Decree numbers are
 * invented for the sample.
 */

interface Award {
	e: Employee;
	jenis: string;
	year: number;
	nomor: string;
	date: Day;
}

const SLKS: readonly [number, string][] = [
	[30, 'Satyalancana Karya Satya XXX Tahun'],
	[20, 'Satyalancana Karya Satya XX Tahun'],
	[10, 'Satyalancana Karya Satya X Tahun']
];

export function writeAwards(ctx: GenContext): void {
	const rng = ctx.rng.fork('awards');
	const barred = new Map<Employee, Day>();
	for (const s of ctx.plans.sanctions) {
		if (s.level !== 'Ringan' && !barred.has(s.employee)) barred.set(s.employee, s.skDate);
	}
	const awards: Award[] = [];
	const given = new Set<string>();
	// SIMPEG's riwayat penghargaan lists every award ever given, so classes due before the span are
	// there too (most of them: a few were never proposed).
	const history = ctx.rng.fork('awards:history');
	for (const e of ctx.pop.employees) {
		if (e.type !== 'PNS') continue;
		for (const [n, jenis] of SLKS) {
			const y = ymd(e.tmt).y + n + history.int(0, 2);
			if (y >= ctx.pop.from || !history.chance(0.85)) continue;
			given.add(`${e.id}:${jenis}`);
			awards.push({
				e,
				jenis,
				year: y,
				nomor: `${60 + (y % 30)}/TK/Tahun ${y}`,
				date: day(y, 8, 12 + (y % 5))
			});
		}
	}
	for (let y = ctx.pop.from; y <= ctx.pop.to; y++) {
		const keppres = day(y, 8, 12 + (y % 5));
		for (const e of ctx.pop.employees) {
			if (e.type !== 'PNS' || !activeOn(e, keppres)) continue;
			const bar = barred.get(e);
			if (bar !== undefined && bar <= keppres) continue;
			const years = serviceYears(e, keppres);
			const slks = SLKS.find(([n]) => years >= n && years < n + 4);
			if (slks && !given.has(`${e.id}:${slks[1]}`) && rng.chance(0.55)) {
				given.add(`${e.id}:${slks[1]}`);
				awards.push({
					e,
					jenis: slks[1],
					year: y,
					nomor: `${60 + (y % 30)}/TK/Tahun ${y}`,
					date: keppres
				});
			}
		}
		const byAgency = new Map<string, Employee[]>();
		for (const e of ctx.pop.employees) {
			const a = agencyOn(e, day(y, 11, 1));
			if (!a || !appraisedIn(e, y) || barred.has(e)) continue;
			const list = byAgency.get(a);
			if (list) list.push(e);
			else byAgency.set(a, [e]);
		}
		let seq = 0;
		for (const [, staff] of [...byAgency].sort(([a], [b]) => (a < b ? -1 : 1))) {
			if (staff.length < 8) continue;
			const best = staff.reduce((a, b) => (b.performance > a.performance ? b : a));
			awards.push({
				e: best,
				jenis: 'Pegawai Teladan',
				year: y,
				nomor: `800/${String(++seq).padStart(3, '0')}/BKPSDM-PT/${y}`,
				date: day(y, 11, 25)
			});
			const rest = staff.filter(
				(e) =>
					e !== best && (ctx.plans.annual.get(key(e, y))?.predikat ?? 'Baik') !== 'Sangat Kurang'
			);
			for (const e of rng.sample(rest, Math.round(rest.length * 0.01))) {
				awards.push({
					e,
					jenis: 'Piagam Penghargaan Wali Kota',
					year: y,
					nomor: `800/${String(++seq).padStart(3, '0')}/BKPSDM-PH/${y}`,
					date: day(y, 12, 19)
				});
			}
		}
	}
	const layout: Layout = {
		columns: [
			{ header: 'NIP', role: 'nip', required: true },
			{ header: 'Nama', role: 'text' },
			{ header: 'Jenis Penghargaan', role: 'text', required: true },
			{ header: 'Tahun', role: 'number', required: true, outOfRange: ['202', '2205'] },
			{ header: 'Nomor Keputusan', role: 'text' },
			{ header: 'Tanggal', role: 'date' }
		],
		key: [0, 2, 3],
		weights: {
			nip_excel_mangled: 2,
			nip_format: 1,
			nip_birth_date: 1,
			required_missing: 1.5,
			out_of_range: 1.5,
			number_invalid: 0.5,
			date_invalid: 1
		}
	};
	const path = `awards/penghargaan_${ctx.pop.from}-${ctx.pop.to}.txt`;
	const file = new CsvFile(ctx.out, {
		path,
		kind: 'awards',
		naturalKey: ['nip', 'jenis_penghargaan', 'tahun'],
		layout,
		rates: ratesFor(true),
		rng: rng.fork('defects'),
		encoding: 'utf-16le',
		delimiter: '\t'
	});
	for (const a of awards.sort((x, y) => x.date - y.date || x.e.id - y.e.id)) {
		ctx.codes.add('awards', 'jenis_penghargaan', a.jenis);
		const cells: Cell[] = [a.e.nip, a.e.name, a.jenis, String(a.year), a.nomor, dmy(a.date)];
		file.emitter.row(cells, {
			conflict: () => cells.map((c, i) => (i === 4 ? `${a.nomor}/REV` : c))
		});
	}
	ctx.files.push(file.close());
	ctx.log(`awards      ${path}: ${awards.length} awards`);
}
