import { key } from './appraisalPlan.js';
import type { AttendanceFacts } from './attendance.js';
import { type GenContext, years } from './context.js';
import { day } from './dates.js';
import { agencyOn } from './employees.js';
import type { PatternEntry } from './manifest.js';
import { AGENCY_PLANS, orgPredikat, planFor, SYSTEM_CHANGE, type Trend } from './profiles.js';
import { curveBreaches, PREDIKAT } from './ratings.js';
import type { JpFacts } from './training.js';

/**
 * The patterns the analytics must find, with the figures behind them computed from the generated
 * rows (before defects: the few rejected rows move a share by well under a point).
 */
export function buildPatterns(
	ctx: GenContext,
	attendance: AttendanceFacts,
	jp: JpFacts
): PatternEntry[] {
	const byTrend = (t: Trend) => Object.keys(AGENCY_PLANS).filter((c) => planFor(c).trend === t);
	const evidence = (
		codes: string[],
		extra: (code: string, y: number) => Record<string, number | string>
	) =>
		Object.fromEntries(
			codes.map((c) => [
				c,
				Object.fromEntries(
					years(ctx).map((y) => [y, { ...core(ctx, attendance, c, y), ...extra(c, y) }])
				)
			])
		);
	const out: PatternEntry[] = [
		{
			kind: 'improving',
			description:
				'Share of predikat Baik or better rises every year and the share of late arrivals falls.',
			agencies: byTrend('improving'),
			evidence: evidence(byTrend('improving'), () => ({}))
		},
		{
			kind: 'declining',
			description:
				'Share of predikat Baik or better falls every year and the share of late arrivals rises.',
			agencies: byTrend('declining'),
			evidence: evidence(byTrend('declining'), () => ({}))
		},
		{
			kind: 'resisting_change',
			description: `Late or missing annual SKPs, few performance dialogues, JP falling below 20, more late arrivals after the presensi system change of ${SYSTEM_CHANGE.date}; DPP rates many "perilaku Di Bawah Ekspektasi", SATPOLPP reports 100% Baik (inflated, against the SE MenPANRB 3/2023 curve).`,
			agencies: byTrend('resisting'),
			evidence: evidence(byTrend('resisting'), (c, y) => resisting(ctx, jp, c, y))
		}
	];
	const cases = ctx.plans.absence;
	out.push({
		kind: 'absence_band',
		description:
			'Employees whose unexcused absences (TK/Alpa) in one year reach a PP 94/2021 band; each has the matching decree in sanctions/.',
		nips: cases.map((c) => c.employee.nip),
		years: [...new Set(cases.map((c) => c.year))].sort(),
		evidence: Object.fromEntries(
			cases.map((c) => [
				c.employee.nip,
				{
					year: c.year,
					unexcusedDays: attendance.unexcused.get(key(c.employee, c.year)) ?? 0,
					band: c.band,
					level: c.level,
					sanction: c.sanction,
					agency: agencyOn(c.employee, day(c.year, 6, 30))
				}
			])
		)
	});
	out.push(curve(ctx));
	out.push({
		kind: 'system_change',
		description: SYSTEM_CHANGE.description,
		years: [Number(SYSTEM_CHANGE.date.slice(0, 4))],
		evidence: { date: SYSTEM_CHANGE.date }
	});
	return out;
}

function core(
	ctx: GenContext,
	attendance: AttendanceFacts,
	code: string,
	y: number
): Record<string, number> {
	const late = attendance.lateness.get(`${code}:${y}`);
	const out: Record<string, number> = {
		lateShare: round(late ? late.late / Math.max(1, late.present) : 0)
	};
	const shares = predikatShares(ctx, code, y);
	if (shares) out.shareBaikOrBetter = round((shares[0] ?? 0) + (shares[1] ?? 0));
	return out;
}

/** Shares of the five predikat among an agency's annual appraisals (2021: PP 30/2019 words). */
function predikatShares(ctx: GenContext, code: string, y: number): number[] | null {
	const counts = [0, 0, 0, 0, 0];
	let n = 0;
	for (const e of ctx.pop.employees) {
		if (agencyOn(e, day(y, 12, 31)) !== code) continue;
		const p =
			y === 2021
				? ctx.plans.scores2021.get(e.id)?.predikat
				: ctx.plans.annual.get(key(e, y))?.predikat;
		if (!p) continue;
		const i = PREDIKAT.indexOf(p as (typeof PREDIKAT)[number]);
		counts[i >= 0 ? i : p === 'Cukup' ? 2 : p === 'Kurang' ? 3 : 4]!++;
		n++;
	}
	return n ? counts.map((c) => c / n) : null;
}

function resisting(ctx: GenContext, jp: JpFacts, code: string, y: number): Record<string, number> {
	let staff = 0;
	let late = 0;
	let missing = 0;
	let dialogues = 0;
	let belowExp = 0;
	for (const e of ctx.pop.employees) {
		if (agencyOn(e, day(y, 12, 31)) !== code || y < 2022) continue;
		staff++;
		const a = ctx.plans.annual.get(key(e, y));
		if (!a) missing++;
		else if (a.late) late++;
		if (a?.perilaku === 'Di Bawah Ekspektasi') belowExp++;
		dialogues += ctx.plans.dialogues.get(key(e, y)) ?? 0;
	}
	const jps = jp.get(`${code}:${y}`) ?? [];
	const out: Record<string, number> = {
		meanJp: round(jps.reduce((a, b) => a + b, 0) / Math.max(1, jps.length)),
		shareBelow20Jp: round(jps.filter((x) => x < 20).length / Math.max(1, jps.length))
	};
	if (y >= 2022 && staff > 0) {
		Object.assign(out, {
			skpLateShare: round(late / staff),
			skpMissingShare: round(missing / staff),
			dialoguesPerEmployee: round(dialogues / staff),
			sharePerilakuDiBawah: round(belowExp / Math.max(1, staff - missing))
		});
	}
	return out;
}

function curve(ctx: GenContext): PatternEntry {
	const breaches: Record<string, unknown> = {};
	for (const y of years(ctx, 2022)) {
		for (const code of ctx.agencies.keys()) {
			if (!AGENCY_PLANS[code]) continue;
			const shares = predikatShares(ctx, code, y);
			if (!shares) continue;
			const org = orgPredikat(code, planFor(code), y);
			const broken = curveBreaches(org, shares);
			if (broken.length) breaches[`${code}:${y}`] = { org, shares: shares.map(round), broken };
		}
	}
	return {
		kind: 'curve_violation',
		description:
			'Agency-years whose employee predikat distribution breaks the SE MenPANRB 3/2023 curve for the organisation predikat in org-rating/ (computed on the planned annual appraisals). SATPOLPP (100% Baik under Baik) is the deliberate case.',
		agencies: [...new Set(Object.keys(breaches).map((k) => k.split(':')[0] ?? ''))].sort(),
		evidence: breaches
	};
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
