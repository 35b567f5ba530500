import { env } from '$env/dynamic/private';
import { warehouse } from '../warehouse.js';
import { buildReport } from './buildReport.js';
import { ReportRunner } from './jobs.js';

/** Groups under this many people are hidden (KINERJA_MIN_GROUP, default 5: as the CLI). */
function minGroup(): number {
	const n = Number(env.KINERJA_MIN_GROUP ?? '5');
	return Number.isInteger(n) && n >= 1 ? n : 5;
}

/**
 * The dashboard's report builder: one at a time, in the server process, on the server's read-only
 * warehouse handle (a second DuckDB instance on the same file in one process is unsafe), writing
 * under KINERJA_REPORT_DIR (default data/report/web).
 */
export const reportRunner = new ReportRunner({
	reportDir: env.KINERJA_REPORT_DIR ?? 'data/report/web',
	build: (options) =>
		buildReport({
			...options,
			minGroup: minGroup(),
			withDb: (fn) => warehouse.use(fn),
			dbLabel: warehouse.path,
			chromium: env.KINERJA_CHROMIUM || undefined
		})
});
