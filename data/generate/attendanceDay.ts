import type { Employee } from './employees.js';
import type { Rng } from './random.js';

/**
 * One employee's year of attendance: which working days are leave, sickness, duty travel or
 * unexcused absence, and, on days present, the clock times. Codes index STATUS.
 */

export const STATUS = ['H', 'I', 'S', 'C', 'CT', 'DL', 'TB', 'TK'] as const;
export type StatusCode = (typeof STATUS)[number];
export const H = 0;
const I = 1;
const S = 2;
const C = 3;
const CT = 4;
const DL = 5;
const TB = 6;
export const TK = 7;

/**
 * Status per working day of the year (index into the year's workday list). `plantedTk` gives an exact
 * number of unexcused days (a PP 94/2021 case); otherwise 0–2 are drawn, below the first band.
 */
export function planYear(
	rng: Rng,
	e: Employee,
	year: number,
	workdays: number,
	plantedTk: number | null
): Uint8Array {
	const days = new Uint8Array(workdays);
	if (e.studyYear === year) return days.fill(TB);
	const block = (code: number, total: number, maxRun: number) => {
		let left = total;
		for (let guard = 0; left > 0 && guard < 200; guard++) {
			const run = Math.min(left, rng.int(1, maxRun));
			const at = rng.int(0, Math.max(0, workdays - run));
			let free = true;
			for (let k = at; k < at + run; k++) if (days[k] !== H) free = false;
			if (!free) continue;
			days.fill(code, at, at + run);
			left -= run;
		}
	};
	const age = year - new Date(e.birth * 86_400_000).getUTCFullYear();
	if (e.gender === 'P' && age < 40 && rng.chance(0.025)) block(C, 60, 60);
	block(CT, rng.int(2, 12), 3);
	if (rng.chance(0.6)) block(S, Math.min(12, 1 + Math.floor(rng.exp(2.5))), 3);
	block(
		I,
		rng.weighted([
			[0, 4],
			[1, 3],
			[2, 2],
			[3, 1]
		] as const),
		1
	);
	const structural = e.jenis !== 'Fungsional' && e.jenis !== 'Pelaksana';
	block(DL, rng.int(0, structural ? 14 : 5), 3);
	const tk =
		plantedTk ??
		rng.weighted([
			[0, 70],
			[1, 22],
			[2, 8]
		] as const);
	// Unexcused days come singly or in pairs, never ten in a row (that is its own berat rule).
	block(TK, tk, 2);
	return days;
}

/** Clock times of one day (seconds after midnight); -1 = no scan. Reused to avoid allocation. */
export interface DayTimes {
	inSec: number;
	outSec: number;
	/** Minutes after the start of the day (0 when on time or no scan). */
	late: number;
	/** Minutes before the end of the day. */
	early: number;
}

export function dayTimes(
	rng: Rng,
	start: number,
	end: number,
	pLate: number,
	out: DayTimes
): DayTimes {
	if (rng.chance(0.004)) {
		out.inSec = -1;
	} else if (rng.chance(pLate)) {
		out.inSec = (start + 1 + Math.min(240, Math.floor(rng.exp(14)))) * 60 + rng.int(0, 59);
	} else {
		out.inSec = (start - rng.int(0, 50)) * 60 - rng.int(1, 59);
	}
	if (rng.chance(0.012)) {
		out.outSec = -1;
	} else if (rng.chance(0.04)) {
		out.outSec = (end - 1 - Math.min(180, Math.floor(rng.exp(20)))) * 60 + rng.int(0, 59);
	} else {
		out.outSec = (end + rng.int(0, 75)) * 60 + rng.int(0, 59);
	}
	out.late = out.inSec < 0 ? 0 : Math.max(0, Math.floor(out.inSec / 60) - start);
	out.early = out.outSec < 0 ? 0 : Math.max(0, end - Math.ceil(out.outSec / 60));
	return out;
}
