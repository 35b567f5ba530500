import type { DataTable } from '../csv.js';
import type { ReadinessBar } from './readinessOption.js';

/** The component fields the page needs; the query rows (`ChangeReadinessComponentRow`) have this shape. */
export interface ReadinessComponentCounts {
	agency_code: string;
	component: string;
	weight: number;
	numerator: number | null;
	denominator: number | null;
	value: number | null;
	z: number | null;
	suppressed: boolean;
}

/** The nine components in the order of sql/METHODOLOGY.md #resistance-index. */
export const READINESS_COMPONENTS = [
	'skp_late_or_missing',
	'no_dialogue',
	'below_20jp',
	'below_20jp_trend',
	'attendance_after_change',
	'behaviour_below',
	'distribution_inflation',
	'no_development_plan',
	'plans_not_followed'
] as const;

export type ReadinessComponent = (typeof READINESS_COMPONENTS)[number];

/** The methodology anchor of a component: `below_20jp` → `#ri-below-20jp`. */
export function componentAnchor(component: string): string {
	return `#ri-${component.replaceAll('_', '-')}`;
}

/** One drawn component of one drawn agency; null figures are a component without data that year. */
export interface ComponentCell {
	agency_code: string;
	component: string;
	weight: number;
	numerator: number | null;
	denominator: number | null;
	value: number | null;
	z: number | null;
}

/**
 * The components of the agencies the chart draws, in the chart's order and the methodology's
 * component order, so the table and its CSV explain exactly the bars shown.
 */
export function componentCells(
	rows: readonly ReadinessComponentCounts[],
	bars: readonly ReadinessBar[]
): ComponentCell[] {
	const order = new Map<string, number>(READINESS_COMPONENTS.map((c, i) => [c, i]));
	const rank = (component: string) => order.get(component) ?? READINESS_COMPONENTS.length;
	const agencies = new Map(bars.map((bar, i) => [bar.agency_code, i]));
	return rows
		.filter((row) => !row.suppressed && agencies.has(row.agency_code))
		.map((row) => ({
			agency_code: row.agency_code,
			component: row.component,
			weight: row.weight,
			numerator: row.numerator,
			denominator: row.denominator,
			value: row.value,
			z: row.z
		}))
		.sort(
			(a, b) =>
				(agencies.get(a.agency_code) ?? 0) - (agencies.get(b.agency_code) ?? 0) ||
				rank(a.component) - rank(b.component) ||
				a.component.localeCompare(b.component)
		);
}

// Machine column names and plain decimals, as the other CSVs; a missing figure is an empty field.
export function readinessTable(bars: readonly ReadinessBar[]): DataTable {
	return {
		columns: ['kode_opd', 'nama_opd', 'n_pegawai', 'n_komponen', 'indeks_resistensi'],
		rows: bars.map((bar) => [
			bar.agency_code,
			bar.agency_name,
			bar.n_employees,
			bar.n_components,
			bar.resistance_index
		])
	};
}

export function componentTable(cells: readonly ComponentCell[]): DataTable {
	return {
		columns: ['kode_opd', 'komponen', 'bobot', 'pembilang', 'penyebut', 'nilai', 'z'],
		rows: cells.map((cell) => [
			cell.agency_code,
			cell.component,
			cell.weight,
			cell.numerator ?? '',
			cell.denominator ?? '',
			cell.value ?? '',
			cell.z ?? ''
		])
	};
}
