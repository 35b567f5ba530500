import type { EChartsCoreOption } from 'echarts/core';
import type { DataTable } from '../csv.js';
import { t, type Lang } from '../i18n/index.js';
import { distributionFinding, trendFinding } from './findings.js';
import type { PredikatCounts } from './predikat.js';
import { distributionBars, predikatDistributionOption } from './predikatDistributionOption.js';
import { predikatTrendOption, trendPoints } from './predikatTrendOption.js';
import { distributionTable, trendTable } from './tables.js';

export interface CardModel {
	title: string | null;
	caption: string;
	option: EChartsCoreOption;
	table: DataTable;
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
			n: last?.n_appraised ?? 0
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
			shown: bars.length,
			hidden: agencies.length - bars.length
		}),
		option: predikatDistributionOption(rows, { lang }),
		table: distributionTable(bars)
	};
}
