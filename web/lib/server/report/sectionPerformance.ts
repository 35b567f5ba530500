import { trendFinding } from '../../charts/findings.js';
import { PREDIKATS, type PredikatCounts } from '../../charts/predikat.js';
import {
	distributionBars,
	predikatDistributionOption
} from '../../charts/predikatDistributionOption.js';
import { predikatTrendOption, trendPoints } from '../../charts/predikatTrendOption.js';
import { trendTable } from '../../charts/tables.js';
import type { EChartsCoreOption } from 'echarts/core';
import { formatPercent, t, type Lang } from '../../i18n/index.js';
import type { ReportData } from './collect.js';
import { rt } from './messages.js';
import type { Block, ReportCell, ReportChart, ReportTable, SectionContext } from './model.js';
import { agencyCells, count, ratio, splitCity } from './rows.js';
import { publishableSum } from './suppress.js';
import { HIDDEN, shareCell, suppressRows, type MaskedRow } from './tables.js';

const GREY = '#b8bec6';

/** One agency's (or the city's) published predikat counts. */
export interface PredikatRow {
	agency_code: string;
	agency_name: string;
	masked: MaskedRow;
	/** Share Baik or better, null when it would reveal a hidden cell. */
	share: ReportCell;
}

/** The predikat counts of the year by agency with small groups and their complements hidden. */
export function maskedPredikat(data: ReportData, min: number, lang: Lang): PredikatRow[] {
	const { city, agencies } = splitCity(data.predikat);
	const cells = (row: (typeof data.predikat)[number]) =>
		PREDIKATS.map((p) => row[p.column as keyof typeof row] as number | null);
	const { rows, totals } = suppressRows(
		agencies.map((row) => ({ cells: cells(row), total: row.n_appraised })),
		city ? { cells: cells(city), total: city.n_appraised } : null,
		min
	);
	const all = [...(city && totals ? [{ source: city, masked: totals }] : [])].concat(
		agencies.map((source, i) => ({ source, masked: rows[i] as MaskedRow }))
	);
	return all.map(({ source, masked }) => {
		const good = (source.n_sangat_baik ?? 0) + (source.n_baik ?? 0);
		const ok = publishableSum(masked.reasons, [0, 1], Boolean(masked.total.hidden));
		return {
			agency_code: source.agency_code,
			agency_name: source.agency_code === 'ALL' ? rt(lang, 'row.city') : (source.agency_name ?? ''),
			masked,
			share: shareCell(ratio(good, source.n_appraised), ok)
		};
	});
}

function predikatTable(lang: Lang, year: number, rows: PredikatRow[]): ReportTable {
	return {
		kind: 'table',
		name: 'predikat-opd',
		title: rt(lang, 'perf.table.title', { year }),
		caption: rt(lang, 'perf.table.caption', { year }),
		method: 'share-baik-or-better',
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_opd', format: 'text' },
			{ label: rt(lang, 'col.agency'), csv: 'nama_opd', format: 'text' },
			{ label: rt(lang, 'perf.col.n'), csv: 'n_dinilai', format: 'int' },
			...PREDIKATS.map((p) => ({
				label: t(lang, p.label),
				csv: p.column,
				format: 'int' as const
			})),
			{ label: rt(lang, 'perf.col.good'), csv: 'persen_baik_ke_atas', format: 'pct' }
		],
		rows: rows.map((row) => [
			...agencyCells(lang, row),
			row.masked.total,
			...row.masked.cells,
			row.share
		]),
		totalRows: rows[0]?.agency_code === 'ALL' ? [0] : [],
		empty: rows.length === 0 ? rt(lang, 'empty', { year }) : undefined
	};
}

/** Stacked bars of the published shares; the hidden part of a bar is one grey segment. */
function distributionChart(
	lang: Lang,
	year: number,
	rows: PredikatRow[],
	min: number
): ReportChart {
	const agencies = rows.filter((row) => row.agency_code !== 'ALL');
	const drawn = agencies.filter((row) => !row.masked.total.hidden && row.masked.total.value);
	const counts: PredikatCounts[] = drawn.map((row) => ({
		year,
		agency_code: row.agency_code,
		agency_name: row.agency_name,
		n_appraised: row.masked.total.value as number,
		n_sangat_baik: published(row.masked.cells[0]),
		n_baik: published(row.masked.cells[1]),
		n_butuh_perbaikan: published(row.masked.cells[2]),
		n_kurang: published(row.masked.cells[3]),
		n_sangat_kurang: published(row.masked.cells[4]),
		share_baik_or_better: row.share.hidden ? null : (row.share.value as number | null),
		suppressed: false
	}));
	// The builder's own order (best share on top), so the grey segment lines up with its bar.
	const bars = distributionBars(counts).reverse();
	const hiddenShare = (code: string) => {
		const bar = bars.find((b) => b.agency_code === code);
		return bar ? Math.max(0, 1 - bar.shares.reduce((a, b) => a + b, 0)) : 0;
	};
	const option = predikatDistributionOption(counts, { lang });
	const series = (option.series as object[]).concat(
		bars.some((bar) => hiddenShare(bar.agency_code) > 1e-9)
			? [
					{
						type: 'bar',
						stack: 'predikat',
						name: rt(lang, 'perf.chart.hidden'),
						itemStyle: { color: GREY },
						data: bars.map((bar) => hiddenShare(bar.agency_code))
					}
				]
			: []
	);
	const ranked = [...bars]
		.filter(
			(bar) => counts.find((c) => c.agency_code === bar.agency_code)?.share_baik_or_better !== null
		)
		.reverse();
	const top = ranked[0];
	const bottom = ranked[ranked.length - 1];
	const title =
		top && bottom
			? rt(lang, top === bottom ? 'perf.chart.title.single' : 'perf.chart.title', {
					top: top.agency_name,
					topShare: formatPercent(lang, top.share_baik_or_better),
					bottom: bottom.agency_name,
					bottomShare: formatPercent(lang, bottom.share_baik_or_better)
				})
			: rt(lang, 'empty', { year });
	const share = (row: PredikatRow, i: number) => {
		const cell = row.masked.cells[i];
		if (!cell || cell.hidden) return HIDDEN;
		return ratio(cell.value as number, row.masked.total.value as number) ?? '';
	};
	return {
		kind: 'chart',
		name: 'grafik-sebaran-predikat',
		title,
		caption: rt(lang, 'perf.chart.caption', {
			year,
			shown: drawn.length,
			hidden: agencies.length - drawn.length,
			min
		}),
		method: 'predikat',
		option: { ...option, series },
		width: 680,
		height: Math.max(200, bars.length * 18 + 110),
		ariaLabel: rt(lang, 'perf.chart.aria', { year }),
		decal: true,
		table: {
			columns: [
				'kode_opd',
				'nama_opd',
				'n_dinilai',
				...PREDIKATS.map((p) => p.column.replace(/^n_/, 'persen_')),
				'persen_disembunyikan'
			],
			rows: [...bars].reverse().map((bar) => {
				const row = drawn.find((r) => r.agency_code === bar.agency_code) as PredikatRow;
				return [
					bar.agency_code,
					bar.agency_name,
					bar.n_appraised,
					...PREDIKATS.map((_, i) => share(row, i)),
					hiddenShare(bar.agency_code)
				];
			})
		},
		empty: drawn.length === 0 ? rt(lang, 'empty', { year }) : undefined
	};
}

function published(cell: ReportCell | undefined): number | null {
	return !cell || cell.hidden ? null : (cell.value as number | null);
}

/** Years as bands rather than edges: the first point's label then clears the value axis. */
function withGap(option: EChartsCoreOption): EChartsCoreOption {
	return { ...option, xAxis: { ...(option.xAxis as object), boundaryGap: true } };
}

function trendChart(lang: Lang, data: ReportData): ReportChart {
	const rows = data.trend.filter((row) => row.year <= data.year && row.agency_code === 'ALL');
	const change =
		data.schemes.filter((row) => row.is_change_year && row.year <= data.year).at(-1)?.year ?? null;
	const points = trendPoints(rows);
	return {
		kind: 'chart',
		name: 'tren-baik-ke-atas',
		title: trendFinding(lang, points, data.year) ?? rt(lang, 'empty', { year: data.year }),
		caption: rt(lang, 'perf.trend.caption', {
			from: points[0]?.year ?? data.year,
			to: data.year,
			n: points.find((p) => p.year === data.year)?.n_appraised ?? 0
		}),
		method: 'scheme',
		option: withGap(predikatTrendOption(rows, { lang, schemeChangeYear: change })),
		width: 680,
		height: 260,
		ariaLabel: rt(lang, 'perf.trend.aria'),
		decal: false,
		table: trendTable(points),
		empty: points.length === 0 ? rt(lang, 'empty', { year: data.year }) : undefined
	};
}

const VIOLATION_ID: [RegExp, string][] = [
	[/\bno /g, 'tidak ada '],
	[/ or /g, ' atau '],
	[/ present\b/g, ' ada']
];

function curveTable(lang: Lang, data: ReportData, rows: PredikatRow[]): ReportTable {
	const byCode = new Map(rows.map((row) => [row.agency_code, row]));
	const orgLabel = (code: string | null) =>
		code === null
			? null
			: code
					.toLowerCase()
					.split('_')
					.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
					.join(' ');
	const violations = (text: string | null) =>
		text === null || lang === 'en'
			? text
			: VIOLATION_ID.reduce((s, [pattern, to]) => s.replace(pattern, to), text);
	const agencies = [...data.curve].sort((a, b) => a.agency_code.localeCompare(b.agency_code));
	return {
		kind: 'table',
		name: 'kurva-distribusi',
		title: rt(lang, 'curve.title', { year: data.year }),
		caption: rt(lang, 'curve.caption'),
		method: 'curve-check',
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_opd', format: 'text' },
			{ label: rt(lang, 'col.agency'), csv: 'nama_opd', format: 'text' },
			{ label: rt(lang, 'curve.col.org'), csv: 'predikat_organisasi', format: 'text' },
			{ label: rt(lang, 'perf.col.n'), csv: 'n_dinilai', format: 'int' },
			{ label: rt(lang, 'perf.col.good'), csv: 'persen_baik_ke_atas', format: 'pct' },
			{ label: rt(lang, 'curve.col.ok'), csv: 'sesuai_kurva', format: 'text' },
			{ label: rt(lang, 'curve.col.violations'), csv: 'catatan', format: 'text' }
		],
		rows: agencies.map((curve) => {
			const row = byCode.get(curve.agency_code);
			const hidden = !row || Boolean(row.masked.total.hidden) ? ('primary' as const) : null;
			const ok =
				curve.curve_ok === null ? null : rt(lang, curve.curve_ok ? 'curve.yes' : 'curve.no');
			return [
				{ value: curve.agency_code },
				{ value: curve.agency_name ?? curve.agency_code },
				{ value: orgLabel(curve.org_predikat) },
				row ? row.masked.total : count(null, 'primary'),
				row ? row.share : count(null, 'primary'),
				{ value: ok, hidden: ok === null ? null : hidden },
				{
					value: violations(curve.curve_violations),
					hidden: curve.curve_violations ? hidden : null
				}
			];
		}),
		empty: agencies.length === 0 ? rt(lang, 'empty', { year: data.year }) : undefined
	};
}

/** Chapter "Kinerja pegawai per OPD": predikat by agency, the distribution-curve check, the trend. */
export function performanceBlocks(ctx: SectionContext): Block[] {
	const { lang, data, min } = ctx;
	const rows = maskedPredikat(data, min, lang);
	return [
		{ kind: 'p', text: rt(lang, 'perf.intro') },
		distributionChart(lang, data.year, rows, min),
		predikatTable(lang, data.year, rows),
		curveTable(lang, data, rows),
		trendChart(lang, data)
	];
}
