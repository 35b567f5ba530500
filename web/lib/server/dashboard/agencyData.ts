import { error, type RequestEvent } from '@sveltejs/kit';
import type { DataTable } from '$lib/csv.js';
import { langFromUrl, type Lang } from '$lib/i18n/index.js';
import { decide } from '../auth/policy.js';
import type { AuthUser } from '../auth/users.js';
import { agencyProfile, agencyTrend, type AgencyProfileRow } from '../queries/agency.js';
import { attendanceByMonth, pp94RiskBands } from '../queries/attendance.js';
import { awardCandidates } from '../queries/awards.js';
import { changeReadinessComponents, changeReadinessIndex } from '../queries/changeReadiness.js';
import { competencyGapHeatmap, jpHistogram } from '../queries/competency.js';
import { curveCheck, predikatDistribution, schemeByYear } from '../queries/performance.js';
import { hrViewsEnabled, targetsData } from './competencyData.js';
import { csvResponse } from './csvResponse.js';
import { filtersFromUrl, runQuery, warehouseReady, type UrlFilters } from './query.js';
import { resolveYear } from './resolveYear.js';

/** The page's employee filters with its (resolved) year; the agency travels separately. */
export type AgencyFilters = Omit<UrlFilters, 'agency'> & { year: number };

const own = (agency: string) => (row: { agency_code: string }) =>
	row.agency_code === agency || row.agency_code === 'ALL';

/** The agency itself; an unknown code is a 404 whose message is in the page's language. */
export async function agencyHeader(lang: Lang, agency: string): Promise<AgencyProfileRow> {
	const [row] = await runQuery(lang, (db) => agencyProfile(db, { agency }));
	// agencyProfile has already refused an unknown code with its message; this satisfies the type.
	if (!row) error(404, agency);
	return row;
}

/** Headline figures of the agency and the city for every year (change from last year, city beside). */
export async function agencyFiguresData(lang: Lang, agency: string, filters: AgencyFilters) {
	const { year: _year, ...rest } = filters;
	return runQuery(lang, (db) => agencyTrend(db, { ...rest, agency }));
}

/**
 * Predikat counts of the agency and the city for every year (the trend, and the distribution of the
 * year shown), with the first year of the newest scheme.
 */
export async function agencyPredikatData(lang: Lang, agency: string, filters: AgencyFilters) {
	const { year: _year, ...rest } = filters;
	return runQuery(lang, async (db) => {
		const [rows, schemes] = await Promise.all([
			predikatDistribution(db, { ...rest, byAgency: true }),
			schemeByYear(db)
		]);
		const change = schemes.filter((row) => row.is_change_year).at(-1)?.year ?? null;
		return { rows: rows.filter(own(agency)), schemeChangeYear: change };
	});
}

/** The SE MenPANRB 3/2023 curve check of the agency's year (agency and year only). */
export async function agencyCurveData(lang: Lang, agency: string, year: number) {
	const rows = await runQuery(lang, (db) => curveCheck(db, { year, agency }));
	return rows[0] ?? null;
}

/** The agency's row of the competency heatmap and the city's (latest assessments: no year). */
export async function agencyGapData(lang: Lang, agency: string, filters: AgencyFilters) {
	const { year: _year, ...rest } = filters;
	const rows = await runQuery(lang, (db) => competencyGapHeatmap(db, rest));
	return rows.filter(own(agency));
}

export async function agencyJpData(lang: Lang, agency: string, filters: AgencyFilters) {
	return runQuery(lang, (db) => jpHistogram(db, { ...filters, agency }));
}

export async function agencyMonthData(lang: Lang, agency: string, filters: AgencyFilters) {
	return runQuery(lang, (db) => attendanceByMonth(db, { ...filters, agency }));
}

/** PP 94/2021 bands of the agency and of the city under the same filters. */
export async function agencyPp94Data(lang: Lang, agency: string, filters: AgencyFilters) {
	const rows = await runQuery(lang, (db) => pp94RiskBands(db, filters));
	return rows.filter(own(agency));
}

/**
 * The index of every agency (the agency's place among them) and the agency's components with the
 * city means. Agency-level only: the employee filters do not apply.
 */
export async function agencyReadinessData(lang: Lang, agency: string, year: number) {
	return runQuery(lang, async (db) => {
		const [index, components] = await Promise.all([
			changeReadinessIndex(db, { year }),
			changeReadinessComponents(db, { year, agency })
		]);
		return { index, components };
	});
}

/**
 * The agency's staff lists (individual-level): its training targets (no NIP) and its award
 * candidates of the year. Only when `hrViewsEnabled` allows — BKPSDM, or the head of this agency —
 * which also marks the request for the audit log; everyone else gets `{ allowed: false }` and no rows.
 */
export async function agencyStaffData(
	event: RequestEvent,
	lang: Lang,
	agency: string,
	filters: AgencyFilters
) {
	if (!hrViewsEnabled(event, agency)) return { allowed: false } as const;
	const [targets, candidates] = await Promise.all([
		targetsData(event, lang, filters, { agency }),
		runQuery(lang, (db) => awardCandidates(db, { year: filters.year, agency }))
	]);
	return { allowed: true, targets, candidates } as const;
}

/**
 * The agencies whose page `user` may open, for the agency picker: every one for the city-wide roles,
 * its own only for a kepala_opd (the same decision the hook makes for `/opd/[kode]`).
 */
export function openableAgencies<T extends { agency_code: string }>(
	user: AuthUser | null,
	agencies: readonly T[]
): T[] {
	return agencies.filter(
		(agency) =>
			decide(user, {
				routeId: '/opd/[kode]',
				params: { kode: agency.agency_code },
				url: new URL(`http://local/opd/${encodeURIComponent(agency.agency_code)}`)
			}).kind === 'allow'
	);
}

/** Everything the agency page draws for the URL's filters; null year when the warehouse has none. */
export async function agencyPageData(event: RequestEvent, lang: Lang, agency: string) {
	const profile = await agencyHeader(lang, agency);
	const urlFilters = filtersFromUrl(event.url, lang);
	const year = await resolveYear(lang, urlFilters);
	if (year === null) return { profile, year: null } as const;
	const filters = { ...urlFilters, year };
	const [figures, predikat, curve, gap, jp, months, pp94, readiness, staff] = await Promise.all([
		agencyFiguresData(lang, agency, filters),
		agencyPredikatData(lang, agency, filters),
		agencyCurveData(lang, agency, year),
		agencyGapData(lang, agency, filters),
		agencyJpData(lang, agency, filters),
		agencyMonthData(lang, agency, filters),
		agencyPp94Data(lang, agency, filters),
		agencyReadinessData(lang, agency, year),
		agencyStaffData(event, lang, profile.agency_code, filters)
	]);
	return { profile, year, figures, predikat, curve, gap, jp, months, pp94, readiness, staff };
}

/**
 * A CSV download of one chart of the agency page, under `/opd/<kode>/unduh/` (so access control can
 * scope it by the code): the same filters, year and table function as the page.
 */
export async function agencyCsv(
	url: URL,
	agency: string,
	name: string,
	table: (lang: Lang, profile: AgencyProfileRow, filters: AgencyFilters) => Promise<DataTable>
): Promise<Response> {
	if (!warehouseReady()) error(404, 'Belum ada data / No data yet');
	const lang = langFromUrl(url);
	const profile = await agencyHeader(lang, agency);
	const urlFilters = filtersFromUrl(url, lang);
	const year = await resolveYear(lang, urlFilters);
	if (year === null) error(404, 'Belum ada data / No data yet');
	const rows = await table(lang, profile, { ...urlFilters, year });
	return csvResponse(rows, `kinerja-${profile.agency_code.toLowerCase()}-${name}-${year}.csv`);
}
