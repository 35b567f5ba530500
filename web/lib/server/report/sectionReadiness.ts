import { readinessFinding } from '../../charts/readinessCard.js';
import { READINESS_COMPONENTS } from '../../charts/readinessComponents.js';
import {
	readinessBars,
	readinessOption,
	type ReadinessBar,
	type ReadinessCounts
} from '../../charts/readinessOption.js';
import { t, type Lang, type MessageKey } from '../../i18n/index.js';
import { id as CATALOGUE } from '../../i18n/id.js';
import type { ReportData } from './collect.js';
import { rt } from './messages.js';
import type { Block, ReportCell, ReportChart, ReportTable, SectionContext } from './model.js';
import { count } from './rows.js';
import { isSmall } from './suppress.js';

/** The index rows with the report's minimum applied: an agency under it gets no index. */
export function readinessRows(data: ReportData, min: number): ReadinessCounts[] {
	return data.readiness
		.map((row) => ({ ...row, suppressed: row.suppressed || isSmall(row.n_employees, min) }))
		.sort((a, b) => a.agency_code.localeCompare(b.agency_code));
}

/** The drawn agencies, most resistant first (as the chart). */
export function readinessRanking(data: ReportData, min: number): ReadinessBar[] {
	return readinessBars(readinessRows(data, min));
}

function chart(lang: Lang, data: ReportData, min: number): ReportChart {
	const rows = readinessRows(data, min);
	const bars = readinessBars(rows);
	return {
		kind: 'chart',
		name: 'grafik-indeks-resistensi',
		title: readinessFinding(lang, bars, data.year) ?? rt(lang, 'ready.empty', { year: data.year }),
		caption: rt(lang, 'ready.chart.caption', {
			year: data.year,
			shown: bars.length,
			hidden: rows.length - bars.length,
			min
		}),
		method: 'resistance-index',
		option: readinessOption(rows, { lang }),
		width: 680,
		height: Math.max(200, bars.length * 17 + 90),
		ariaLabel: rt(lang, 'ready.chart.aria', { year: data.year }),
		decal: false,
		// The dashboard's columns without the headcount (see indexTable).
		table: {
			columns: ['kode_opd', 'nama_opd', 'n_komponen', 'indeks_resistensi'],
			rows: bars.map((bar) => [
				bar.agency_code,
				bar.agency_name,
				bar.n_components,
				bar.resistance_index
			])
		},
		empty: bars.length === 0 ? rt(lang, 'ready.empty', { year: data.year }) : undefined
	};
}

/**
 * The index by agency in code order; ranks count published agencies only. No headcount: the same
 * people are counted in the 20 JP table, whose suppression a second headcount would undo.
 */
function indexTable(lang: Lang, data: ReportData, min: number): ReportTable {
	const rows = readinessRows(data, min);
	const rank = new Map(readinessBars(rows).map((bar, i) => [bar.agency_code, i + 1]));
	return {
		kind: 'table',
		name: 'indeks-resistensi',
		title: rt(lang, 'ready.table.title', { year: data.year }),
		caption: rt(lang, 'ready.table.caption', { year: data.year }),
		method: 'resistance-index',
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_opd', format: 'text' },
			{ label: rt(lang, 'col.agency'), csv: 'nama_opd', format: 'text' },
			{ label: rt(lang, 'ready.col.components'), csv: 'n_komponen', format: 'int' },
			{ label: rt(lang, 'ready.col.index'), csv: 'indeks_resistensi', format: 'index' },
			{ label: rt(lang, 'ready.col.rank'), csv: 'peringkat', format: 'int' }
		],
		rows: rows.map((row): ReportCell[] => {
			const hidden = row.suppressed ? ('primary' as const) : null;
			return [
				{ value: row.agency_code },
				{ value: row.agency_name ?? row.agency_code },
				count(row.n_components, hidden),
				{ value: round(row.resistance_index, 2), hidden },
				count(rank.get(row.agency_code) ?? null, hidden)
			];
		}),
		empty: rows.length === 0 ? rt(lang, 'ready.empty', { year: data.year }) : undefined
	};
}

function round(value: number | null, digits: number): number | null {
	if (value === null) return null;
	const f = 10 ** digits;
	return Math.round(value * f) / f || 0;
}

/** The dashboard's label of a component, or its code for one the catalogue does not know yet. */
function componentLabel(lang: Lang, component: string): string {
	const key = `ready.c.${component}`;
	return key in CATALOGUE ? t(lang, key as MessageKey) : component;
}

/** Component z-scores of the published agencies, to one decimal (never numerators). */
function componentTable(lang: Lang, data: ReportData, min: number): ReportTable {
	const bars = readinessRanking(data, min);
	// The components the mart holds, in the methodology's order (new ones last, A–Z).
	const order = (c: string) => {
		const i = (READINESS_COMPONENTS as readonly string[]).indexOf(c);
		return i < 0 ? READINESS_COMPONENTS.length : i;
	};
	const components = [...new Set(data.components.map((c) => c.component))].sort(
		(a, b) => order(a) - order(b) || a.localeCompare(b)
	);
	const z = (agency: string, component: string) =>
		data.components.find((c) => c.agency_code === agency && c.component === component)?.z ?? null;
	return {
		kind: 'table',
		name: 'komponen-indeks',
		title: rt(lang, 'ready.comp.title', { year: data.year }),
		caption: rt(lang, 'ready.comp.caption'),
		method: 'resistance-index',
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_opd', format: 'text' },
			...components.map((c) => ({
				label: componentLabel(lang, c),
				csv: `z_${c}`,
				format: 'dec1' as const
			})),
			{ label: rt(lang, 'ready.col.index'), csv: 'indeks_resistensi', format: 'index' }
		],
		rows: bars.map((bar) => [
			{ value: bar.agency_code },
			...components.map((c) => ({ value: round(z(bar.agency_code, c), 1) })),
			{ value: round(bar.resistance_index, 2) }
		]),
		empty: bars.length === 0 ? rt(lang, 'ready.empty', { year: data.year }) : undefined
	};
}

/** Chapter "Kesiapan perubahan": the index per agency with its components; never per person. */
export function readinessBlocks(ctx: SectionContext): Block[] {
	const { lang, data, min } = ctx;
	return [
		{ kind: 'p', text: rt(lang, 'ready.intro'), className: 'note' },
		chart(lang, data, min),
		indexTable(lang, data, min),
		componentTable(lang, data, min)
	];
}
