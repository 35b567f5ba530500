import { type Day, day } from './dates.js';
import { activeOn, agencyOn, type Employee, type Population } from './employees.js';
import {
	lateSkpShare,
	meanScore2021,
	missingSkpShare,
	planFor,
	predikatShares
} from './profiles.js';
import type { CodeBook } from './manifest.js';
import type { Rng } from './random.js';
import { matrixPredikat, pp30Predikat, type Predikat, type Rating } from './ratings.js';
import { apportion } from './staffing.js';

/** Who gets which annual outcome: quotas per agency and year, filled by latent performance. */

export interface AnnualOutcome {
	hasil: Rating;
	perilaku: Rating;
	predikat: Predikat;
	status: 'Disetujui' | 'Final' | 'Diajukan';
	submitted: Day;
	approved: Day | null;
	/** Submitted after the 10 January deadline (SE Kepala BKN 11/2023). */
	late: boolean;
}

export interface Score2021 {
	skp: number;
	perilaku: number;
	akhir: number;
	predikat: string;
}

export const key = (e: Employee, year: number) => `${e.id}:${year}`;

/** Natural key of an appraisal row (exports.md). */
export const KEY = ['nip', 'tahun', 'periode'];

/** Records a coded value the appraisal files use (manifest `codeLists`). */
export function code(ctx: { codes: CodeBook }, column: string, value: string): string {
	ctx.codes.add('appraisal', column, value);
	return value;
}

/** Appraised in year y: in post on 31 Dec and appointed by 1 Oct (a shorter year has no SKP). */
export function appraisedIn(e: Employee, y: number): boolean {
	return activeOn(e, day(y, 12, 31)) && e.tmt <= day(y, 10, 1);
}

const RATINGS_BY_CLASS: readonly (readonly (readonly [readonly [Rating, Rating], number])[])[] = [
	[[['Di Atas Ekspektasi', 'Di Atas Ekspektasi'], 1]],
	[
		[['Sesuai Ekspektasi', 'Sesuai Ekspektasi'], 0.7],
		[['Di Atas Ekspektasi', 'Sesuai Ekspektasi'], 0.2],
		[['Sesuai Ekspektasi', 'Di Atas Ekspektasi'], 0.1]
	],
	[
		[['Di Bawah Ekspektasi', 'Sesuai Ekspektasi'], 0.85],
		[['Di Bawah Ekspektasi', 'Di Atas Ekspektasi'], 0.15]
	],
	[
		[['Sesuai Ekspektasi', 'Di Bawah Ekspektasi'], 0.8],
		[['Di Atas Ekspektasi', 'Di Bawah Ekspektasi'], 0.2]
	],
	[[['Di Bawah Ekspektasi', 'Di Bawah Ekspektasi'], 1]]
];

export function planAnnual(rng: Rng, pop: Population, y: number): Map<string, AnnualOutcome> {
	const out = new Map<string, AnnualOutcome>();
	const byAgency = new Map<string, Employee[]>();
	for (const e of pop.employees) {
		if (!appraisedIn(e, y)) continue;
		const code = agencyOn(e, day(y, 12, 31)) ?? '';
		const list = byAgency.get(code);
		if (list) list.push(e);
		else byAgency.set(code, [e]);
	}
	for (const [code, staff] of byAgency) {
		const plan = planFor(code);
		const missing = Math.round(staff.length * missingSkpShare(plan.trend, y));
		const ranked = staff
			.map((e) => ({ e, score: e.performance + rng.normal(0, 0.6) }))
			.sort((a, b) => b.score - a.score || a.e.id - b.e.id);
		const absent = new Set(
			rng.sample(
				ranked.map((r) => r.e),
				missing
			)
		);
		const present = ranked.filter((r) => !absent.has(r.e));
		const quotas = apportion([...predikatShares(plan, y)], present.length, [0, 0, 0, 0, 0]);
		let cls = 0;
		let used = 0;
		for (const { e } of present) {
			while (cls < 4 && used >= (quotas[cls] ?? 0)) {
				cls++;
				used = 0;
			}
			used++;
			const [hasil, perilaku] = rng.weighted(RATINGS_BY_CLASS[cls] ?? []);
			const late = rng.chance(lateSkpShare(plan.trend, y));
			const submitted = late ? day(y + 1, 1, rng.int(11, 80)) : day(y, 12, rng.int(10, 41));
			const pending = rng.chance(0.05);
			out.set(key(e, y), {
				hasil,
				perilaku,
				predikat: matrixPredikat(hasil, perilaku),
				status: pending ? 'Diajukan' : rng.chance(0.3) ? 'Final' : 'Disetujui',
				submitted,
				approved: pending ? null : submitted + rng.int(1, 20),
				late
			});
		}
	}
	return out;
}

export function planScores2021(rng: Rng, pop: Population): Map<number, Score2021> {
	const out = new Map<number, Score2021>();
	for (const e of pop.employees) {
		if (!appraisedIn(e, 2021)) continue;
		const mean =
			meanScore2021(planFor(agencyOn(e, day(2021, 12, 31)) ?? '').trend) + 4 * e.performance;
		const skp = clamp(rng.normal(mean + 2, 6), 52, 119);
		const perilaku = clamp(rng.normal(mean - 2, 5), 55, 118);
		const akhir = Math.round((0.7 * skp + 0.3 * perilaku) * 100) / 100;
		out.set(e.id, { skp, perilaku, akhir, predikat: pp30Predikat(akhir, rng.chance(0.45)) });
	}
	return out;
}

function clamp(x: number, lo: number, hi: number): number {
	return Math.round(Math.min(hi, Math.max(lo, x)) * 100) / 100;
}
