import type { EChartsCoreOption } from 'echarts/core';
import type { DataTable } from '../csv.js';
import { formatNumber, t, type Lang } from '../i18n/index.js';
import {
	competencyGapOption,
	gapGrid,
	gapMinWidth,
	type GapCounts
} from './competencyGapOption.js';
import { distributionFinding, gapFinding, jpFinding, trendFinding } from './findings.js';
import { jpBars, jpHistogramOption, type JpCounts } from './jpHistogramOption.js';
import type { PredikatCounts } from './predikat.js';
import { distributionBars, predikatDistributionOption } from './predikatDistributionOption.js';
import { predikatTrendOption, trendPoints } from './predikatTrendOption.js';
import { distributionTable, gapTable, jpTable, trendTable } from './tables.js';

export interface CardModel {
	title: string | null;
	caption: string;
	option: EChartsCoreOption;
	table: DataTable;
	/** Set when the chart should scroll sideways on narrow screens. */
	minWidth?: number;
	/** False when every mark is labelled with its value, so a decal pattern would only add noise. */
	decal?: boolean;
}

/** Everything the trend card shows, from the same rows the CSV endpoint serves. */
export function trendCard(
	lang: Lang,
	trend: { rows: readonly PredikatCounts[]; schemeChangeYear: number | null },
	year: number
): CardModel {
	const points = trendPoints(trend.rows);
	const first = points[0];
	const last = points.find((point) => point.year === year);
	return {
		title: trendFinding(lang, points, year),
		caption: t(lang, 'trend.caption', {
			from: first?.year ?? '–',
			to: year,
			n: formatNumber(lang, last?.n_appraised ?? 0)
		}),
		option: predikatTrendOption(trend.rows, { lang, schemeChangeYear: trend.schemeChangeYear }),
		table: trendTable(points)
	};
}

/** Everything the distribution card shows for one year. */
export function distributionCard(
	lang: Lang,
	rows: readonly PredikatCounts[],
	year: number
): CardModel {
	const bars = distributionBars(rows);
	const agencies = rows.filter((row) => row.agency_code !== 'ALL');
	return {
		title: distributionFinding(lang, bars),
		caption: t(lang, 'dist.caption', {
			year,
			shown: formatNumber(lang, bars.length),
			hidden: formatNumber(lang, agencies.length - bars.length)
		}),
		option: predikatDistributionOption(rows, { lang }),
		table: distributionTable(bars)
	};
}

/** The competency-gap heatmap card: latest assessments, whatever the year filter says. */
export function gapCard(lang: Lang, rows: readonly GapCounts[]): CardModel {
	const grid = gapGrid(rows);
	const hidden = rows.filter((row) => row.suppressed).length;
	return {
		title: gapFinding(lang, grid),
		caption: t(lang, 'comp.caption', {
			shown: formatNumber(lang, grid.cells.length),
			hidden: formatNumber(lang, hidden)
		}),
		option: competencyGapOption(rows, { lang }),
		table: gapTable(grid),
		minWidth: gapMinWidth(grid),
		decal: false
	};
}

/** The JP distribution card for one year. */
export function jpCard(lang: Lang, rows: readonly JpCounts[], year: number): CardModel {
	const bars = jpBars(rows);
	const total = rows.reduce((sum, row) => sum + (row.n_employees ?? 0), 0);
	return {
		title: jpFinding(lang, rows, year),
		caption: t(lang, 'jp.caption', { year, n: formatNumber(lang, total) }),
		option: jpHistogramOption(rows, { lang }),
		table: jpTable(bars)
	};
}
