import { langFromUrl } from '$lib/i18n/index.js';
import { AUDIT_ACTIONS, listAudit } from '$lib/server/auth/audit.js';
import { appDb } from '$lib/server/auth/store.js';
import { auditFiltersFromUrl, PAGE_SIZE } from '../auditFilters.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const { filters, page } = auditFiltersFromUrl(url, langFromUrl(url));
	const { rows, total } = listAudit(appDb(), filters, {
		limit: PAGE_SIZE,
		offset: (page - 1) * PAGE_SIZE
	});
	return { rows, total, page, pageSize: PAGE_SIZE, filters, actions: [...AUDIT_ACTIONS] };
};
