export type IsHeader = (cells: string[]) => boolean;

export interface HeaderChoice {
	/** Position in the rows given. */
	index: number;
	/** How it was found: the caller's predicate, the shape heuristic, or neither (first row). */
	by: 'predicate' | 'heuristic' | 'first-row';
}

/** Title rows sit in the first few rows; a header further down is not a header. */
const CANDIDATES = 30;
/** Rows below a candidate that it must be as wide as. */
const LOOK_BELOW = 50;
const NUMBERISH = /^[\d\s.,:/'"+\-=%eE]+$/;

/**
 * Picks the header among the first non-empty rows (cells already trimmed). The caller's predicate knows
 * the column aliases and wins; otherwise the first row with at least two filled cells, mostly not
 * numbers, and as wide as the widest row below it — which skips `REKAP PRESENSI …` and `OPD: …` rows.
 */
export function findHeader(rows: string[][], isHeader?: IsHeader): HeaderChoice {
	const limit = Math.min(rows.length, CANDIDATES);
	if (isHeader) {
		for (let i = 0; i < limit; i++) if (isHeader(rows[i]!)) return { index: i, by: 'predicate' };
	}
	for (let i = 0; i < limit; i++) {
		if (looksLikeHeader(rows[i]!, rows.slice(i + 1, i + 1 + LOOK_BELOW))) {
			return { index: i, by: 'heuristic' };
		}
	}
	return { index: 0, by: 'first-row' };
}

function looksLikeHeader(cells: string[], below: string[][]): boolean {
	const filled = cells.filter((c) => c !== '');
	if (filled.length < 2) return false;
	const numeric = filled.filter((c) => NUMBERISH.test(c) && /\d/.test(c)).length;
	if (numeric * 2 >= filled.length) return false;
	const widest = below.reduce((max, row) => Math.max(max, row.filter((c) => c !== '').length), 0);
	const width = lastFilled(cells) + 1;
	return width >= widest && filled.length * 2 >= widest;
}

function lastFilled(cells: string[]): number {
	for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i;
	return -1;
}
