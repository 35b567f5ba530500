import { describe, expect, it } from 'vitest';
import {
	publishableSum,
	recoverableCells,
	suppressTable,
	type CountTable
} from '../../web/lib/server/report/suppress.js';
import { determinedCells } from './determined.js';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** A table with its row totals, column totals and grand total, as the report prints them. */
function withMargins(cells: number[][]): CountTable {
	const colTotals = (cells[0] ?? []).map((_, j) => sum(cells.map((row) => row[j] ?? 0)));
	return { cells, rowTotals: cells.map(sum), colTotals, grandTotal: sum(colTotals) };
}

/** Predikat counts (Sangat Baik … Sangat Kurang) of four agencies; one agency has 3 Butuh Perbaikan. */
const PREDIKAT = withMargins([
	[12, 40, 3, 6, 0],
	[9, 35, 8, 7, 0],
	[15, 52, 11, 9, 6],
	[7, 28, 10, 6, 0]
]);

describe('suppressTable', () => {
	it('hides a group of 3 and enough other cells that totals cannot give it back', () => {
		const result = suppressTable(PREDIKAT, 5);
		expect(result.cells[0]?.[2]).toBe('primary');
		// One more cell in the row and in the column, so neither total recovers the 3.
		expect(result.cells[0]?.filter(Boolean).length).toBeGreaterThanOrEqual(2);
		expect(result.cells.filter((row) => row[2]).length).toBeGreaterThanOrEqual(2);
		expect(determinedCells(PREDIKAT, result)).toEqual([]);
		expect(recoverableCells(PREDIKAT, result)).toEqual([]);
	});

	it('keeps every total published and hides nothing in a table without small groups', () => {
		const table = withMargins([
			[12, 40, 7],
			[9, 35, 8]
		]);
		const result = suppressTable(table, 5);
		expect(result.cells.flat().every((reason) => reason === null)).toBe(true);
		expect([...result.rowTotals, ...result.colTotals, result.grandTotal]).toEqual([
			null,
			null,
			null,
			null,
			null,
			null
		]);
	});

	it('takes the smallest non-zero cell of the row as the complement, not a zero', () => {
		const table = withMargins([
			[20, 0, 3, 9],
			[30, 6, 8, 0],
			[25, 7, 9, 12]
		]);
		const result = suppressTable(table, 5);
		expect(result.cells[0]).toEqual([null, null, 'primary', 'complementary']);
		expect(determinedCells(table, result)).toEqual([]);
	});

	it('publishes zeros: a zero is not a group of people', () => {
		const table = withMargins([
			[10, 0, 9],
			[12, 0, 8]
		]);
		expect(
			suppressTable(table, 5)
				.cells.flat()
				.every((reason) => reason === null)
		).toBe(true);
	});

	it('hides an agency under the minimum whole, and a second one so its total is not a difference', () => {
		const table = withMargins([
			[2, 1, 0],
			[30, 9, 7],
			[25, 8, 6],
			[40, 12, 9]
		]);
		const result = suppressTable(table, 5);
		expect(result.rowTotals[0]).toBe('primary');
		expect(result.cells[0]).toEqual(['primary', 'primary', 'primary']);
		expect(result.rowTotals.filter(Boolean).length).toBeGreaterThanOrEqual(2);
		expect(determinedCells(table, result)).toEqual([]);
	});

	it('protects a small city-wide total (the column total) in the totals row as well', () => {
		// One person in band "sedang" city-wide, in the second agency.
		const table = withMargins([
			[120, 0, 0, 0],
			[80, 0, 1, 0],
			[95, 0, 0, 0]
		]);
		const result = suppressTable(table, 5);
		expect(result.cells[1]?.[2]).toBe('primary');
		expect(result.colTotals[2]).toBe('primary');
		expect(determinedCells(table, result)).toEqual([]);
	});

	it('needs only two hidden cells per column when rows have no printed total', () => {
		const table: CountTable = {
			cells: [
				[3, 20],
				[14, 30],
				[22, 25]
			],
			colTotals: [39, 75]
		};
		const result = suppressTable(table, 5);
		expect(result.cells.map((row) => row[0])).toEqual(['primary', 'complementary', null]);
		expect(result.cells.map((row) => row[1])).toEqual([null, null, null]);
		expect(determinedCells(table, result)).toEqual([]);
	});

	it('closes a cycle through a cell that would otherwise be a bridge between two blocks', () => {
		// Two separate blocks of small cells; the rule must never leave a hidden cell solvable.
		const table = withMargins([
			[3, 4, 30, 31, 40],
			[2, 3, 33, 35, 41],
			[30, 32, 2, 4, 42],
			[31, 30, 3, 2, 43],
			[44, 45, 46, 47, 3]
		]);
		const result = suppressTable(table, 5);
		expect(determinedCells(table, result)).toEqual([]);
		expect(recoverableCells(table, result)).toEqual([]);
	});

	it('is deterministic', () => {
		expect(suppressTable(PREDIKAT, 5)).toEqual(suppressTable(PREDIKAT, 5));
	});

	it.each([
		[[100, 97, 2, 1, 0], 3],
		[[50, 50, 50, 50], 60]
	])('never leaves a hidden cell recoverable (row %j, minimum %i)', (row, min) => {
		const table = withMargins([row, row.map((v) => v + 5), row.map((v) => v * 2)]);
		const result = suppressTable(table, min);
		expect(determinedCells(table, result)).toEqual([]);
	});
});

describe('publishableSum', () => {
	it('publishes a sum with no hidden cell, or one holding every hidden cell of the row', () => {
		expect(publishableSum([null, null, 'primary', 'complementary'], [0, 1])).toBe(true);
		expect(publishableSum(['primary', 'complementary', null], [0, 1])).toBe(true);
	});

	it('refuses a sum that holds some hidden cells but not all (it would reveal one)', () => {
		expect(publishableSum(['primary', null, 'complementary'], [0, 1])).toBe(false);
		expect(publishableSum([null, null], [0], true)).toBe(false);
	});
});

describe('suppressTable with counts hidden upstream', () => {
	it('treats a NULL count (hidden by the warehouse) as a small group and covers it', () => {
		const table: CountTable = {
			cells: [
				[null, 51],
				[30, 24],
				[40, 35]
			],
			rowTotals: [54, 54, 75],
			colTotals: [73, 110],
			grandTotal: 183
		};
		const result = suppressTable(table, 5);
		expect(result.cells[0]).toEqual(['primary', 'complementary']);
	});
});
