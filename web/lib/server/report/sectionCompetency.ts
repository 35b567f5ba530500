import { competencyGapOption, gapGrid, type GapCounts } from '../../charts/competencyGapOption.js';
import { gapFinding } from '../../charts/findings.js';
import { jpBars, jpHistogramOption, type JpCounts } from '../../charts/jpHistogramOption.js';
import type { EChartsCoreOption } from 'echarts/core';
import { formatPercent, t, type Lang } from '../../i18n/index.js';
import type { ReportData } from './collect.js';
import { rt } from './messages.js';
import type { Block, ReportCell, ReportChart, ReportTable, SectionContext } from './model.js';
import { agencyCells, count, ratio, splitCity } from './rows.js';
import { isSmall, publishableSum, suppressTable } from './suppress.js';
import { HIDDEN, shareCell, suppressRows, type MaskedRow } from './tables.js';

/** 20 JP compliance by agency, with the city row first. */
function jpTable(
	lang: Lang,
	data: ReportData,
	min: number
): { table: ReportTable; city: ReportCell } {
	const { city, agencies } = splitCity(data.jp);
	const { rows, totals } = suppressRows(
		agencies.map((row) => ({
			cells: [row.n_meets_20jp, row.n_below_20jp],
			total: row.n_employees
		})),
		city ? { cells: [city.n_meets_20jp, city.n_below_20jp], total: city.n_employees } : null,
		min
	);
	const printed = [
		...(city && totals ? [{ source: city, masked: totals }] : []),
		...agencies.map((source, i) => ({ source, masked: rows[i] as MaskedRow }))
	];
	const share = (source: (typeof data.jp)[number], masked: MaskedRow) =>
		shareCell(
			ratio(source.n_meets_20jp, source.n_employees),
			publishableSum(masked.reasons, [0], Boolean(masked.total.hidden))
		);
	const body = printed.map(({ source, masked }) => [
		...agencyCells(lang, source),
		masked.total,
		...masked.cells,
		share(source, masked)
	]);
	return {
		table: {
			kind: 'table',
			name: 'jp-20-opd',
			title: rt(lang, 'comp.jp.title', { year: data.year }),
			caption: rt(lang, 'comp.jp.caption', { year: data.year }),
			method: 'jp-20',
			columns: [
				{ label: rt(lang, 'col.code'), csv: 'kode_opd', format: 'text' },
				{ label: rt(lang, 'col.agency'), csv: 'nama_opd', format: 'text' },
				{ label: rt(lang, 'comp.col.employees'), csv: 'n_pegawai', format: 'int' },
				{ label: rt(lang, 'comp.col.meets'), csv: 'n_20jp_ke_atas', format: 'int' },
				{ label: rt(lang, 'comp.col.below'), csv: 'n_di_bawah_20jp', format: 'int' },
				{ label: rt(lang, 'comp.col.share'), csv: 'persen_20jp_ke_atas', format: 'pct' }
			],
			rows: body,
			totalRows: city ? [0] : [],
			empty: body.length === 0 ? rt(lang, 'empty', { year: data.year }) : undefined
		},
		city: city && totals ? share(city, totals) : count(null)
	};
}

/** The city's JP histogram: small buckets hidden, and one more so the total cannot give them back. */
function jpChart(lang: Lang, data: ReportData, min: number, cityShare: ReportCell): ReportChart {
	const buckets = [...data.jpBuckets].sort((a, b) => a.bucket_start - b.bucket_start);
	const total = data.jp.find((row) => row.agency_code === 'ALL')?.n_employees ?? null;
	const mask = suppressTable(
		{ cells: [buckets.map((b) => b.n_employees)], rowTotals: [total] },
		min
	);
	const rows: JpCounts[] = buckets.map((bucket, i) => {
		const hidden = Boolean(mask.cells[0]?.[i]) || isSmall(total, min);
		return {
			...bucket,
			n_employees: hidden ? null : bucket.n_employees,
			share: hidden ? null : bucket.share,
			suppressed: hidden
		};
	});
	const bars = jpBars(rows);
	const title =
		cityShare.hidden || typeof cityShare.value !== 'number'
			? rt(lang, 'empty', { year: data.year })
			: t(lang, 'jp.title', { share: formatPercent(lang, cityShare.value), year: data.year });
	return {
		kind: 'chart',
		name: 'grafik-jp',
		title,
		caption: rt(lang, 'comp.hist.caption', { year: data.year, n: total ?? 0 }),
		method: 'jp-20',
		option: headroom(jpHistogramOption(rows, { lang })),
		width: 680,
		height: 260,
		ariaLabel: rt(lang, 'comp.hist.aria', { year: data.year }),
		decal: false,
		table: {
			columns: ['jp_dari', 'jp_sampai', 'di_bawah_20jp', 'n_pegawai', 'persen'],
			rows: bars.map((bar) => [
				bar.bucket_start,
				bar.bucket_end ?? '',
				bar.below_20jp ? 1 : 0,
				bar.suppressed ? HIDDEN : (bar.n_employees ?? ''),
				bar.suppressed ? HIDDEN : (bar.share ?? '')
			])
		},
		empty:
			total === null || isSmall(total, min) ? rt(lang, 'empty', { year: data.year }) : undefined
	};
}

/** Room above the tallest bar, so its label and the 20 JP line's label do not collide. */
function headroom(option: EChartsCoreOption): EChartsCoreOption {
	return {
		...option,
		yAxis: {
			...(option.yAxis as object),
			max: (extent: { max: number }) => Math.ceil((extent.max * 1.2) / 10) * 10
		}
	};
}

/** Competencies with a standard, city-wide, by share below standard (largest gaps first). */
function gapTable(lang: Lang, data: ReportData, min: number): ReportTable {
	const city = data.gaps
		.filter((row) => row.agency_code === 'ALL' && row.mean_gap !== null && !row.suppressed)
		.sort(
			(a, b) =>
				(b.share_below_standard ?? 0) - (a.share_below_standard ?? 0) ||
				a.competency_code.localeCompare(b.competency_code)
		);
	return {
		kind: 'table',
		name: 'kesenjangan-kompetensi',
		title: rt(lang, 'comp.gap.title'),
		caption: rt(lang, 'comp.gap.caption'),
		method: 'competency-gap',
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_kompetensi', format: 'text' },
			{ label: rt(lang, 'comp.col.competency'), csv: 'nama_kompetensi', format: 'text' },
			{ label: rt(lang, 'comp.col.assessed'), csv: 'n_dinilai', format: 'int' },
			{ label: rt(lang, 'comp.col.meanGap'), csv: 'rata_rata_gap', format: 'dec2' },
			{ label: rt(lang, 'comp.col.belowStandard'), csv: 'n_di_bawah_standar', format: 'int' },
			{ label: '%', csv: 'persen_di_bawah_standar', format: 'pct' }
		],
		rows: city.map((row) => {
			// City-wide groups are large; a small count below standard is still hidden, with its share.
			const hidden = isSmall(row.n_below_standard, min) ? ('primary' as const) : null;
			return [
				{ value: row.competency_code },
				{ value: row.competency_name ?? row.competency_code },
				count(row.n_assessed, isSmall(row.n_assessed, min) ? 'primary' : null),
				{ value: row.mean_gap },
				count(row.n_below_standard, hidden),
				{ value: row.share_below_standard, hidden }
			];
		}),
		empty: city.length === 0 ? rt(lang, 'empty', { year: data.year }) : undefined
	};
}

/**
 * The heatmap of mean gaps by agency and competency. Each column's people add up to the city cell,
 * so cells under the minimum get a complementary partner in their column before anything is drawn.
 */
function gapChart(lang: Lang, data: ReportData, min: number): ReportChart {
	const standard = new Set(
		data.gaps
			.filter((row) => row.agency_code === 'ALL' && row.mean_gap !== null)
			.map((row) => row.competency_code)
	);
	const competencies = [...standard].sort();
	const agencies = [
		...new Set(data.gaps.filter((row) => row.agency_code !== 'ALL').map((row) => row.agency_code))
	].sort();
	const cell = (agency: string, competency: string) =>
		data.gaps.find((row) => row.agency_code === agency && row.competency_code === competency);
	const assessed = (agency: string, competency: string) => {
		const row = cell(agency, competency);
		return row ? row.n_assessed : 0;
	};
	const mask = suppressTable(
		{
			// No row: nobody of that agency assessed (a true zero); a NULL count is hidden upstream.
			cells: agencies.map((a) => competencies.map((c) => assessed(a, c))),
			colTotals: competencies.map((c) => cell('ALL', c)?.n_assessed ?? null)
		},
		min
	);
	const rows: GapCounts[] = [
		...competencies.map((c, j) => ({ code: 'ALL', c, hidden: Boolean(mask.colTotals[j]) })),
		...agencies.flatMap((a, i) =>
			competencies.map((c, j) => ({ code: a, c, hidden: Boolean(mask.cells[i]?.[j]) }))
		)
	].flatMap(({ code, c, hidden }) => {
		const row = cell(code, c);
		if (!row) return [];
		return [{ ...row, suppressed: row.suppressed || hidden }];
	});
	const grid = gapGrid(rows);
	return {
		kind: 'chart',
		name: 'grafik-kesenjangan',
		title: gapFinding(lang, grid) ?? rt(lang, 'comp.gap.heading'),
		caption: rt(lang, 'comp.heat.caption', { min }),
		method: 'competency-gap',
		option: competencyGapOption(rows, { lang }),
		width: 680,
		height: Math.max(240, grid.agencies.length * 19 + 130),
		ariaLabel: rt(lang, 'comp.heat.aria'),
		decal: false,
		table: {
			columns: ['kode_opd', 'kode_kompetensi', 'nama_kompetensi', 'rata_rata_gap'],
			rows: grid.cells.map((c) => [c.agency_code, c.competency_code, c.competency_name, c.mean_gap])
		},
		empty: grid.cells.length === 0 ? rt(lang, 'empty', { year: data.year }) : undefined
	};
}

/** Training targets: counts by competency (city) and by agency × competency, suppressed together. */
function targetTables(lang: Lang, data: ReportData, min: number): ReportTable[] {
	const targets = data.targets;
	const year = targets[0]?.year ?? data.year;
	const competencies = [...new Set(targets.map((r) => r.competency_code))]
		.filter((code) => code !== 'ALL')
		.sort();
	const agencies = [...new Set(targets.map((r) => r.agency_code))]
		.filter((code) => code !== 'ALL')
		.sort();
	const at = (agency: string, competency: string) =>
		targets.find((r) => r.agency_code === agency && r.competency_code === competency);
	const value = (agency: string, competency: string) => {
		const row = at(agency, competency);
		return row ? row.n_employees : 0;
	};
	const mask = suppressTable(
		{
			cells: agencies.map((a) => competencies.map((c) => value(a, c))),
			rowTotals: agencies.map((a) => value(a, 'ALL')),
			colTotals: competencies.map((c) => value('ALL', c)),
			grandTotal: value('ALL', 'ALL')
		},
		min
	);
	const name = (code: string) => at('ALL', code)?.competency_name ?? code;
	const type = (code: string) => at('ALL', code)?.competency_type ?? null;
	const city: ReportTable = {
		kind: 'table',
		name: 'sasaran-pelatihan-kompetensi',
		title: rt(lang, 'comp.targets.city.title', { year }),
		caption: rt(lang, 'comp.targets.city.caption', { year }),
		method: 'training-targets',
		compact: true,
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_kompetensi', format: 'text' },
			{ label: rt(lang, 'comp.col.competency'), csv: 'nama_kompetensi', format: 'text' },
			{ label: rt(lang, 'comp.col.type'), csv: 'jenis_kompetensi', format: 'text' },
			{ label: rt(lang, 'comp.col.targets'), csv: 'n_pegawai', format: 'int' }
		],
		rows: [
			...competencies.map((c, j): ReportCell[] => [
				{ value: c },
				{ value: name(c) },
				{ value: typeLabel(type(c)) },
				count(value('ALL', c), mask.colTotals[j] ?? null)
			]),
			...(competencies.length
				? [
						[
							{ value: 'ALL' },
							{ value: rt(lang, 'comp.col.total') },
							{ value: '' },
							count(value('ALL', 'ALL'), mask.grandTotal)
						]
					]
				: [])
		],
		totalRows: competencies.length ? [competencies.length] : [],
		empty: competencies.length === 0 ? rt(lang, 'comp.empty.targets') : undefined
	};
	const byAgency: ReportTable = {
		kind: 'table',
		name: 'sasaran-pelatihan-opd',
		title: rt(lang, 'comp.targets.opd.title', { year }),
		caption: rt(lang, 'comp.targets.opd.caption', { year }),
		method: 'training-targets',
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_opd', format: 'text' },
			...competencies.map((c) => ({
				label: c,
				csv: `n_${c.toLowerCase().replace('.', '_')}`,
				format: 'int' as const
			})),
			{ label: rt(lang, 'comp.col.total'), csv: 'n_pegawai', format: 'int' }
		],
		rows: [
			[
				{ value: rt(lang, 'row.city') },
				...competencies.map((c, j) => count(value('ALL', c), mask.colTotals[j] ?? null)),
				count(value('ALL', 'ALL'), mask.grandTotal)
			],
			...agencies.map((a, i) => [
				{ value: a },
				...competencies.map((c, j) => count(value(a, c), mask.cells[i]?.[j] ?? null)),
				count(value(a, 'ALL'), mask.rowTotals[i] ?? null)
			])
		],
		totalRows: [0],
		empty: competencies.length === 0 ? rt(lang, 'comp.empty.targets') : undefined
	};
	return [city, byAgency];
}

function typeLabel(type: string | null): string {
	if (type === null) return '';
	return type.charAt(0) + type.slice(1).toLowerCase().replace('_', ' ');
}

/** Chapter "Pengembangan kompetensi": 20 JP, the largest gaps, training targets by competency. */
export function competencyBlocks(ctx: SectionContext): Block[] {
	const { lang, data, min } = ctx;
	const jp = jpTable(lang, data, min);
	const year = data.targets[0]?.year ?? data.year;
	return [
		{ kind: 'h3', text: rt(lang, 'comp.jp.heading'), id: 'sub-jp' },
		{ kind: 'p', text: rt(lang, 'comp.jp.intro') },
		jp.table,
		jpChart(lang, data, min, jp.city),
		{ kind: 'h3', text: rt(lang, 'comp.gap.heading'), id: 'sub-gap' },
		{ kind: 'p', text: rt(lang, 'comp.gap.intro') },
		gapTable(lang, data, min),
		gapChart(lang, data, min),
		{ kind: 'h3', text: rt(lang, 'comp.targets.heading'), id: 'sub-targets' },
		{ kind: 'p', text: rt(lang, 'comp.targets.intro', { year }) },
		...targetTables(lang, data, min)
	];
}
