/**
 * How each agency behaves in the sample: size, staff mix, and the trend it is meant to show.
 * The trends are the patterns the analytics must find (manifest `patterns`), so they live in one place.
 */

export type Trend = 'steady' | 'improving' | 'declining' | 'resisting';

export interface AgencyPlan {
	/** Relative size; the weights sum to ≈ 2,793 so at the default size they read as headcounts. */
	weight: number;
	/** Share of PNS slots that are jabatan fungsional (teachers, nurses, auditors…). */
	fungsional: number;
	trend: Trend;
	/** Kept under 15 staff at the default size so small-group suppression has work to do. */
	small?: boolean;
	/** Exports from these agencies carry more defects. */
	messy?: boolean;
	/** Share of training JP taken as e-learning. */
	eLearning: number;
	/** Sends quarterly (triwulan) evaluations as well as the annual one. */
	quarterly?: boolean;
	/** Appraisal shape: 100% Baik whatever happens (the "inflated" distribution). */
	inflated?: boolean;
}

export const AGENCY_PLANS: Record<string, AgencyPlan> = {
	SETDA: { weight: 130, fungsional: 0.1, trend: 'steady', eLearning: 0.35 },
	SETWAN: { weight: 45, fungsional: 0.05, trend: 'steady', eLearning: 0.3 },
	INSP: { weight: 35, fungsional: 0.6, trend: 'steady', eLearning: 0.5 },
	BAPPELITBANGDA: { weight: 40, fungsional: 0.35, trend: 'steady', eLearning: 0.45 },
	BKPSDM: { weight: 40, fungsional: 0.3, trend: 'steady', eLearning: 0.7, quarterly: true },
	KESBANGPOL: { weight: 11, fungsional: 0, trend: 'steady', small: true, eLearning: 0.2 },
	BKEU: { weight: 70, fungsional: 0.1, trend: 'steady', eLearning: 0.35 },
	BPBD: { weight: 14, fungsional: 0.1, trend: 'steady', small: true, eLearning: 0.25 },
	DISDIKBUD: { weight: 1150, fungsional: 0.88, trend: 'steady', messy: true, eLearning: 0.4 },
	DINKES: { weight: 330, fungsional: 0.7, trend: 'steady', eLearning: 0.3 },
	DINSOS: { weight: 30, fungsional: 0.2, trend: 'steady', eLearning: 0.3 },
	DPUPR: { weight: 60, fungsional: 0.15, trend: 'steady', messy: true, eLearning: 0.25 },
	DPKP: { weight: 35, fungsional: 0.1, trend: 'declining', eLearning: 0.3 },
	SATPOLPP: { weight: 70, fungsional: 0.4, trend: 'resisting', eLearning: 0.1, inflated: true },
	DAMKAR: { weight: 40, fungsional: 0.3, trend: 'steady', eLearning: 0.2 },
	DISPAR: { weight: 30, fungsional: 0.1, trend: 'steady', eLearning: 0.3 },
	DISPORA: { weight: 13, fungsional: 0, trend: 'steady', small: true, eLearning: 0.25 },
	DPP: { weight: 55, fungsional: 0.4, trend: 'resisting', eLearning: 0.08 },
	DLH: { weight: 60, fungsional: 0.15, trend: 'declining', eLearning: 0.3 },
	DISPUSIP: { weight: 25, fungsional: 0.4, trend: 'steady', eLearning: 0.4 },
	DISDAGIN: { weight: 40, fungsional: 0.1, trend: 'steady', eLearning: 0.3 },
	DPMPTSP: { weight: 30, fungsional: 0.1, trend: 'improving', eLearning: 0.55, quarterly: true },
	DISDUKCAPIL: { weight: 35, fungsional: 0.2, trend: 'improving', eLearning: 0.5 },
	DISKOMINFO: { weight: 30, fungsional: 0.35, trend: 'steady', eLearning: 0.8, quarterly: true },
	DISHUB: { weight: 60, fungsional: 0.2, trend: 'steady', eLearning: 0.2 },
	KEC_GP: { weight: 45, fungsional: 0.05, trend: 'steady', eLearning: 0.3 },
	KEC_MKS: { weight: 50, fungsional: 0.05, trend: 'steady', messy: true, eLearning: 0.25 },
	KEC_ABTB: { weight: 40, fungsional: 0.05, trend: 'steady', eLearning: 0.3 },
	RSUD: { weight: 180, fungsional: 0.75, trend: 'steady', eLearning: 0.25 }
};

/** Pattern agencies stay big enough for their trend to survive small `--employees` runs. */
export const MIN_PATTERN_SIZE = 6;

/** The move to face recognition + GPS presensi (stated in the manifest as `systemChange`). */
export const SYSTEM_CHANGE = {
	date: '2024-01-02',
	description:
		'Presensi moved from fingerprint machines to a face-recognition + GPS mobile app (city presensi system v2); exports changed shape the same day.'
} as const;

export function planFor(code: string): AgencyPlan {
	const plan = AGENCY_PLANS[code];
	if (!plan) throw new Error(`no generator plan for agency ${code}`);
	return plan;
}

/** Index 0 for the first year of a trend (2021 or 2022) up to 1 for 2025. */
function progress(year: number, first: number): number {
	return Math.min(1, Math.max(0, (year - first) / (2025 - first)));
}

/** Probability that a present employee arrives after the start of the working day. */
export function lateProbability(trend: Trend, year: number, afterSystemChange: boolean): number {
	const t = progress(year, 2021);
	if (trend === 'improving') return 0.27 - 0.19 * t;
	if (trend === 'declining') return 0.07 + 0.19 * t;
	if (trend === 'resisting') return afterSystemChange ? 0.31 : 0.12;
	return 0.12;
}

/** Predikat shares [Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang]. */
export type PredikatShares = readonly [number, number, number, number, number];

const SHARES: Record<Exclude<Trend, 'steady'>, readonly PredikatShares[]> = {
	improving: [
		[0.05, 0.5, 0.35, 0.07, 0.03],
		[0.1, 0.6, 0.22, 0.06, 0.02],
		[0.15, 0.67, 0.13, 0.04, 0.01],
		[0.35, 0.6, 0.04, 0.01, 0]
	],
	declining: [
		[0.25, 0.67, 0.05, 0.03, 0],
		[0.15, 0.65, 0.13, 0.05, 0.02],
		[0.07, 0.55, 0.28, 0.07, 0.03],
		[0.02, 0.38, 0.52, 0.05, 0.03]
	],
	// Resisting: behaviour rated "Di Bawah Ekspektasi" for a growing share (Kurang/Misconduct).
	resisting: [
		[0.05, 0.65, 0.05, 0.23, 0.02],
		[0.04, 0.61, 0.05, 0.28, 0.02],
		[0.03, 0.57, 0.05, 0.32, 0.03],
		[0.02, 0.53, 0.05, 0.37, 0.03]
	]
};

export function predikatShares(plan: AgencyPlan, year: number): PredikatShares {
	if (plan.inflated) return [0, 1, 0, 0, 0];
	if (plan.trend === 'steady') return [0.15, 0.68, 0.1, 0.05, 0.02];
	const table = SHARES[plan.trend];
	return table[Math.min(table.length - 1, Math.max(0, year - 2022))] as PredikatShares;
}

/** Mean nilai akhir for 2021 (PP 30/2019, max 120), so the 2021 → 2022 step matches the trend. */
export function meanScore2021(trend: Trend): number {
	return { steady: 93, improving: 86, declining: 97, resisting: 90 }[trend];
}

/** Share of annual SKPs submitted after the 10 January deadline. */
export function lateSkpShare(trend: Trend, year: number): number {
	const t = progress(year, 2021);
	if (trend === 'resisting') return 0.5 + 0.15 * t;
	if (trend === 'improving') return 0.3 - 0.26 * t;
	if (trend === 'declining') return 0.05 + 0.2 * t;
	return 0.08;
}

/** Share of employees with no annual SKP at all in the export. */
export function missingSkpShare(trend: Trend, year: number): number {
	return trend === 'resisting' ? 0.12 + 0.12 * progress(year, 2022) : 0.01;
}

/** Mean number of performance dialogues per employee per year. */
export function dialogueMean(trend: Trend, year: number): number {
	const t = progress(year, 2022);
	if (trend === 'resisting') return 0.35;
	if (trend === 'improving') return 1.8 + 3.4 * t;
	if (trend === 'declining') return 4.2 - 2.6 * t;
	return 3;
}

/**
 * Share of dialogues in which a development plan is agreed: resisting agencies hold dialogues that end
 * without one, improving agencies learn to agree plans.
 */
export function developmentPlanShare(trend: Trend, year: number): number {
	const t = progress(year, 2022);
	if (trend === 'resisting') return 0.15;
	if (trend === 'improving') return 0.35 + 0.25 * t;
	if (trend === 'declining') return 0.45 - 0.2 * t;
	return 0.45;
}

/** Chance that a plan naming a competency is followed by a course in it within twelve months. */
export function planFollowShare(trend: Trend): number {
	return { steady: 0.45, improving: 0.6, declining: 0.3, resisting: 0.1 }[trend];
}

/** Target JP of development per employee per year (PP 17/2020: at least 20). */
export function jpTarget(trend: Trend, year: number): number {
	const t = progress(year, 2021);
	if (trend === 'resisting') return 22 - 12 * t;
	if (trend === 'improving') return 18 + 12 * t;
	if (trend === 'declining') return 26 - 10 * t;
	return 21;
}

/** Organisational predikat (SE MenPANRB 3/2023) per agency and year. */
export function orgPredikat(code: string, plan: AgencyPlan, year: number): string {
	if (plan.trend === 'improving') return year >= 2025 ? 'Istimewa' : 'Baik';
	if (plan.trend === 'declining') return year >= 2025 ? 'Butuh Perbaikan' : 'Baik';
	if ((code === 'DISKOMINFO' || code === 'BKPSDM') && year >= 2024) return 'Istimewa';
	return 'Baik';
}
