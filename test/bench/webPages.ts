import type { Db } from '../../pipeline/db/connection.js';
import { agencyProfile, agencyTrend } from '../../web/lib/server/queries/agency.js';
import { dailyPresenceArrow } from '../../web/lib/server/queries/arrow.js';
import {
	attendanceByMonth,
	attendanceByWeekday,
	pp94RiskBands
} from '../../web/lib/server/queries/attendance.js';
import {
	changeReadinessComponents,
	changeReadinessIndex
} from '../../web/lib/server/queries/changeReadiness.js';
import { competencyGapHeatmap, jpHistogram } from '../../web/lib/server/queries/competency.js';
import {
	freshnessByKind,
	latestAppraisalYear,
	latestDataRun,
	loadedFiles,
	loadHistory,
	rejectsByFileAndRule,
	rejectsByReason
} from '../../web/lib/server/queries/dataQuality.js';
import {
	listAgencies,
	listPositionKinds,
	listYears
} from '../../web/lib/server/queries/filters.js';
import { trainingEffectShown } from '../../web/lib/server/queries/feedback.js';
import { agencyComparison, headlineFigures } from '../../web/lib/server/queries/overview.js';
import {
	curveCheck,
	predikatDistribution,
	schemeByYear
} from '../../web/lib/server/queries/performance.js';

/**
 * One measured endpoint: the URL the browser asks for its data, and the query functions its load
 * runs (web/routes/<page>/+page.server.ts and, for `__data.json`, +layout.server.ts), called the same
 * way. Keep `direct` in step with the loads when they change.
 */
export interface WebEndpoint {
	label: string;
	/** The page a person opens (for the first-chart measurement); null for a data-only endpoint. */
	page: ((at: BenchContext) => string) | null;
	url: (at: BenchContext) => string;
	direct: (db: Db, at: BenchContext) => Promise<unknown>;
}

/** The newest year, and the largest agency of it (the heaviest agency page). */
export interface BenchContext {
	year: number;
	agency: string;
}

/** The layout's load: filter options shared by every page (part of every `__data.json`). */
function layout(db: Db): Promise<unknown> {
	return Promise.all([listYears(db), listAgencies(db), listPositionKinds(db)]);
}

function trend(db: Db): Promise<unknown> {
	return Promise.all([predikatDistribution(db, { byAgency: false }), schemeByYear(db)]);
}

const dataUrl =
	(path: string) =>
	({ year }: BenchContext) =>
		`${path === '/' ? '' : path}/__data.json?tahun=${year}`;
const page = (path: string) => () => path;

export const WEB_ENDPOINTS: readonly WebEndpoint[] = [
	{
		label: '/ (Ringkasan)',
		page: page('/'),
		url: dataUrl('/'),
		direct: (db, { year }) =>
			Promise.all([
				layout(db),
				headlineFigures(db, { year }),
				agencyComparison(db, { year }),
				trend(db)
			])
	},
	{
		label: '/kinerja',
		page: page('/kinerja'),
		url: dataUrl('/kinerja'),
		direct: (db, { year }) =>
			Promise.all([
				layout(db),
				predikatDistribution(db, { year, byAgency: true }),
				curveCheck(db, { year }),
				trend(db)
			])
	},
	{
		label: '/kompetensi',
		page: page('/kompetensi'),
		url: dataUrl('/kompetensi'),
		// The bench signs in as pimpinan, who is not shown the individual training-target list.
		direct: (db, { year }) =>
			Promise.all([
				layout(db),
				competencyGapHeatmap(db, {}),
				jpHistogram(db, { year }),
				trainingEffectShown(db, { year })
			])
	},
	{
		label: '/kehadiran',
		page: page('/kehadiran'),
		url: dataUrl('/kehadiran'),
		direct: (db, { year }) =>
			Promise.all([
				layout(db),
				attendanceByMonth(db, { year }),
				attendanceByWeekday(db, { year }),
				pp94RiskBands(db, { year })
			])
	},
	{
		label: '/kesiapan',
		page: page('/kesiapan'),
		url: dataUrl('/kesiapan'),
		direct: (db, { year }) =>
			Promise.all([
				layout(db),
				changeReadinessIndex(db, { year }),
				changeReadinessComponents(db, { year })
			])
	},
	{
		label: 'kehadiran-harian.arrow',
		page: null,
		url: ({ year }) => `/api/kehadiran-harian.arrow?tahun=${year}`,
		direct: (db, { year }) => dailyPresenceArrow(db, { year })
	},
	{
		label: '/opd/<largest>',
		page: ({ agency }) => `/opd/${agency}`,
		url: ({ year, agency }) => `/opd/${agency}/__data.json?tahun=${year}`,
		// web/lib/server/dashboard/agencyData.ts agencyPageData
		direct: (db, { year, agency }) =>
			Promise.all([
				layout(db),
				agencyProfile(db, { agency }),
				agencyTrend(db, { agency }),
				predikatDistribution(db, { byAgency: true }),
				schemeByYear(db),
				curveCheck(db, { year, agency }),
				competencyGapHeatmap(db, {}),
				jpHistogram(db, { year, agency }),
				attendanceByMonth(db, { year, agency }),
				pp94RiskBands(db, { year }),
				changeReadinessIndex(db, { year }),
				changeReadinessComponents(db, { year, agency })
			])
	},
	{
		label: '/data',
		page: null,
		url: ({ year }) => `/data/__data.json?tahun=${year}`,
		// web/lib/server/dashboard/dataPageData.ts dataPageData (no HR role: no rejected rows)
		direct: async (db) => {
			const runs = await loadHistory(db, { limit: 50 });
			const runId = (await latestDataRun(db)) ?? runs[0]?.run_id ?? null;
			const scope = runId === null ? {} : { runId };
			return Promise.all([
				layout(db),
				freshnessByKind(db),
				latestAppraisalYear(db),
				rejectsByReason(db, scope),
				loadedFiles(db, scope),
				rejectsByFileAndRule(db, scope)
			]);
		}
	}
];
