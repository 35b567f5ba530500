import { type Agency, validThroughout } from './agencies.js';
import { type Day, day, ymd } from './dates.js';
import type { JenisJabatan } from './jabatan.js';
import type { Field, Gender, Pendidikan } from './names.js';
import type { EmployeeType } from './nip.js';
import { PersonMaker } from './personMaker.js';
import { planFor } from './profiles.js';
import type { Rng } from './random.js';
import { agencySizes, planSlots } from './staffing.js';

export interface Posting {
	from: Day;
	agency: string;
}

export interface Employee {
	id: number;
	nip: string;
	type: EmployeeType;
	gender: Gender;
	birth: Day;
	/** TMT CPNS (PNS) or TMT PPPK: the first day of service. */
	tmt: Day;
	/** Name with academic titles, as SIMPEG prints it. */
	name: string;
	/** The name without titles (some exports print it in capitals). */
	core: string;
	pendidikan: Pendidikan;
	field: Field;
	jenis: JenisJabatan;
	jabatan: string;
	eselon: string;
	/** Index into GOLONGAN of the entry grade (PNS). */
	entryGrade: number;
	pppkGrade: string;
	retireAge: number;
	/** First day no longer employed, or null when still employed after the span. */
	end: Day | null;
	endReason: string | null;
	postings: Posting[];
	/** Multiplier on the agency's lateness probability (lognormal around 1). */
	punctuality: number;
	/** Latent performance, standard normal: ranks people for the predikat quotas. */
	performance: number;
	/** A year spent on tugas belajar (status TB every working day), if any. */
	studyYear: number | null;
}

export interface Population {
	employees: Employee[];
	from: number;
	to: number;
	agencies: Agency[];
}

/** Yearly exits as a share of the workforce (~80 retirements a year around 2019, domain.md §7). */
const EXITS = { pensiun: 0.028, meninggal: 0.0025, pindah: 0.003 } as const;
const MOVES_PER_YEAR = 0.006;

export function buildPopulation(
	rng: Rng,
	opts: { employees: number; from: number; to: number; agencies: Agency[] }
): Population {
	const first = day(opts.from, 1, 1);
	const last = day(opts.to, 12, 31);
	const valid = validThroughout(opts.agencies, first, last);
	const byCode = new Map(valid.map((a) => [a.code, a]));
	const sizes = agencySizes(
		valid.map((a) => a.code),
		opts.employees
	);
	const slots = planSlots(rng.fork('slots'), sizes, opts.to >= 2022);
	const maker = new PersonMaker(rng.fork('people'), opts.from, opts.to, byCode);
	const employees: Employee[] = [];
	for (const agencySlots of slots.values()) {
		for (const slot of agencySlots) employees.push(maker.staying(slot));
	}
	const exits = rng.fork('exits');
	for (let y = opts.from; y <= opts.to; y++) {
		for (const [reason, share] of Object.entries(EXITS)) {
			const n = Math.round(opts.employees * share);
			for (let k = 0; k < n; k++)
				employees.push(maker.leaving(exits, reason, y, [...sizes.keys()]));
		}
	}
	moveSome(rng.fork('moves'), employees, opts, [...sizes.keys()]);
	assignStudyLeave(rng.fork('study'), employees, opts);
	employees.forEach((e, i) => (e.id = i));
	return { employees, from: opts.from, to: opts.to, agencies: opts.agencies };
}

/** A few moves a year between agencies (SK mutasi, TMT the first of a month). */
function moveSome(
	rng: Rng,
	employees: Employee[],
	opts: { employees: number; from: number; to: number },
	codes: string[]
): void {
	const targets = codes.filter((c) => !planFor(c).small);
	const moved = new Set<number>();
	for (let y = opts.from; y <= opts.to; y++) {
		const eligible = employees.filter(
			(e, i) =>
				!moved.has(i) && movable(e) && activeAllYear(e, y) && !planFor(e.postings[0]!.agency).small
		);
		for (const e of rng.sample(eligible, Math.round(opts.employees * MOVES_PER_YEAR))) {
			const current = e.postings[0]!.agency;
			const to = rng.weighted(
				targets.filter((c) => c !== current).map((c) => [c, planFor(c).weight] as const)
			);
			e.postings.push({ from: day(y, rng.int(2, 11), 1), agency: to });
			moved.add(employees.indexOf(e));
		}
	}
}

function movable(e: Employee): boolean {
	if (e.jenis === 'Pelaksana') return true;
	return (
		e.jenis === 'Fungsional' &&
		!['guru', 'dokter', 'dokter_gigi', 'perawat', 'bidan', 'farmasi'].includes(e.field)
	);
}

function assignStudyLeave(
	rng: Rng,
	employees: Employee[],
	opts: { employees: number; from: number; to: number }
): void {
	const n = Math.max(1, Math.round(opts.employees * 0.003));
	const candidates = employees.filter(
		(e) =>
			e.type === 'PNS' &&
			e.jenis !== 'JPT' &&
			e.postings.length === 1 &&
			ymd(e.birth).y > opts.to - 40
	);
	for (const e of rng.sample(candidates, n)) {
		const years = [];
		for (let y = opts.from; y <= opts.to; y++)
			if (activeAllYear(e, y) && e.tmt < day(y - 2, 1, 1)) years.push(y);
		if (years.length) e.studyYear = rng.pick(years);
	}
}

export function activeOn(e: Employee, d: Day): boolean {
	return e.tmt <= d && (e.end === null || d < e.end);
}

export function activeAllYear(e: Employee, y: number): boolean {
	return activeOn(e, day(y, 1, 1)) && activeOn(e, day(y, 12, 31));
}

/** Agency code on a day (the posting in force), or null when not employed. */
export function agencyOn(e: Employee, d: Day): string | null {
	if (!activeOn(e, d)) return null;
	let code: string | null = null;
	for (const p of e.postings) if (p.from <= d) code = p.agency;
	return code ?? e.postings[0]?.agency ?? null;
}
