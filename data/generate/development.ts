import { key } from './appraisalPlan.js';
import type { Calendar } from './calendar.js';
import { type Day, day } from './dates.js';
import { activeOn, agencyOn, type Employee, type Population } from './employees.js';
import type { Plans } from './plans.js';
import { developmentPlanShare, planFollowShare, planFor } from './profiles.js';
import type { Rng } from './random.js';
import { COHORT_COURSES, type Course, coursesFor } from './trainingCatalogue.js';

/**
 * The performance-management loop (PermenPANRB 6/2022 stages 2 and 4): each dialogue's date, whether a
 * development plan was agreed and the competency it names, and the trainings decided ahead of the
 * riwayat diklat — courses that follow a plan within twelve months, and cohort courses. The feedback
 * and training writers both read this, so a plan and its follow-up agree.
 */

export interface Dialogue {
	date: Day;
	plan: boolean;
	/** What the plan names, as typed: `M.07 Mengelola Perubahan`, a bare name or code, an action. */
	kompetensi: string;
}

export interface PlannedTraining {
	course: Course;
	start: Day;
	status: 'Selesai' | 'Tidak Hadir';
}

export interface Development {
	/** `id:year` → that year's dialogues in date order (as many as `plans.dialogues` says). */
	dialogues: Map<string, Dialogue[]>;
	/** `id:year` → trainings decided ahead, by the year they start. */
	trainings: Map<string, PlannedTraining[]>;
}

/** Competencies plans name that a course of the catalogue develops (codes of competencies.csv). */
const GENERAL: readonly [string, string][] = [
	['M.03', 'Komunikasi'],
	['M.04', 'Orientasi pada Hasil'],
	['M.05', 'Pelayanan Publik'],
	['M.06', 'Pengembangan Diri dan Orang Lain'],
	['M.07', 'Mengelola Perubahan'],
	['T.02', 'Pengelolaan Keuangan Daerah'],
	['T.03', 'Pengadaan Barang/Jasa Pemerintah'],
	['T.07', 'Pengelolaan Kearsipan'],
	['T.09', 'Sistem Pemerintahan Berbasis Elektronik']
];
const TEACHING: [string, string] = ['T.12', 'Pembelajaran dan Asesmen'];
const HEALTH: [string, string] = ['T.13', 'Pelayanan Kesehatan'];
const NAKES = new Set(['perawat', 'bidan', 'dokter', 'dokter_gigi', 'farmasi', 'kesmas']);

/** Development actions that name no competency, so no training can follow them. */
const ACTIONS = [
	'Coaching oleh atasan',
	'Penugasan sebagai anggota tim kerja',
	'Magang di bidang lain',
	'Membaca dan merangkum regulasi terbaru'
];

export function planDevelopment(
	rng: Rng,
	pop: Population,
	plans: Plans,
	cal: Calendar
): Development {
	const dialogues = new Map<string, Dialogue[]>();
	const trainings = new Map<string, PlannedTraining[]>();
	const schedule = (e: Employee, t: PlannedTraining) => {
		const k = key(e, new Date(t.start * 86_400_000).getUTCFullYear());
		const list = trainings.get(k);
		if (list) list.push(t);
		else trainings.set(k, [t]);
	};
	const workdays = new Map<number, Day[]>();
	const days = (y: number) => {
		let list = workdays.get(y);
		if (!list) workdays.set(y, (list = cal.workdays(y)));
		return list;
	};
	for (let y = Math.max(2022, pop.from); y <= pop.to; y++) {
		const r = rng.fork(`dialogues:${y}`);
		for (const e of pop.employees) {
			const n = plans.dialogues.get(key(e, y)) ?? 0;
			if (n === 0) continue;
			const trend = planFor(agencyOn(e, day(y, 12, 31)) ?? e.postings[0]?.agency ?? '').trend;
			const open = days(y).filter((d) => d >= e.tmt && (e.end === null || d < e.end));
			const list: Dialogue[] = [];
			for (const date of r.sample(open, n).sort((a, b) => a - b)) {
				const plan = r.chance(developmentPlanShare(trend, y));
				const named = plan && r.chance(0.8) ? pickCompetency(r, e) : null;
				list.push({
					date,
					plan,
					kompetensi: named ? spell(r, named) : plan && r.chance(0.7) ? r.pick(ACTIONS) : ''
				});
				if (named && r.chance(planFollowShare(trend))) {
					const t = followUp(r, e, named[0], date, pop.to, days);
					if (t) schedule(e, t);
				}
			}
			dialogues.set(key(e, y), list);
		}
	}
	for (let y = pop.from; y <= pop.to; y++) {
		const r = rng.fork(`cohorts:${y}`);
		for (const cohort of COHORT_COURSES) {
			const staff = pop.employees.filter(
				(e) => agencyOn(e, day(y, 7, 1)) === cohort.agency && activeOn(e, day(y, 12, 31))
			);
			if (staff.length === 0) continue;
			const n = Math.min(cohort.cap, Math.max(1, Math.round(staff.length * cohort.share)));
			const batches = days(y).filter((d) => d >= day(y, 3, 1) && d <= day(y, 10, 31));
			const dates = [r.pick(batches), r.pick(batches)];
			for (const e of r.sample(staff, n)) {
				schedule(e, { course: cohort.course, start: r.pick(dates), status: 'Selesai' });
			}
		}
	}
	return { dialogues, trainings };
}

function pickCompetency(r: Rng, e: Employee): [string, string] {
	if (e.field === 'guru' && r.chance(0.5)) return TEACHING;
	if (NAKES.has(e.field) && r.chance(0.5)) return HEALTH;
	return r.pick(GENERAL);
}

/** Mostly `code name` as e-Kinerja lists it; some offices type only the name or only the code. */
function spell(r: Rng, [code, name]: [string, string]): string {
	const x = r.next();
	return x < 0.7 ? `${code} ${name}` : x < 0.9 ? name : code;
}

/**
 * A course in the named competency 2 weeks to 11 months after the dialogue, if one is open; it ends in
 * the year it starts, as the riwayat diklat of that year lists it.
 */
function followUp(
	r: Rng,
	e: Employee,
	code: string,
	from: Day,
	lastYear: number,
	days: (y: number) => Day[]
): PlannedTraining | null {
	const { online, offline } = coursesFor(e);
	const courses = [...online, ...offline].filter((c) => c.competency === code);
	if (courses.length === 0) return null;
	const course = r.pick(courses);
	const length = Math.max(0, Math.ceil(course.jp / 8) - 1);
	const year = (d: Day) => new Date(d * 86_400_000).getUTCFullYear();
	const y = year(from);
	const window = [...days(y), ...(y < lastYear ? days(y + 1) : [])].filter(
		(d) => d >= from + 14 && d <= from + 330 && activeOn(e, d) && year(d + length) === year(d)
	);
	if (window.length === 0) return null;
	return { course, start: r.pick(window), status: r.chance(0.92) ? 'Selesai' : 'Tidak Hadir' };
}
