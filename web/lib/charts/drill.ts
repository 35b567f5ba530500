import type { ResolvedPathname } from '$app/types';
import { link } from '../link.js';

/**
 * Where a mark leads when clicked: an agency's page or the same page for another year. Option
 * builders put it on each data item (`{ value, drill }`), so a click carries the agency CODE even
 * where the axis shows a label such as "Seluruh kota".
 */
export interface DrillTarget {
	agency?: string;
	year?: number;
}

/** The fields of an ECharts click event the dashboard reads (`chart.on('click', …)`). */
export interface ChartClick {
	componentType: string;
	seriesName?: string;
	/** The category (axis label) of the clicked mark. */
	name?: string;
	dataIndex?: number;
	/** The data item as the option gave it; a drillable one has a `drill` field. */
	data?: unknown;
	/** For a click on an axis label (`triggerEvent: true`): the label's category. */
	value?: unknown;
}

/** A data item that drills; `drill` is left off where there is nowhere to go (the city row). */
export interface DrillItem<V> {
	value: V;
	drill?: DrillTarget;
}

/** The city row (`'ALL'`) has no page of its own. */
export function agencyDrill(code: string): DrillTarget | undefined {
	return code === 'ALL' ? undefined : { agency: code };
}

// Agency codes of data/reference/agencies.csv: upper-case letters, digits and underscores.
const AGENCY_CODE = /^[A-Z0-9_]+$/;

/** Year axes answer clicks on their labels too: a point is a small target, its year is not. */
export const YEAR_AXIS_EVENTS = { triggerEvent: true } as const;

/** The drill target of a click, or null when the clicked mark (a mark line, the city) has none. */
export function drillOf(click: ChartClick): DrillTarget | null {
	// Only year axes set YEAR_AXIS_EVENTS, so a clicked x-axis label is a year.
	if (click.componentType === 'xAxis')
		return typeof click.value === 'string' && /^\d{4}$/.test(click.value)
			? { year: Number(click.value) }
			: null;
	if (click.componentType !== 'series') return null;
	const data = click.data;
	if (typeof data !== 'object' || data === null || !('drill' in data)) return null;
	const drill = (data as { drill: unknown }).drill;
	if (typeof drill !== 'object' || drill === null) return null;
	const { agency, year } = drill as Record<string, unknown>;
	if (typeof agency === 'string' && AGENCY_CODE.test(agency)) return { agency };
	if (typeof year === 'number' && Number.isInteger(year)) return { year };
	return null;
}

/** The filters an agency page understands; the rest (e.g. the planner's list filters) stay behind. */
const KEPT = ['tahun', 'jenis', 'jabatan', 'lang'];

/** The page of one agency, keeping year, employee filters and language. */
export function agencyHref(url: URL, code: string): ResolvedPathname {
	const dropped = [...url.searchParams.keys()].filter((name) => !KEPT.includes(name));
	return link(
		url,
		Object.fromEntries(dropped.map((name) => [name, null])),
		`/opd/${encodeURIComponent(code)}`
	);
}

/** Where a drill target leads: the agency's page, or this page for the clicked year. */
export function drillHref(url: URL, target: DrillTarget): ResolvedPathname | null {
	if (target.agency !== undefined) return agencyHref(url, target.agency);
	if (target.year !== undefined) return link(url, { tahun: String(target.year) });
	return null;
}

/** A click straight to its link, or null (the page then does nothing). */
export function clickHref(url: URL, click: ChartClick): ResolvedPathname | null {
	const target = drillOf(click);
	return target ? drillHref(url, target) : null;
}

/**
 * The keyboard equivalent of a click: which cell of a chart's data table becomes a link, and where
 * the row leads (null: no link for that row).
 */
export interface RowLink {
	column: number;
	href: (row: readonly (string | number)[]) => ResolvedPathname | null;
}

/** Rows whose `codeColumn` holds an agency code link their `linkColumn` (the name) to its page. */
export function agencyRowLink(url: URL, codeColumn: number, linkColumn = codeColumn): RowLink {
	return {
		column: linkColumn,
		href: (row) => {
			const code = row[codeColumn];
			return typeof code === 'string' && code !== 'ALL' && AGENCY_CODE.test(code)
				? agencyHref(url, code)
				: null;
		}
	};
}

/** Rows whose `column` holds a year link it to this page for that year. */
export function yearRowLink(url: URL, column = 0): RowLink {
	return {
		column,
		href: (row) => {
			const year = row[column];
			return typeof year === 'number' && Number.isInteger(year)
				? link(url, { tahun: String(year) })
				: null;
		}
	};
}

/**
 * A chart's click callback that follows the drill link: `drillHandler(() => page.url, goto)`.
 * Navigation comes in as an argument, so this module stays free of SvelteKit's runtime.
 */
export function drillHandler(
	url: () => URL,
	navigate: (href: ResolvedPathname) => unknown
): (click: ChartClick) => void {
	return (click) => {
		const href = clickHref(url(), click);
		if (href) navigate(href);
	};
}
