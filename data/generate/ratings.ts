/** PermenPANRB 6/2022 ratings and the predikat matrix (domain.md §1), PP 30/2019 bands (§2). */

export const RATINGS = ['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi'] as const;
export type Rating = (typeof RATINGS)[number];

export const PREDIKAT = [
	'Sangat Baik',
	'Baik',
	'Butuh Perbaikan',
	'Kurang/Misconduct',
	'Sangat Kurang'
] as const;
export type Predikat = (typeof PREDIKAT)[number];

/** Rows: rating hasil kerja; columns: rating perilaku (Di Bawah, Sesuai, Di Atas). */
const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
	'Di Atas Ekspektasi': {
		'Di Bawah Ekspektasi': 'Kurang/Misconduct',
		'Sesuai Ekspektasi': 'Baik',
		'Di Atas Ekspektasi': 'Sangat Baik'
	},
	'Sesuai Ekspektasi': {
		'Di Bawah Ekspektasi': 'Kurang/Misconduct',
		'Sesuai Ekspektasi': 'Baik',
		'Di Atas Ekspektasi': 'Baik'
	},
	'Di Bawah Ekspektasi': {
		'Di Bawah Ekspektasi': 'Sangat Kurang',
		'Sesuai Ekspektasi': 'Butuh Perbaikan',
		'Di Atas Ekspektasi': 'Butuh Perbaikan'
	}
};

export function matrixPredikat(hasil: Rating, perilaku: Rating): Predikat {
	return MATRIX[hasil][perilaku];
}

/** PP 30/2019 Pasal 41(5): Sangat Baik needs ≥ 110 and an innovation; Kurang / Sangat Kurang [M]. */
export function pp30Predikat(score: number, innovation: boolean): string {
	if (score >= 110 && innovation) return 'Sangat Baik';
	if (score >= 90) return 'Baik';
	if (score >= 70) return 'Cukup';
	if (score >= 50) return 'Kurang';
	return 'Sangat Kurang';
}

/**
 * SE MenPANRB 3/2023 distribution rules (domain.md §1, secondary source): which employee distribution an
 * organisational predikat allows. Returns the broken conditions (empty = within the curve).
 * `shares` are fractions of [Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang].
 */
export function curveBreaches(org: string, shares: readonly number[]): string[] {
	const [sb = 0, b = 0, bp = 0, k = 0, sk = 0] = shares;
	const out: string[] = [];
	const eps = 1e-9;
	if (org === 'Istimewa' && sb > 0.7 + eps) out.push('Sangat Baik > 70%');
	if (org === 'Baik') {
		if (b > 0.7 + eps) out.push('Baik > 70%');
		if (bp + k === 0) out.push('no Butuh Perbaikan or Kurang/Misconduct');
	}
	if (org === 'Butuh Perbaikan') {
		if (bp < 0.6 - eps) out.push('Butuh Perbaikan < 60%');
		if (sb > 0.1 + eps) out.push('Sangat Baik > 10%');
	}
	if (org === 'Kurang') {
		if (k < 0.6 - eps) out.push('Kurang/Misconduct < 60%');
		if (bp < 0.1 - eps) out.push('Butuh Perbaikan < 10%');
		if (sb > 0.1 + eps) out.push('Sangat Baik > 10%');
	}
	if (org === 'Sangat Kurang') {
		if (sk < 0.6 - eps) out.push('Sangat Kurang < 60%');
		if (bp + k < 0.1 - eps) out.push('Kurang/Misconduct + Butuh Perbaikan < 10%');
		if (sb > 0) out.push('Sangat Baik present');
	}
	return out;
}
