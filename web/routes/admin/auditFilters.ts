import { error } from '@sveltejs/kit';
import { t, type Lang } from '$lib/i18n/index.js';
import { isAuditAction, type AuditFilters, type AuditRow } from '$lib/server/auth/audit.js';
import type { DataTable } from '$lib/csv.js';

export const PAGE_SIZE = 100;

function day(url: URL, name: string, lang: Lang): string | undefined {
	const value = url.searchParams.get(name);
	if (!value) return undefined;
	const valid = /^\d{4}-\d\d-\d\d$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
	if (!valid) error(400, t(lang, 'admin.audit.badDate', { value }));
	return value;
}

/** The log page's URL filters (`dari`, `sampai`, `pengguna`, `tindakan`, `halaman`); bad values are a 400. */
export function auditFiltersFromUrl(url: URL, lang: Lang): { filters: AuditFilters; page: number } {
	const action = url.searchParams.get('tindakan') || undefined;
	if (action !== undefined && !isAuditAction(action))
		error(400, t(lang, 'admin.audit.badAction', { value: action }));
	const username = url.searchParams.get('pengguna')?.trim() || undefined;
	if (username !== undefined && username.length > 64) error(400, t(lang, 'admin.audit.badUser'));
	const pageText = url.searchParams.get('halaman');
	if (pageText !== null && !/^[1-9]\d{0,5}$/.test(pageText))
		error(400, t(lang, 'admin.audit.badPage', { value: pageText }));
	return {
		filters: {
			from: day(url, 'dari', lang),
			to: day(url, 'sampai', lang),
			username: username?.toLowerCase(),
			action
		},
		page: pageText ? Number(pageText) : 1
	};
}

/**
 * A value that Excel would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe:
 * usernames and URLs in the log are typed by strangers.
 */
const inert = (text: string | null) =>
	text && /^[=+\-@\t\r]/.test(text) ? `'${text}` : (text ?? '');

export function auditTable(rows: readonly AuditRow[]): DataTable {
	return {
		columns: [
			'id',
			'waktu',
			'pengguna',
			'peran',
			'tindakan',
			'sasaran',
			'rincian',
			'alamat_ip',
			'peramban'
		],
		rows: rows.map((row) => [
			row.id,
			row.at,
			inert(row.username),
			inert(row.role),
			row.action,
			inert(row.target),
			inert(row.detail),
			inert(row.ip),
			inert(row.user_agent)
		])
	};
}
