import type { CountTable, SuppressionResult } from '../../web/lib/server/report/suppress.js';

/** A hidden cell: its place and, for the check, its true value. */
interface Unknown {
	key: string;
	value: number;
}

/**
 * An independent check of suppression (not the graph rule suppress.ts uses): writes every published
 * total as a linear equation, keeps the hidden cells as unknowns and row-reduces. A hidden cell is
 * exactly recoverable when its unit vector lies in the row space of the equations. Returns the keys
 * (`r,c`, `R r`, `C c`, `G`) of the recoverable hidden cells.
 */
export function determinedCells(table: CountTable, result: SuppressionResult): string[] {
	const rows = table.cells.length;
	const cols = Math.max(0, ...table.cells.map((row) => row.length));
	const unknowns: Unknown[] = [];
	const index = new Map<string, number>();
	const hidden = (key: string, reason: unknown, value: number | null | undefined) => {
		if (reason) {
			index.set(key, unknowns.length);
			unknowns.push({ key, value: value ?? 0 });
		}
	};
	for (let i = 0; i < rows; i++)
		for (let j = 0; j < cols; j++) hidden(`${i},${j}`, result.cells[i]?.[j], table.cells[i]?.[j]);
	(table.rowTotals ?? []).forEach((v, i) => hidden(`R${i}`, result.rowTotals[i], v));
	(table.colTotals ?? []).forEach((v, j) => hidden(`C${j}`, result.colTotals[j], v));
	if (table.grandTotal !== undefined) hidden('G', result.grandTotal, table.grandTotal);
	// Each equation: Σ coefficient × cell = 0, over the keys it names.
	const equations: [string, number][][] = [];
	if (table.rowTotals)
		for (let i = 0; i < rows; i++)
			equations.push([
				...Array.from({ length: cols }, (_, j): [string, number] => [`${i},${j}`, 1]),
				[`R${i}`, -1]
			]);
	if (table.colTotals)
		for (let j = 0; j < cols; j++)
			equations.push([
				...Array.from({ length: rows }, (_, i): [string, number] => [`${i},${j}`, 1]),
				[`C${j}`, -1]
			]);
	if (table.grandTotal !== undefined) {
		if (table.rowTotals)
			equations.push([
				...Array.from({ length: rows }, (_, i): [string, number] => [`R${i}`, 1]),
				['G', -1]
			]);
		if (table.colTotals)
			equations.push([
				...Array.from({ length: cols }, (_, j): [string, number] => [`C${j}`, 1]),
				['G', -1]
			]);
	}
	const matrix = equations.map((eq) => {
		const row = new Array<number>(unknowns.length).fill(0);
		for (const [key, coefficient] of eq) {
			const k = index.get(key);
			if (k !== undefined) row[k] = (row[k] ?? 0) + coefficient;
		}
		return row;
	});
	// Reduced row echelon form.
	const pivots: number[] = [];
	let r = 0;
	for (let c = 0; c < unknowns.length && r < matrix.length; c++) {
		const p = matrix.findIndex((row, i) => i >= r && Math.abs(row[c] ?? 0) > 1e-9);
		if (p < 0) continue;
		[matrix[r], matrix[p]] = [matrix[p] as number[], matrix[r] as number[]];
		const pivotRow = matrix[r] as number[];
		const scale = pivotRow[c] as number;
		for (let k = 0; k < pivotRow.length; k++) pivotRow[k] = (pivotRow[k] as number) / scale;
		for (const [i, row] of matrix.entries()) {
			if (i === r) continue;
			const f = row[c] ?? 0;
			if (Math.abs(f) > 1e-9)
				for (let k = 0; k < row.length; k++)
					row[k] = (row[k] as number) - f * (pivotRow[k] as number);
		}
		pivots.push(c);
		r++;
	}
	return pivots
		.filter((c, i) => {
			const row = matrix[i] as number[];
			return row.every((v, k) => k === c || pivots.includes(k) || Math.abs(v) < 1e-9);
		})
		.map((c) => (unknowns[c] as Unknown).key);
}
