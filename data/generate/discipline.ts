import { type Day, day } from './dates.js';
import { activeAllYear, type Employee, type Population } from './employees.js';
import { planFor } from './profiles.js';
import type { Rng } from './random.js';

/**
 * Employees who reach PP 94/2021 absence bands (domain.md §3) and the sanctions that follow, plus a
 * few sanctions for other breaches. The attendance writer gives each case exactly `days` unexcused days.
 */

export type Level = 'Ringan' | 'Sedang' | 'Berat';

export interface AbsenceCase {
	employee: Employee;
	year: number;
	days: number;
	level: Level;
	band: string;
	sanction: string;
}

export interface Sanction {
	employee: Employee;
	level: Level;
	jenis: string;
	nomor: string;
	skDate: Day;
	start: Day;
	end: Day | null;
}

/** PP 94/2021 Pasal 9–11: cumulative unexcused days in a year → level and sanction. */
export const ABSENCE_BANDS: readonly {
	min: number;
	max: number;
	level: Level;
	sanction: string;
	months: number;
}[] = [
	{ min: 3, max: 3, level: 'Ringan', sanction: 'Teguran lisan', months: 0 },
	{ min: 4, max: 6, level: 'Ringan', sanction: 'Teguran tertulis', months: 0 },
	{
		min: 7,
		max: 10,
		level: 'Ringan',
		sanction: 'Pernyataan tidak puas secara tertulis',
		months: 0
	},
	{
		min: 11,
		max: 13,
		level: 'Sedang',
		sanction: 'Pemotongan tunjangan kinerja 25% selama 6 bulan',
		months: 6
	},
	{
		min: 14,
		max: 16,
		level: 'Sedang',
		sanction: 'Pemotongan tunjangan kinerja 25% selama 9 bulan',
		months: 9
	},
	{
		min: 17,
		max: 20,
		level: 'Sedang',
		sanction: 'Pemotongan tunjangan kinerja 25% selama 12 bulan',
		months: 12
	},
	{
		min: 21,
		max: 24,
		level: 'Berat',
		sanction: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
		months: 12
	},
	{
		min: 25,
		max: 27,
		level: 'Berat',
		sanction: 'Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan',
		months: 12
	},
	{
		min: 28,
		max: 366,
		level: 'Berat',
		sanction: 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
		months: 0
	}
];

export function bandFor(days: number) {
	return ABSENCE_BANDS.find((b) => days >= b.min && days <= b.max) ?? null;
}

/** Days and year offsets of the planted cases: every ringan/sedang rung, two berat. */
const CASES: readonly [number, number][] = [
	[3, 1],
	[5, 2],
	[8, 3],
	[12, 2],
	[15, 4],
	[22, 2],
	[29, 3]
];

/** Agencies whose attendance is not in the city CSV (own systems, punch logs, XLSX rekap). */
export const OWN_ATTENDANCE = new Set(['RSUD', 'DISHUB', 'KEC_GP', 'DISPUSIP']);

export function planAbsence(rng: Rng, pop: Population): AbsenceCase[] {
	const taken = new Set<Employee>();
	const out: AbsenceCase[] = [];
	for (const [days, offset] of CASES) {
		const year = Math.min(pop.to, pop.from + offset);
		const band = bandFor(days);
		if (!band) continue;
		const pdh = band.sanction.startsWith('Pemberhentian');
		const pool = pop.employees.filter(
			(e) =>
				!taken.has(e) &&
				e.type === 'PNS' &&
				e.jenis !== 'JPT' &&
				e.postings.length === 1 &&
				e.studyYear === null &&
				activeAllYear(e, year) &&
				(!pdh || year === pop.to || activeAllYear(e, year + 1)) &&
				!OWN_ATTENDANCE.has(e.postings[0]?.agency ?? '') &&
				!planFor(e.postings[0]?.agency ?? '').small
		);
		if (pool.length === 0) continue;
		const employee = rng.pick(pool);
		taken.add(employee);
		if (pdh && year < pop.to) {
			employee.end = day(year + 1, 3, 1);
			employee.endReason = 'Diberhentikan (PDH TAPS, PP 94/2021)';
		}
		out.push({
			employee,
			year,
			days,
			level: band.level,
			band:
				band.max === 366
					? `≥ ${band.min} hari`
					: band.min === band.max
						? `${band.min} hari`
						: `${band.min}–${band.max} hari`,
			sanction: band.sanction
		});
	}
	return out;
}

/** Sanctions: those that follow the planted absence cases, and a few for other breaches. */
export function planSanctions(rng: Rng, pop: Population, cases: AbsenceCase[]): Sanction[] {
	const out: Sanction[] = [];
	for (const c of cases) {
		const skDate =
			c.year < pop.to ? day(c.year + 1, 2, rng.int(3, 27)) : day(c.year, 12, rng.int(15, 22));
		const months = bandFor(c.days)?.months ?? 0;
		const start = skDate + 7;
		out.push({
			employee: c.employee,
			level: c.level,
			jenis: c.sanction,
			nomor: '',
			skDate,
			start,
			end: months ? addMonths(start, months) - 1 : null
		});
	}
	const others: readonly [Level, string, number][] = [
		['Ringan', 'Teguran tertulis', 0],
		['Ringan', 'Pernyataan tidak puas secara tertulis', 0],
		['Sedang', 'Pemotongan tunjangan kinerja 25% selama 6 bulan', 6],
		['Berat', 'Penurunan jabatan setingkat lebih rendah selama 12 bulan', 12]
	];
	const perYear = Math.max(1, Math.round(pop.employees.length * 0.0012));
	const planted = new Set(cases.map((c) => c.employee));
	for (let y = pop.from; y <= pop.to; y++) {
		const pool = pop.employees.filter(
			(e) => e.type === 'PNS' && e.jenis !== 'JPT' && !planted.has(e) && activeAllYear(e, y)
		);
		for (const employee of rng.sample(pool, perYear)) {
			const [level, jenis, months] = rng.weighted(
				others.map((o, i) => [o, [5, 3, 1.5, 0.5][i] ?? 1] as const)
			);
			const skDate = day(y, rng.int(2, 11), rng.int(1, 28));
			const start = skDate + rng.int(3, 14);
			out.push({
				employee,
				level,
				jenis,
				nomor: '',
				skDate,
				start,
				end: months ? addMonths(start, months) - 1 : null
			});
		}
	}
	out.sort((a, b) => a.skDate - b.skDate || a.employee.id - b.employee.id);
	// Decree numbers run in date order within a year, as a register would.
	const seq = new Map<number, number>();
	for (const s of out) {
		const y = new Date(s.skDate * 86_400_000).getUTCFullYear();
		seq.set(y, (seq.get(y) ?? 0) + 1);
		s.nomor = `800.1.6.4/${String(seq.get(y)).padStart(3, '0')}/BKPSDM/${y}`;
	}
	return out;
}

function addMonths(d: Day, months: number): Day {
	const date = new Date(d * 86_400_000);
	return day(date.getUTCFullYear(), date.getUTCMonth() + 1 + months, date.getUTCDate());
}
