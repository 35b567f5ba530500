import type { RequestEvent } from '@sveltejs/kit';
import { appDb, type AppDb } from './store.js';

/** What the audit log records (issue #6 item 4); `upload` comes with browser uploads. */
export const AUDIT_ACTIONS = [
	'login',
	'login_failed',
	'locked',
	'rate_limited',
	'logout',
	'user_added',
	'user_disabled',
	'user_enabled',
	'password_reset',
	'view_individual',
	'download_individual',
	'upload',
	'access_denied',
	'csrf_refused',
	'bad_input'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
	at: Date;
	username: string | null;
	role: string | null;
	action: AuditAction;
	target: string | null;
	detail?: Record<string, unknown> | null;
	ip: string | null;
	userAgent: string | null;
}

export interface AuditRow {
	id: number;
	at: string;
	username: string | null;
	role: string | null;
	action: AuditAction;
	target: string | null;
	detail: string | null;
	ip: string | null;
	user_agent: string | null;
}

/** Long values are cut: a log line must not let one request fill the disk. */
const cut = (text: string | null | undefined, max: number) =>
	text == null ? null : text.length > max ? `${text.slice(0, max)}…` : text;

export function writeAudit(db: AppDb, entry: AuditEntry): void {
	db.prepare(
		`insert into audit_log (at, username, role, action, target, detail, ip, user_agent)
		values (?, ?, ?, ?, ?, ?, ?, ?)`
	).run(
		entry.at.toISOString(),
		cut(entry.username, 64),
		entry.role,
		entry.action,
		cut(entry.target, 500),
		entry.detail ? cut(JSON.stringify(entry.detail), 4000) : null,
		cut(entry.ip, 64),
		cut(entry.userAgent, 300)
	);
}

function clientAddress(event: RequestEvent): string | null {
	try {
		return event.getClientAddress();
	} catch {
		return null;
	}
}

/**
 * Records who (the signed-in user, if any) did what to which target, from where. Never throws: a full
 * disk must not turn a page view into a 500; the failure goes to the server log instead.
 */
export function audit(
	event: RequestEvent,
	action: AuditAction,
	target: string | null,
	detail?: Record<string, unknown>
): void {
	const user = event.locals.user;
	try {
		writeAudit(appDb(), {
			at: new Date(),
			username: user?.username ?? null,
			role: user?.role ?? null,
			action,
			target,
			detail,
			ip: clientAddress(event),
			userAgent: event.request.headers.get('user-agent')
		});
	} catch (e) {
		console.error('audit log write failed', action, target, e);
	}
}

export interface AuditFilters {
	/** Inclusive dates (yyyy-mm-dd, WIB). */
	from?: string;
	to?: string;
	username?: string;
	action?: AuditAction;
}

/** WIB day boundaries as UTC instants, so a day in the filter is the city's day. */
const wibStart = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString();
const wibEnd = (day: string) =>
	new Date(new Date(`${day}T00:00:00+07:00`).getTime() + 86_400_000).toISOString();

function where(filters: AuditFilters): { sql: string; params: (string | null)[] } {
	return {
		sql: `(? is null or at >= ?) and (? is null or at < ?)
			and (? is null or username = ?) and (? is null or action = ?)`,
		params: [
			...Array<string | null>(2).fill(filters.from ? wibStart(filters.from) : null),
			...Array<string | null>(2).fill(filters.to ? wibEnd(filters.to) : null),
			...Array<string | null>(2).fill(filters.username ?? null),
			...Array<string | null>(2).fill(filters.action ?? null)
		]
	};
}

/** The newest entries first; `total` counts every match for paging. */
export function listAudit(
	db: AppDb,
	filters: AuditFilters,
	page: { limit: number; offset: number } = { limit: 200, offset: 0 }
): { rows: AuditRow[]; total: number } {
	const { sql, params } = where(filters);
	const total = (
		db.prepare(`select count(*) as n from audit_log where ${sql}`).get(...params) as { n: number }
	).n;
	const rows = db
		.prepare<(string | number | null)[], AuditRow>(
			`select * from audit_log where ${sql} order by id desc limit ? offset ?`
		)
		.all(...params, page.limit, page.offset);
	return { rows, total };
}

export function isAuditAction(value: unknown): value is AuditAction {
	return AUDIT_ACTIONS.includes(value as AuditAction);
}
