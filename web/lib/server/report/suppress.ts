/**
 * Small-cell and complementary suppression for the published report (issue #5 "safe to publish").
 *
 * A table is counts with optional published margins. A cell is hidden when it counts 1 … min−1
 * people (`primary`; a value already hidden upstream, `null`, counts as primary too). Hiding one cell
 * is not enough when totals are printed: a row total minus the other cells gives it back. So more
 * cells are hidden (`complementary`) until no hidden cell can be solved from the published ones.
 *
 * The test is exact for additive tables: every published margin is one linear constraint ("line"),
 * each cell lies on at most two lines (its row and its column), so cells are the edges of a graph
 * whose nodes are the lines (plus one "ground" node standing for a side without a published total).
 * With the signs of a table with margins, the unknowns that the constraints leave free are exactly
 * the cycles of the hidden cells' graph: a hidden cell is recoverable if and only if it is a bridge
 * of that graph. Each bridge is removed by hiding the cheapest published cells that close a cycle
 * through it — starting with the smallest non-zero interior cell in its row and column.
 */

export type SuppressionReason = 'primary' | 'complementary';

export interface CountTable {
	/** Interior counts by row and column; `null` = already hidden upstream. */
	cells: (number | null)[][];
	/** Published row totals (each row's cells add up to it); omit when no row total is printed. */
	rowTotals?: (number | null)[];
	/** Published column totals (e.g. the city row); omit when none is printed. */
	colTotals?: (number | null)[];
	/** Published grand total; only meaningful with row or column totals. */
	grandTotal?: number | null;
}

export interface SuppressionResult {
	cells: (SuppressionReason | null)[][];
	rowTotals: (SuppressionReason | null)[];
	colTotals: (SuppressionReason | null)[];
	grandTotal: SuppressionReason | null;
}

/** Where a cell sits: interior `(row, col)`, a row total, a column total or the grand total. */
export type CellRef =
	| { kind: 'cell'; row: number; col: number }
	| { kind: 'rowTotal'; row: number }
	| { kind: 'colTotal'; col: number }
	| { kind: 'grandTotal' };

interface Edge {
	ref: CellRef;
	value: number | null;
	a: string;
	b: string;
	total: boolean;
	hidden: SuppressionReason | null;
}

const GROUND = 'ground';

/** True when a count is a group too small to publish (zero is not a group of people). */
export function isSmall(value: number | null, min: number): boolean {
	return value === null || (value > 0 && value < min);
}

/** The graph of a table: one edge per cell, between the lines (published totals) it adds into. */
function edgesOf(table: CountTable): Edge[] {
	const rows = table.cells.length;
	const cols = Math.max(0, ...table.cells.map((row) => row.length));
	const hasRow = table.rowTotals !== undefined;
	const hasCol = table.colTotals !== undefined;
	const hasGrand = table.grandTotal !== undefined;
	const rowLine = (i: number) => (hasRow ? `r${i}` : GROUND);
	const colLine = (j: number) => (hasCol ? `c${j}` : GROUND);
	// The row totals add up to the grand total (a line of its own), and so do the column totals.
	const rowTotalsLine = hasRow && hasGrand ? 'cT' : GROUND;
	const colTotalsLine = hasCol && hasGrand ? 'rT' : GROUND;
	const edges: Edge[] = [];
	const push = (ref: CellRef, value: number | null, a: string, b: string, total: boolean) =>
		edges.push({ ref, value, a, b, total, hidden: null });
	for (let i = 0; i < rows; i++)
		for (let j = 0; j < cols; j++)
			push(
				{ kind: 'cell', row: i, col: j },
				// A ragged row's missing cell is a zero; a `null` is a count hidden upstream.
				table.cells[i]?.[j] === undefined ? 0 : (table.cells[i]?.[j] as number | null),
				rowLine(i),
				colLine(j),
				false
			);
	if (hasRow)
		for (let i = 0; i < rows; i++)
			push(
				{ kind: 'rowTotal', row: i },
				table.rowTotals?.[i] ?? null,
				rowLine(i),
				rowTotalsLine,
				true
			);
	if (hasCol)
		for (let j = 0; j < cols; j++)
			push(
				{ kind: 'colTotal', col: j },
				table.colTotals?.[j] ?? null,
				colTotalsLine,
				colLine(j),
				true
			);
	if (hasGrand && (hasRow || hasCol))
		push({ kind: 'grandTotal' }, table.grandTotal ?? null, colTotalsLine, rowTotalsLine, true);
	return edges;
}

/** Nodes reachable from `start` over hidden edges, never crossing edge `skip`. */
function reach(edges: readonly Edge[], start: string, skip: number): Set<string> {
	const seen = new Set([start]);
	const queue = [start];
	while (queue.length > 0) {
		const node = queue.pop() as string;
		edges.forEach((edge, k) => {
			if (k === skip || !edge.hidden) return;
			const other = edge.a === node ? edge.b : edge.b === node ? edge.a : null;
			if (other !== null && !seen.has(other)) {
				seen.add(other);
				queue.push(other);
			}
		});
	}
	return seen;
}

/** Index of the first hidden edge that is a bridge (recoverable from the published cells), or −1. */
function firstBridge(edges: readonly Edge[]): number {
	return edges.findIndex((edge, k) => edge.hidden !== null && !reach(edges, edge.a, k).has(edge.b));
}

type Cost = [totals: number, zeros: number, people: number];

/** Hiding a total costs most, then hiding a zero (weak cover), then the people hidden. */
function costOf(edge: Edge): Cost {
	if (edge.hidden) return [0, 0, 0];
	return [Number(edge.total), Number(edge.value === 0), edge.value ?? 0];
}

function less(x: Cost, y: Cost): boolean {
	return (x[0] - y[0] || x[1] - y[1] || x[2] - y[2]) < 0;
}

/**
 * The cheapest set of published cells whose hiding puts bridge `skip` on a cycle: a shortest path
 * (Dijkstra, lexicographic costs) from one side of the bridge to the other, never over the bridge.
 * The first step leaves the bridge's row, the last enters its column: "the next smallest cell in
 * that row and column" when that is enough. Empty when no path exists.
 */
function closingPath(edges: readonly Edge[], skip: number): Edge[] {
	const bridge = edges[skip] as Edge;
	const from = reach(edges, bridge.a, skip);
	const to = reach(edges, bridge.b, skip);
	const dist = new Map<string, Cost>();
	const via = new Map<string, number>();
	const done = new Set<string>();
	for (const node of from) dist.set(node, [0, 0, 0]);
	let reached: string | null = null;
	while (reached === null) {
		let node: string | null = null;
		for (const [n, d] of dist)
			if (!done.has(n) && (node === null || less(d, dist.get(node) as Cost))) node = n;
		if (node === null) return [];
		if (to.has(node)) {
			reached = node;
			break;
		}
		done.add(node);
		const here = dist.get(node) as Cost;
		edges.forEach((edge, k) => {
			if (k === skip) return;
			const other = edge.a === node ? edge.b : edge.b === node ? edge.a : null;
			if (other === null || done.has(other)) return;
			const step = costOf(edge);
			const next: Cost = [here[0] + step[0], here[1] + step[1], here[2] + step[2]];
			const known = dist.get(other);
			if (!known || less(next, known)) {
				dist.set(other, next);
				via.set(other, k);
			}
		});
	}
	const path: Edge[] = [];
	let node: string | null = reached;
	while (node !== null && !from.has(node)) {
		const k = via.get(node);
		if (k === undefined) break;
		const edge = edges[k] as Edge;
		path.push(edge);
		node = edge.a === node ? edge.b : edge.a;
	}
	return path.filter((edge) => !edge.hidden);
}

function toResult(table: CountTable, edges: readonly Edge[]): SuppressionResult {
	const result: SuppressionResult = {
		cells: table.cells.map((row) => row.map(() => null)),
		rowTotals: (table.rowTotals ?? []).map(() => null),
		colTotals: (table.colTotals ?? []).map(() => null),
		grandTotal: null
	};
	for (const { ref, hidden } of edges) {
		if (ref.kind === 'cell') {
			const row = result.cells[ref.row];
			if (row && ref.col < row.length) row[ref.col] = hidden;
		} else if (ref.kind === 'rowTotal') result.rowTotals[ref.row] = hidden;
		else if (ref.kind === 'colTotal') result.colTotals[ref.col] = hidden;
		else result.grandTotal = hidden;
	}
	return result;
}

/**
 * Hides every small group (`primary`) and then as few further cells as this greedy rule finds
 * (`complementary`) so that no hidden cell can be computed from the published ones. A row or column
 * whose own total is a small group is hidden whole. Deterministic: same table, same result.
 */
export function suppressTable(table: CountTable, min: number): SuppressionResult {
	const edges = edgesOf(table);
	for (const edge of edges) if (isSmall(edge.value, min)) edge.hidden = 'primary';
	// A small row (an agency under the minimum) shows nothing at all, not even its zeros.
	for (const edge of edges) {
		const { ref } = edge;
		if (ref.kind !== 'cell' || edge.hidden) continue;
		const rowTotal = table.rowTotals?.[ref.row];
		const colTotal = table.colTotals?.[ref.col];
		if (
			(table.rowTotals !== undefined && isSmall(rowTotal ?? null, min)) ||
			(table.colTotals !== undefined && isSmall(colTotal ?? null, min))
		)
			edge.hidden = 'primary';
	}
	for (let bridge = firstBridge(edges); bridge >= 0; bridge = firstBridge(edges)) {
		const path = closingPath(edges, bridge);
		if (path.length > 0) {
			for (const edge of path) edge.hidden = 'complementary';
			continue;
		}
		// No published cell closes a cycle (a degenerate table): hide everything still shown.
		const rest = edges.filter((e) => !e.hidden);
		if (rest.length === 0) break;
		for (const e of rest) e.hidden = 'complementary';
	}
	return toResult(table, edges);
}

/** Hidden cells that the published cells and totals still determine exactly (empty when safe). */
export function recoverableCells(table: CountTable, result: SuppressionResult): CellRef[] {
	const edges = edgesOf(table);
	for (const edge of edges) {
		const { ref } = edge;
		edge.hidden =
			ref.kind === 'cell'
				? (result.cells[ref.row]?.[ref.col] ?? null)
				: ref.kind === 'rowTotal'
					? (result.rowTotals[ref.row] ?? null)
					: ref.kind === 'colTotal'
						? (result.colTotals[ref.col] ?? null)
						: result.grandTotal;
	}
	return edges
		.filter((edge, k) => edge.hidden !== null && !reach(edges, edge.a, k).has(edge.b))
		.map((edge) => edge.ref);
}

/**
 * Whether the sum of some cells of one row (e.g. Sangat Baik + Baik for "Baik ke atas") may be
 * published beside a suppressed row: when none of them is hidden, or when they include every hidden
 * cell of the row (then the sum follows from the row total anyway). Otherwise it would reveal a
 * hidden cell through a published neighbour.
 */
export function publishableSum(
	row: readonly (SuppressionReason | null)[],
	columns: readonly number[],
	rowTotalHidden = false
): boolean {
	if (rowTotalHidden) return false;
	const hidden = row.flatMap((reason, j) => (reason ? [j] : []));
	const inSum = hidden.filter((j) => columns.includes(j));
	return inSum.length === 0 || inSum.length === hidden.length;
}
