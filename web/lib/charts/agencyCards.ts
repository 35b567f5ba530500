import { formatNumber, formatPercent, t, type Lang } from '../i18n/index.js';
import { pp94Table } from './attendanceCards.js';
import { agencyDistributionBars, agencyDistributionOption } from './agencyDistributionOption.js';
import { agencyGapBars, agencyGapOption } from './agencyGapOption.js';
import {
	agencyComponentBars,
	agencyReadinessOption,
	type AgencyComponentBar,
	type AgencyComponentCounts
} from './agencyReadinessOption.js';
import { agencyComponentTable, agencyGapTable, agencyTrendTable } from './agencyTables.js';
import {
	agencyTrendOption,
	agencyTrendPoints,
	type AgencyTrendPoint
} from './agencyTrendOption.js';
import type { CardModel } from './cards.js';
import type { GapCounts } from './competencyGapOption.js';
import { pp94Bars, pp94Option, type Pp94Counts } from './pp94Option.js';
import type { PredikatCounts } from './predikat.js';
import { distributionTable } from './tables.js';
import { formatIndex, readinessBars, type ReadinessCounts } from './readinessOption.js';

/** The agency a page is about: its code (what links carry) and its name (what people read). */
export interface AgencyRef {
	code: string;
	name: string;
}

/** Differences under half a percentage point read as "the same as the city" (rounding noise). */
const FLAT = 0.005;

const count = (lang: Lang, value: number | null | undefined) =>
	value === null || value === undefined ? '–' : formatNumber(lang, value);

/** The trend's active title: the agency's share in the year shown, against the city's. */
export function agencyTrendFinding(
	lang: Lang,
	points: readonly AgencyTrendPoint[],
	agency: AgencyRef,
	year: number
): string | null {
	const now = points.find((point) => point.year === year);
	if (!now || now.agency_share === null) return null;
	const vars = { agency: agency.name, share: formatPercent(lang, now.agency_share), year };
	if (now.city_share === null) return t(lang, 'opd.trend.title.noCity', vars);
	const delta = now.agency_share - now.city_share;
	const key =
		Math.abs(delta) < FLAT
			? 'opd.trend.title.same'
			: delta > 0
				? 'opd.trend.title.above'
				: 'opd.trend.title.below';
	return t(lang, key, { ...vars, city: formatPercent(lang, now.city_share) });
}

export function agencyTrendCard(
	lang: Lang,
	trend: { rows: readonly PredikatCounts[]; schemeChangeYear: number | null },
	agency: AgencyRef,
	year: number
): CardModel {
	const points = agencyTrendPoints(trend.rows, agency.code);
	const now = points.find((point) => point.year === year);
	return {
		title: agencyTrendFinding(lang, points, agency, year),
		caption: t(lang, 'opd.trend.caption', {
			from: points[0]?.year ?? '–',
			to: points.at(-1)?.year ?? '–',
			year,
			agency: agency.name,
			n: count(lang, now?.agency_n),
			cityN: count(lang, now?.city_n)
		}),
		option: agencyTrendOption(points, {
			lang,
			agencyName: agency.name,
			schemeChangeYear: trend.schemeChangeYear
		}),
		table: agencyTrendTable(points)
	};
}

/** The distribution's title: the top and the bottom of the scale, the agency against the city. */
export function agencyDistributionCard(
	lang: Lang,
	rows: readonly PredikatCounts[],
	agency: AgencyRef,
	year: number
): CardModel {
	const bars = agencyDistributionBars(rows, agency.code, year);
	const own = bars.find((bar) => bar.agency_code === agency.code);
	const city = bars.find((bar) => bar.agency_code === 'ALL');
	// Shares best first: Sangat Baik, Baik, then the three below Baik.
	const top = (shares: number[]) => formatPercent(lang, shares[0] ?? 0);
	const low = (shares: number[]) =>
		formatPercent(
			lang,
			shares.slice(2).reduce((s, v) => s + v, 0)
		);
	const vars = own && { agency: agency.name, year, top: top(own.shares), low: low(own.shares) };
	return {
		title: !vars
			? null
			: city
				? t(lang, 'opd.dist.title', {
						...vars,
						cityTop: top(city.shares),
						cityLow: low(city.shares)
					})
				: t(lang, 'opd.dist.title.noCity', vars),
		caption: t(lang, 'opd.dist.caption', {
			year,
			agency: agency.name,
			n: count(lang, own?.n_appraised),
			cityN: count(lang, city?.n_appraised)
		}),
		option: agencyDistributionOption(bars, { lang }),
		table: distributionTable(bars)
	};
}

export function agencyGapCard(
	lang: Lang,
	rows: readonly GapCounts[],
	agency: AgencyRef
): CardModel {
	const bars = agencyGapBars(rows, agency.code);
	const worst = bars[0];
	const title = !worst
		? null
		: worst.mean_gap > 0
			? t(lang, 'opd.gap.title', {
					agency: agency.name,
					competency: worst.competency_name,
					gap: formatNumber(lang, worst.mean_gap, 2),
					city: worst.city_gap === null ? '–' : formatNumber(lang, worst.city_gap, 2)
				})
			: t(lang, 'opd.gap.title.none', { agency: agency.name });
	return {
		title,
		caption: t(lang, 'opd.gap.caption', {
			agency: agency.name,
			shown: formatNumber(lang, bars.length)
		}),
		option: agencyGapOption(bars, { lang, agencyName: agency.name }),
		table: agencyGapTable(bars)
	};
}

/** PP 94/2021 bands of the agency under the city's bar: a risk indicator, not a sanction. */
export function agencyPp94Card(
	lang: Lang,
	rows: readonly Pp94Counts[],
	agency: AgencyRef,
	year: number
): CardModel {
	const mine = rows.filter((row) => row.agency_code === agency.code || row.agency_code === 'ALL');
	const bars = pp94Bars(mine);
	const own = bars.find((bar) => bar.agency_code === agency.code);
	const city = bars.find((bar) => bar.agency_code === 'ALL');
	return {
		title: own
			? t(lang, 'opd.pp94.title', {
					agency: agency.name,
					share: formatPercent(lang, own.share_at_risk),
					city: city ? formatPercent(lang, city.share_at_risk) : '–',
					year
				})
			: null,
		caption: t(lang, 'opd.pp94.caption', {
			year,
			agency: agency.name,
			n: count(lang, own?.n_employees),
			cityN: count(lang, city?.n_employees)
		}),
		option: pp94Option(mine, { lang }),
		table: pp94Table(bars)
	};
}

/** The readiness card of one agency: its components' z-scores and its place among the agencies. */
export interface AgencyReadinessModel extends CardModel {
	bars: AgencyComponentBar[];
	index: number | null;
}

export function agencyReadinessCard(
	lang: Lang,
	index: readonly ReadinessCounts[],
	components: readonly AgencyComponentCounts[],
	agency: AgencyRef,
	year: number
): AgencyReadinessModel {
	const ranked = readinessBars(index);
	const place = ranked.findIndex((bar) => bar.agency_code === agency.code);
	const own = ranked[place];
	const bars = agencyComponentBars(components, agency.code);
	const vars = own && {
		agency: agency.name,
		year,
		index: formatIndex(lang, own.resistance_index),
		rank: formatNumber(lang, place + 1),
		total: formatNumber(lang, ranked.length)
	};
	return {
		title: !vars
			? null
			: t(
					lang,
					(own?.resistance_index ?? 0) > 0 ? 'opd.ready.title.above' : 'opd.ready.title.below',
					vars
				),
		caption: t(lang, 'opd.ready.caption', { year }),
		option: agencyReadinessOption(bars, { lang }),
		table: agencyComponentTable(bars),
		decal: false,
		bars,
		index: own?.resistance_index ?? null
	};
}
