import type { Db } from '../../../../pipeline/db/connection.js';
import type {
	ChangeReadinessComponentRow,
	ChangeReadinessRow
} from '../queries/changeReadiness.js';
import { changeReadinessComponents, changeReadinessIndex } from '../queries/changeReadiness.js';
import type { CompetencyGapCell, JpBucket } from '../queries/competency.js';
import { competencyGapHeatmap, jpHistogram } from '../queries/competency.js';
import type { AttendancePeriodRow, Pp94BandRow } from '../queries/attendance.js';
import { attendanceByMonth, pp94RiskBands } from '../queries/attendance.js';
import type { AgencyYearFigures } from '../queries/agencyYearFigures.js';
import { loadHistory, rejectsByReason, type LoadRunRow } from '../queries/dataQuality.js';
import { listYears, smallCellMin } from '../queries/filters.js';
import { agencyComparison, headlineFigures, type HeadlineRow } from '../queries/overview.js';
import { reportFeedbackSummary, type FeedbackReportSummary } from '../queries/feedback.js';
import type {
	CurveCheckRow,
	PredikatDistributionRow,
	SchemeYearRow
} from '../queries/performance.js';
import { curveCheck, predikatDistribution, schemeByYear } from '../queries/performance.js';
import {
	reportFiles,
	reportJpCompliance,
	reportSources,
	reportTrainingTargets,
	type ReportFileRow,
	type ReportJpRow,
	type ReportSourceRow,
	type ReportTargetRow
} from '../queries/report.js';
import { satyalancanaEligibleByClass, type SatyalancanaClassCount } from './satyalancanaClasses.js';

/** Rejected rows of one validation rule: counts only (the example messages can quote a NIP). */
export interface RejectCount {
	rule: string;
	severity: string | null;
	n_rows: number;
	n_files: number;
}

/** Everything the report prints, read once from the marts; sections only reshape it. */
export interface ReportData {
	year: number;
	/** Years the warehouse holds any annual figure for. */
	years: number[];
	/** The warehouse's own small-cell minimum (ref_parameters); the report may use a larger one. */
	warehouseMin: number;
	/** When the warehouse was last loaded ('yyyy-mm-dd hh:mm:ss', WIB): the report's date. */
	loadedAt: string | null;
	runs: LoadRunRow[];
	files: ReportFileRow[];
	headline: HeadlineRow[];
	agencies: AgencyYearFigures[];
	predikat: PredikatDistributionRow[];
	trend: PredikatDistributionRow[];
	schemes: SchemeYearRow[];
	curve: CurveCheckRow[];
	jp: ReportJpRow[];
	jpBuckets: JpBucket[];
	gaps: CompetencyGapCell[];
	targets: ReportTargetRow[];
	attendanceMonths: AttendancePeriodRow[];
	pp94: Pp94BandRow[];
	readiness: ChangeReadinessRow[];
	components: ChangeReadinessComponentRow[];
	sources: ReportSourceRow[];
	rejects: RejectCount[];
	/** Feedback coverage, plan follow-through and awards (issue #7): aggregates only. */
	feedback: FeedbackReportSummary;
	satyalancanaClasses: SatyalancanaClassCount[];
}

/** Thrown when the warehouse has nothing for the year asked; names the years it has. */
export class NoDataForYearError extends Error {
	constructor(
		readonly year: number,
		readonly years: readonly number[]
	) {
		super(`No data for ${year}; the warehouse holds ${years.join(', ') || 'no year'}`);
		this.name = 'NoDataForYearError';
	}
}

/** Reads every figure of the report for `year` through the typed query functions. */
export async function collectReport(db: Db, params: { year: number }): Promise<ReportData> {
	const years = (await listYears(db)).map((row) => row.year);
	const { year } = params;
	if (!years.includes(year)) throw new NoDataForYearError(year, years);
	const runs = await loadHistory(db, { limit: 10000 });
	const hasReadiness = await db.one<{ n: number }>(
		'select count(*)::integer as n from agg_change_readiness_agency_year where year = $year',
		{ year }
	);
	// One connection: DuckDB runs these one after another anyway, and the order stays fixed.
	const data: ReportData = {
		year,
		years,
		warehouseMin: await smallCellMin(db),
		loadedAt:
			runs
				.filter((run) => run.status === 'done' && run.finished_at !== null)
				.map((run) => run.finished_at as string)
				.sort()
				.at(-1) ?? null,
		runs: [...runs].sort((a, b) => a.run_id - b.run_id),
		files: await reportFiles(db),
		headline: await headlineFigures(db, { year }),
		agencies: await agencyComparison(db, { year }),
		predikat: await predikatDistribution(db, { year, byAgency: true }),
		trend: await predikatDistribution(db, { byAgency: false }),
		schemes: await schemeByYear(db),
		curve: await curveCheck(db, { year }),
		jp: await reportJpCompliance(db, { year }),
		jpBuckets: await jpHistogram(db, { year }),
		gaps: await competencyGapHeatmap(db, {}),
		targets: await reportTrainingTargets(db),
		attendanceMonths: await attendanceByMonth(db, { year }),
		pp94: await pp94RiskBands(db, { year }),
		readiness: hasReadiness?.n ? await changeReadinessIndex(db, { year }) : [],
		components: hasReadiness?.n ? await changeReadinessComponents(db, { year }) : [],
		sources: await reportSources(db),
		rejects: (await rejectsByReason(db)).map((row) => ({
			rule: row.rule,
			severity: row.severity,
			n_rows: row.n_rows,
			n_files: row.n_files
		})),
		feedback: await reportFeedbackSummary(db, { year }),
		satyalancanaClasses: await satyalancanaEligibleByClass(db, { year })
	};
	return data;
}
