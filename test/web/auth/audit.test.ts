import { isHttpError } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCsv } from '../../../web/lib/csv.js';
import { listAudit, writeAudit, type AuditAction } from '../../../web/lib/server/auth/audit.js';
import { openAppDb, type AppDb } from '../../../web/lib/server/auth/store.js';
import { auditFiltersFromUrl, auditTable } from '../../../web/routes/admin/auditFilters.js';

let db: AppDb;
beforeEach(() => {
	db = openAppDb(':memory:');
});
afterEach(() => db.close());

function entry(at: string, action: AuditAction, username: string | null, target = '/x') {
	writeAudit(db, {
		at: new Date(at),
		username,
		role: username ? 'bkpsdm' : null,
		action,
		target,
		detail: { n: 1 },
		ip: '10.0.0.1',
		userAgent: 'test'
	});
}

describe('writeAudit and listAudit', () => {
	beforeEach(() => {
		// 28 Nov 23:30 WIB is still the 28th in Bukittinggi, though 16:30 UTC.
		entry('2026-11-28T23:30:00+07:00', 'login', 'siti');
		entry('2026-11-29T00:10:00+07:00', 'view_individual', 'siti', '/kompetensi');
		entry('2026-11-29T09:00:00+07:00', 'login_failed', null, 'tamu');
		entry('2026-11-30T08:00:00+07:00', 'logout', 'siti');
	});

	it('lists newest first with the total', () => {
		const { rows, total } = listAudit(db, {});
		expect(total).toBe(4);
		expect(rows.map((row) => row.action)).toEqual([
			'logout',
			'login_failed',
			'view_individual',
			'login'
		]);
		expect(rows[0]).toMatchObject({ ip: '10.0.0.1', user_agent: 'test', detail: '{"n":1}' });
	});

	it('filters by WIB day, user and action', () => {
		const day = listAudit(db, { from: '2026-11-29', to: '2026-11-29' });
		expect(day.rows.map((row) => row.action)).toEqual(['login_failed', 'view_individual']);
		expect(listAudit(db, { to: '2026-11-28' }).rows.map((row) => row.action)).toEqual(['login']);
		expect(listAudit(db, { username: 'siti' }).total).toBe(3);
		expect(listAudit(db, { username: 'siti', action: 'logout' }).total).toBe(1);
		// A filter value is bound, never spliced into SQL.
		expect(listAudit(db, { username: "siti' or '1'='1" }).total).toBe(0);
	});

	it('pages', () => {
		const page2 = listAudit(db, {}, { limit: 3, offset: 3 });
		expect(page2).toMatchObject({ total: 4 });
		expect(page2.rows.map((row) => row.action)).toEqual(['login']);
	});

	it('cuts long values so one request cannot fill the log', () => {
		entry('2026-12-01T08:00:00+07:00', 'bad_input', 'siti', `/kinerja?tahun=${'x'.repeat(5000)}`);
		const [row] = listAudit(db, { action: 'bad_input' }).rows;
		expect(row!.target!.length).toBeLessThanOrEqual(501);
	});
});

describe('auditFiltersFromUrl', () => {
	const parse = (query: string) =>
		auditFiltersFromUrl(new URL(`http://k.test/admin/audit?${query}`), 'id');

	it('reads the filters and the page', () => {
		expect(
			parse('dari=2026-11-01&sampai=2026-11-29&pengguna=Siti&tindakan=login&halaman=3')
		).toEqual({
			filters: { from: '2026-11-01', to: '2026-11-29', username: 'siti', action: 'login' },
			page: 3
		});
		expect(parse('')).toEqual({ filters: {}, page: 1 });
	});

	it.each([
		'dari=29-11-2026',
		'sampai=2026-13-45',
		'tindakan=drop_table',
		'halaman=0',
		'halaman=-1'
	])('answers %s with 400', (query) => {
		try {
			parse(query);
			expect.unreachable();
		} catch (e) {
			expect(isHttpError(e) && e.status).toBe(400);
		}
	});
});

describe('auditTable', () => {
	it('defuses values Excel would run as formulas', () => {
		entry('2026-11-29T09:00:00+07:00', 'login_failed', null, '=HYPERLINK("http://evil","klik")');
		const csv = toCsv(auditTable(listAudit(db, {}).rows));
		expect(csv).toContain(`;"'=HYPERLINK(""http://evil"",""klik"")";`);
		expect(csv).not.toMatch(/;"?=HYPERLINK/);
	});
});
