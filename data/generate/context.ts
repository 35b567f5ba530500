import type { Agency } from './agencies.js';
import type { Calendar } from './calendar.js';
import { type Day, day } from './dates.js';
import type { Development } from './development.js';
import { agencyOn, type Employee, type Population } from './employees.js';
import { GOLONGAN, gradeAt, PANGKAT } from './jabatan.js';
import type { CodeBook, ManifestFile } from './manifest.js';
import type { Plans } from './plans.js';
import type { Rng } from './random.js';

/** Everything the per-kind writers share. */
export interface GenContext {
	out: string;
	rng: Rng;
	pop: Population;
	calendar: Calendar;
	agencies: Map<string, Agency>;
	codes: CodeBook;
	plans: Plans;
	/** Dialogues, development plans and the trainings that follow them (feedback and training agree). */
	development: Development;
	files: ManifestFile[];
	/** Fixed document time for workbooks: the end of the generated span. */
	when: Date;
	log: (line: string) => void;
}

export function agencyOf(ctx: GenContext, code: string): Agency {
	const a = ctx.agencies.get(code);
	if (!a) throw new Error(`unknown agency ${code}`);
	return a;
}

/** Employees in post on a day, in SIMPEG order: agency (as in agencies.csv), rank, NIP. */
export function staffOn(ctx: GenContext, d: Day): { e: Employee; agency: string }[] {
	const order = new Map([...ctx.agencies.keys()].map((c, i) => [c, i]));
	const rank = { JPT: 0, Administrator: 1, Pengawas: 2, Fungsional: 3, Pelaksana: 4 } as const;
	const out: { e: Employee; agency: string }[] = [];
	for (const e of ctx.pop.employees) {
		const agency = agencyOn(e, d);
		if (agency) out.push({ e, agency });
	}
	return out.sort(
		(a, b) =>
			(order.get(a.agency) ?? 0) - (order.get(b.agency) ?? 0) ||
			rank[a.e.jenis] - rank[b.e.jenis] ||
			(a.e.nip < b.e.nip ? -1 : 1)
	);
}

export function serviceYears(e: Employee, d: Day): number {
	return Math.max(0, Math.floor((d - e.tmt) / 365.25));
}

/** Golongan on a day: PNS by regular promotion, PPPK by their fixed grade. */
export function golonganOn(e: Employee, d: Day): { golongan: string; pangkat: string } {
	if (e.type === 'PPPK') return { golongan: e.pppkGrade, pangkat: '' };
	const g = gradeAt(e.entryGrade, e.jenis, serviceYears(e, d));
	return { golongan: GOLONGAN[g] ?? 'III/a', pangkat: PANGKAT[g] ?? '' };
}

/** CPNS during the first year after TMT, then PNS; PPPK stay PPPK. */
export function statusOn(e: Employee, d: Day): 'PNS' | 'CPNS' | 'PPPK' {
	if (e.type === 'PPPK') return 'PPPK';
	return d - e.tmt < 365 ? 'CPNS' : 'PNS';
}

export function yearEnd(y: number): Day {
	return day(y, 12, 31);
}

export function years(ctx: GenContext, first = ctx.pop.from): number[] {
	const out: number[] = [];
	for (let y = Math.max(first, ctx.pop.from); y <= ctx.pop.to; y++) out.push(y);
	return out;
}

/** Thousands with dots, as id-ID writes them (`2.791`). */
export function idNumber(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A decimal with a comma (`87,25`). */
export function decimalComma(n: number, digits = 2): string {
	return n
		.toFixed(digits)
		.replace(/\.?0+$/, '')
		.replace('.', ',');
}
