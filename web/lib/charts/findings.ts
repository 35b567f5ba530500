import { formatNumber, formatPercent, t, type Lang } from '../i18n/index.js';
import type { GapGrid } from './competencyGapOption.js';
import { meets20Share, type JpCounts } from './jpHistogramOption.js';
import type { DistributionBar } from './predikatDistributionOption.js';
import type { TrendPoint } from './predikatTrendOption.js';

/** Changes under half a percentage point read as "stayed", so rounding noise is not a finding. */
const FLAT = 0.005;

/** The trend chart's active title: how the share moved from last year to the year shown. */
export function trendFinding(
	lang: Lang,
	points: readonly TrendPoint[],
	year: number
): string | null {
	const now = points.find((point) => point.year === year);
	if (!now) return null;
	const before = points.find((point) => point.year === year - 1);
	const to = formatPercent(lang, now.share_baik_or_better);
	if (!before) return t(lang, 'trend.title.single', { to, toYear: year });
	const vars = {
		from: formatPercent(lang, before.share_baik_or_better),
		fromYear: before.year,
		to,
		toYear: year
	};
	const delta = now.share_baik_or_better - before.share_baik_or_better;
	if (Math.abs(delta) < FLAT) return t(lang, 'trend.title.flat', vars);
	return t(lang, delta > 0 ? 'trend.title.up' : 'trend.title.down', vars);
}

/** The distribution chart's active title: the agencies with the highest and lowest share. */
export function distributionFinding(lang: Lang, bars: readonly DistributionBar[]): string | null {
	const top = bars[0];
	const bottom = bars[bars.length - 1];
	if (!top || !bottom) return null;
	const topShare = formatPercent(lang, top.share_baik_or_better);
	if (top === bottom) return t(lang, 'dist.title.single', { top: top.agency_name, topShare });
	return t(lang, 'dist.title', {
		top: top.agency_name,
		topShare,
		bottom: bottom.agency_name,
		bottomShare: formatPercent(lang, bottom.share_baik_or_better)
	});
}

/** The JP chart's active title: the share of employees at or above 20 JP in the year shown. */
export function jpFinding(lang: Lang, rows: readonly JpCounts[], year: number): string | null {
	const share = meets20Share(rows);
	if (share === null) return null;
	return t(lang, 'jp.title', { share: formatPercent(lang, share), year });
}

/**
 * The heatmap's active title: the city's competency furthest below standard; when the city meets
 * every standard on average, the agency cell furthest below it.
 */
export function gapFinding(lang: Lang, grid: GapGrid): string | null {
	if (grid.cells.length === 0) return null;
	const worst = (agency: (code: string) => boolean) =>
		grid.cells
			.filter((cell) => agency(cell.agency_code))
			.sort((a, b) => b.mean_gap - a.mean_gap)[0];
	const city = worst((code) => code === 'ALL');
	if (city && city.mean_gap > 0)
		return t(lang, 'comp.title', {
			competency: city.competency_name,
			gap: formatNumber(lang, city.mean_gap, 2)
		});
	const agency = worst((code) => code !== 'ALL');
	if (!agency || agency.mean_gap <= 0) return t(lang, 'comp.title.none');
	return t(lang, 'comp.title.agency', {
		agency: agency.agency_code,
		competency: agency.competency_name,
		gap: formatNumber(lang, agency.mean_gap, 2)
	});
}
