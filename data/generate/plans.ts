import {
	type AnnualOutcome,
	key,
	planAnnual,
	planScores2021,
	type Score2021
} from './appraisalPlan.js';
import { day } from './dates.js';
import { type AbsenceCase, planAbsence, planSanctions, type Sanction } from './discipline.js';
import { activeOn, agencyOn, type Employee, type Population } from './employees.js';
import { dialogueMean, planFor } from './profiles.js';
import type { Rng } from './random.js';

/** Decisions several kinds must agree on, made once before any file is written. */
export interface Plans {
	absence: AbsenceCase[];
	/** `id:year` → planted unexcused days. */
	absenceDays: Map<string, number>;
	sanctions: Sanction[];
	annual: Map<string, AnnualOutcome>;
	scores2021: Map<number, Score2021>;
	/** `id:year` → number of performance dialogues (feedback rows and "jumlah umpan balik"). */
	dialogues: Map<string, number>;
	/** `id:year` → the pejabat penilai / atasan langsung on 31 Dec (null: the Wali Kota). */
	superior: Map<string, Employee | null>;
}

export function buildPlans(rng: Rng, pop: Population): Plans {
	const absence = planAbsence(rng.fork('absence'), pop);
	const annual = new Map<string, AnnualOutcome>();
	for (let y = Math.max(2022, pop.from); y <= pop.to; y++) {
		for (const [k, v] of planAnnual(rng.fork(`annual:${y}`), pop, y)) annual.set(k, v);
	}
	return {
		absence,
		absenceDays: new Map(absence.map((c) => [key(c.employee, c.year), c.days])),
		sanctions: planSanctions(rng.fork('sanctions'), pop, absence),
		annual,
		scores2021: pop.from <= 2021 ? planScores2021(rng.fork('scores2021'), pop) : new Map(),
		dialogues: planDialogues(rng.fork('dialogues'), pop),
		superior: planSuperiors(pop)
	};
}

function planDialogues(rng: Rng, pop: Population): Map<string, number> {
	const out = new Map<string, number>();
	for (let y = Math.max(2022, pop.from); y <= pop.to; y++) {
		for (const e of pop.employees) {
			const code = agencyOn(e, day(y, 12, 31));
			if (!code) continue;
			const mean = dialogueMean(planFor(code).trend, y) * Math.exp(rng.normal(0, 0.35));
			out.set(key(e, y), Math.min(12, poisson(rng, mean)));
		}
	}
	return out;
}

function poisson(rng: Rng, mean: number): number {
	const limit = Math.exp(-mean);
	let k = 0;
	for (let p = rng.next(); p > limit; p *= rng.next()) k++;
	return k;
}

const RANK = { JPT: 0, Administrator: 1, Pengawas: 2, Fungsional: 3, Pelaksana: 3 } as const;

/** Pelaksana/Fungsional → a Pengawas, Pengawas → an Administrator, Administrator → the JPT. */
function planSuperiors(pop: Population): Map<string, Employee | null> {
	const out = new Map<string, Employee | null>();
	for (let y = pop.from; y <= pop.to; y++) {
		const d = day(y, 12, 31);
		const byAgency = new Map<string, Employee[]>();
		for (const e of pop.employees) {
			const code = agencyOn(e, d);
			if (!code) continue;
			const list = byAgency.get(code);
			if (list) list.push(e);
			else byAgency.set(code, [e]);
		}
		for (const e of pop.employees) {
			const code = agencyOn(e, d) ?? (activeOn(e, day(y, 1, 1)) ? agencyOn(e, day(y, 1, 1)) : null);
			if (!code) continue;
			const staff = byAgency.get(code) ?? [];
			const rank = RANK[e.jenis];
			let boss: Employee | null = null;
			for (let r = rank - 1; r >= 0 && !boss; r--) {
				const above = staff.filter((s) => RANK[s.jenis] === r && s !== e);
				if (above.length) boss = above[e.id % above.length] ?? null;
			}
			out.set(key(e, y), boss);
		}
	}
	return out;
}
