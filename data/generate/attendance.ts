import { dayTimes, type DayTimes, H, planYear, TK } from './attendanceDay.js';
import type { AttendanceTarget } from './attendanceTargets.js';
import { CityCsv } from './cityCsv.js';
import { MonthlyXlsx } from './monthlyXlsx.js';
import { RsudTab } from './rsudTab.js';
import type { GenContext } from './context.js';
import { day, parseIso, ymd } from './dates.js';
import { agencyOn, type Employee } from './employees.js';
import { lateProbability, planFor, SYSTEM_CHANGE } from './profiles.js';
import { PinMap, PUNCH_AGENCY, PunchLogs } from './punches.js';

/**
 * One row per employee per working day, 2021–2025, routed to the export its agency sends: the city
 * presensi CSV (most), RSUD's tab-separated files, monthly XLSX rekap (two agencies, last year), and
 * DISHUB's punch logs (from the 2024 system change on). Streams: only one day's rows are in memory.
 */

/** Agencies sending monthly XLSX rekap files for the last generated year. */
export const XLSX_AGENCIES = ['KEC_GP', 'DISPUSIP'] as const;

export interface AttendanceFacts {
	/** `agency:year` → days present with an in-scan, and of those, late. */
	lateness: Map<string, { present: number; late: number }>;
	/** `id:year` → unexcused days written. */
	unexcused: Map<string, number>;
	rows: number;
}

export async function writeAttendance(ctx: GenContext): Promise<AttendanceFacts> {
	const facts: AttendanceFacts = { lateness: new Map(), unexcused: new Map(), rows: 0 };
	const change = parseIso(SYSTEM_CHANGE.date);
	const pins = new PinMap();
	let punchYears = 0;
	for (let y = ctx.pop.from; y <= ctx.pop.to; y++) {
		const workdays = ctx.calendar.workdays(y);
		const first = day(y, 1, 1);
		const last = day(y, 12, 31);
		const staff = ctx.pop.employees.filter(
			(e) => e.tmt <= last && (e.end === null || e.end > first)
		);
		const planRng = ctx.rng.fork(`attendance:plan:${y}`);
		const plans = new Map<Employee, Uint8Array>();
		for (const e of staff)
			plans.set(
				e,
				planYear(planRng, e, y, workdays.length, ctx.plans.absenceDays.get(`${e.id}:${y}`) ?? null)
			);
		const city = new CityCsv(ctx, y, y >= ymd(change).y);
		const rsud = new RsudTab(ctx, y);
		const punches = y >= ymd(change).y ? new PunchLogs(ctx, pins, y) : null;
		if (punches) punchYears++;
		const monthly = new Map<string, MonthlyXlsx>();
		const targets: AttendanceTarget[] = [city, rsud, ...(punches ? [punches] : [])];
		const route = (agency: string, month: number): AttendanceTarget => {
			if (agency === 'RSUD') return rsud;
			if (punches && agency === PUNCH_AGENCY) return punches;
			if (y === ctx.pop.to && (XLSX_AGENCIES as readonly string[]).includes(agency)) {
				const k = `${agency}:${month}`;
				let t = monthly.get(k);
				if (!t) {
					t = new MonthlyXlsx(ctx, agency, y, month);
					monthly.set(k, t);
					targets.push(t);
				}
				return t;
			}
			return city;
		};
		const rng = ctx.rng.fork(`attendance:times:${y}`);
		const t: DayTimes = { inSec: -1, outSec: -1, late: 0, early: 0 };
		const planted = new Set(staff.filter((e) => ctx.plans.absenceDays.has(`${e.id}:${y}`)));
		const tallies = new Map<string, { present: number; late: number }>();
		const unexcused = new Map<Employee, number>();
		workdays.forEach((d, i) => {
			const { start, end } = ctx.calendar.schedule(d);
			const after = d >= change;
			const month = ymd(d).m;
			const base = new Map<string, number>();
			for (const e of staff) {
				const agency = agencyOn(e, d);
				if (!agency) continue;
				const status = plans.get(e)?.[i] ?? H;
				if (status === H) {
					let p = base.get(agency);
					if (p === undefined)
						base.set(agency, (p = lateProbability(planFor(agency).trend, y, after)));
					dayTimes(rng, start, end, Math.min(0.95, p * e.punctuality), t);
					if (t.inSec >= 0) {
						let cell = tallies.get(agency);
						if (!cell) tallies.set(agency, (cell = { present: 0, late: 0 }));
						cell.present++;
						if (t.late > 0) cell.late++;
					}
				}
				if (status === TK) unexcused.set(e, (unexcused.get(e) ?? 0) + 1);
				route(agency, month).emit(e, agency, d, status, t, planted.has(e));
				facts.rows++;
			}
			punches?.endDay(d);
		});
		for (const [agency, cell] of tallies) facts.lateness.set(`${agency}:${y}`, cell);
		for (const [e, n] of unexcused) facts.unexcused.set(`${e.id}:${y}`, n);
		for (const target of targets) await target.close();
		ctx.log(
			`attendance  ${y}: ${workdays.length} working days, ${staff.length} employees, ${monthly.size} XLSX rekap files`
		);
	}
	if (punchYears > 0) pins.write(ctx);
	return facts;
}
