import { langFromUrl } from '$lib/i18n/index.js';
import { listAudit } from '$lib/server/auth/audit.js';
import { appDb } from '$lib/server/auth/store.js';
import { csvResponse } from '$lib/server/dashboard/csvResponse.js';
import { auditFiltersFromUrl, auditTable } from '../auditFilters.js';
import type { RequestHandler } from './$types';

/** Cap on one export; narrow the dates for more. */
const MAX_ROWS = 100_000;

/** The audit log under the page's filters, newest first, as CSV (admin only: the policy table). */
export const GET: RequestHandler = ({ url }) => {
	const { filters } = auditFiltersFromUrl(url, langFromUrl(url));
	const { rows } = listAudit(appDb(), filters, { limit: MAX_ROWS, offset: 0 });
	return csvResponse(auditTable(rows), 'kinerja-log-audit.csv');
};
