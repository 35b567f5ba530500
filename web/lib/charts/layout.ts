/**
 * ECharts 6 replacement for the deprecated `grid.containLabel: true` (which now logs a warning
 * unless LegacyGridContainLabel is registered): the grid rect is the outer bound and shrinks until
 * the axis labels fit inside it — the layout containLabel gave. Spread into every `grid`.
 */
export const CONTAIN_LABELS = {
	outerBoundsMode: 'same',
	outerBoundsContain: 'axisLabel'
} as const;

/**
 * The edge of a value axis symmetric around 0 that leaves room for the bar labels: quarter steps
 * for small values, whole units beyond 1 (so ECharts' ticks and the edge do not crowd each other).
 */
export function symmetricEdge(values: readonly number[]): number {
	const reach = Math.max(0.5, ...values.map((value) => Math.abs(value)));
	return reach <= 1 ? Math.ceil(reach * 4) / 4 + 0.25 : Math.ceil(reach) + 1;
}
