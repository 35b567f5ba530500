import { json } from '@sveltejs/kit';
import { dataVersion } from '$lib/server/dashboard/dataPageData.js';
import type { RequestHandler } from './$types';

/**
 * `{ updatedAt, runId }`: when the warehouse was last replaced and the run behind its data. Cheap (a
 * stat and one max() over etl_runs), polled by FreshnessBanner; never cached, since it exists to change.
 */
export const GET: RequestHandler = async () =>
	json(await dataVersion(), { headers: { 'cache-control': 'no-store' } });
