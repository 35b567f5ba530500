import { formatPercent, t, type Lang } from '../i18n/index.js';
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
