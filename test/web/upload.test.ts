import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Handle } from '@sveltejs/kit';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, type Db } from '../../pipeline/db/connection.js';
import type { FileResult, RunSummary } from '../../pipeline/types.js';
import type { UploadResponse } from '../../web/lib/client/uploadContract.js';
import { runPipeline } from '../helpers/cli.js';
import { scratch } from '../helpers/tmp.js';
import { fakeEvent } from './auth/fakeEvent.js';
import { attendance, dataWarehouse, MANGLED_NIP, STAFF } from './dataPageFixture.js';

/**
 * POST /data/unggah through the real hook (policy, CSRF) into a real warehouse: a messy export's
 * rejects come back and its good rows load, with the same counts as the CLI gives for the same file;
 * the limits (type, size, role, CSRF, one load at a time) and the audit log.
 */
vi.mock('$env/dynamic/private', () => ({ env: process.env }));

const tmp = scratch('kinerja-upload-');
const UPLOAD_DIR = join(tmp.dir, 'a', 'b', 'unggahan');
process.env.KINERJA_APP_DB = join(tmp.dir, 'app.sqlite');
process.env.KINERJA_UPLOAD_DIR = UPLOAD_DIR;
delete process.env.KINERJA_UPLOAD_MAX_MB;

const PASSWORD = 'jam gadang di pagi hari';
type Who = 'siti' | 'walikota' | 'kadis';

let fixture: Awaited<ReturnType<typeof dataWarehouse>>;
let cliCopy: string;
let handle: Handle;
let POST: (event: never) => Promise<Response>;
let rejectsCsv: (event: never) => Promise<Response>;
let pageLoad: (event: never) => Promise<unknown>;
let store: typeof import('../../web/lib/server/auth/store.js');
let lock: typeof import('../../web/lib/server/upload/uploadLock.js');
let reader: (typeof import('../../web/lib/server/warehouse.js'))['warehouse'];
const sessions = {} as Record<Who, { token: string; csrf: string }>;

/**
 * A presence export as offices send them: a report title above the header, four rows with one
 * defect each (dataPageFixture), an Excel-mangled NIP and an exact duplicate line.
 */
const MESSY_REJECTS = { date_invalid: 1, time_invalid: 2, unknown_code: 1, nip_excel_mangled: 1 };
function messyAttendance(): Uint8Array {
	const lines = attendance(2025, true).trimEnd().split('\n');
	const good = lines[1]!;
	const mangled = good.replace(STAFF[0]!.nip, MANGLED_NIP).replace('02/01', '07/01');
	const text = ['REKAP PRESENSI SEKRETARIAT DAERAH 2025;;;;;;;', ...lines, mangled, good, ''];
	return new TextEncoder().encode(text.join('\r\n'));
}

beforeAll(async () => {
	fixture = await dataWarehouse();
	process.env.KINERJA_DB = fixture.path;
	// The CLI's copy, taken before any upload: both loads start from the same warehouse.
	cliCopy = join(tmp.dir, 'cli.duckdb');
	copyFileSync(fixture.path, cliCopy);
	store = await import('../../web/lib/server/auth/store.js');
	const users = await import('../../web/lib/server/auth/users.js');
	const { createSession, sessionLimits } = await import('../../web/lib/server/auth/sessions.js');
	({ handle } = await import('../../web/hooks.server.js'));
	POST = (await import('../../web/routes/data/unggah/+server.js')).POST as never;
	rejectsCsv = (await import('../../web/routes/data/unduh/ditolak.csv/+server.js')).GET as never;
	pageLoad = (await import('../../web/routes/data/+page.server.js')).load as never;
	lock = await import('../../web/lib/server/upload/uploadLock.js');
	reader = (await import('../../web/lib/server/warehouse.js')).warehouse;
	const db = store.appDb();
	for (const [username, role, agencyCode] of [
		['siti', 'bkpsdm', null],
		['walikota', 'pimpinan', null],
		['kadis', 'kepala_opd', 'SETDA']
	] as const) {
		const user = await users.addUser(
			db,
			{ username, role, agencyCode, password: PASSWORD },
			{ now: new Date() }
		);
		const { token, session } = createSession(db, user, new Date(), sessionLimits());
		sessions[username] = { token, csrf: session.csrf };
	}
}, 120_000);

afterAll(() => {
	reader?.close();
	fixture?.cleanup();
	tmp.cleanup();
});

interface Sent {
	response: Response;
	/** Whether the hook let the request reach the endpoint. */
	resolved: boolean;
	json: () => Promise<UploadResponse & { message?: string }>;
}

/** A browser's upload as the page sends it: raw body, name and token in headers. */
async function upload(
	who: Who,
	name: string,
	body: Uint8Array,
	options: { csrf?: boolean; headers?: Record<string, string>; rawName?: boolean } = {}
): Promise<Sent> {
	const headers: Record<string, string> = {
		'content-type': 'application/octet-stream',
		accept: 'application/json',
		'x-file-name': options.rawName ? name : encodeURIComponent(name),
		...(options.csrf === false ? {} : { 'x-csrf-token': sessions[who].csrf }),
		...options.headers
	};
	const event = fakeEvent({
		method: 'POST',
		path: '/data/unggah',
		routeId: '/data/unggah',
		cookies: { kinerja_sesi: sessions[who].token },
		headers,
		ip: '10.6.6.6'
	});
	(event as { request: Request }).request = new Request(event.url, {
		method: 'POST',
		headers,
		body: body as Uint8Array<ArrayBuffer>
	});
	let resolved = false;
	const response = await handle({
		event,
		resolve: async (e) => {
			resolved = true;
			return POST(e as never);
		}
	});
	return { response, resolved, json: () => response.clone().json() };
}

function auditRows(action: string): { username: string; target: string | null; detail: string }[] {
	return store
		.appDb()
		.prepare('select * from audit_log where action = ? order by id')
		.all(action) as never;
}

const uploads = () => (existsSync(UPLOAD_DIR) ? readdirSync(UPLOAD_DIR).sort() : []);
const COUNTS = [
	'kind',
	'status',
	'rowsRead',
	'rowsLoaded',
	'rowsRejected',
	'rowsDuplicate'
] as const;
const counts = (file: FileResult) => Object.fromEntries(COUNTS.map((key) => [key, file[key]]));
const rows = <T extends object>(sql: string, params?: Record<string, number>) =>
	reader.use((db: Db) => db.all<T>(sql, params));

describe('POST /data/unggah: a messy export', () => {
	let first: UploadResponse;
	const bytes = messyAttendance();

	it('loads the good rows, returns the rejects with reasons, as the CLI would', async () => {
		const sent = await upload('siti', 'presensi_setda_2025.csv', bytes);
		expect(sent.response.status).toBe(200);
		first = await sent.json();
		expect(first.files).toHaveLength(1);
		const [file] = first.files;
		expect(file).toMatchObject({ kind: 'attendance', status: 'loaded', rowsDuplicate: 1 });
		expect(file!.rowsRejected).toBe(5);
		expect(file!.rowsRead).toBe(file!.rowsLoaded + file!.rowsRejected + file!.rowsDuplicate);
		expect(file!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));

		// The same file by the CLI into a copy of the warehouse as it was before the upload.
		const cliFile = join(tmp.dir, 'cli', 'presensi_setda_2025.csv');
		mkdirSync(join(tmp.dir, 'cli'), { recursive: true });
		writeFileSync(cliFile, bytes);
		const cli = await runPipeline(['load', '--json', '--db', cliCopy, cliFile]);
		expect(cli.code, cli.stderr).toBe(0);
		const summary = JSON.parse(cli.stdout) as RunSummary;
		expect(counts(file!)).toEqual(counts(summary.files[0]!));
		expect(file!.rowsReplaced).toBe(summary.files[0]!.rowsReplaced);
		expect(first.runId).toBe(summary.runId);

		// The rejects the page shows: the known defects, each with line, column, value and message.
		expect(first.rejects).toHaveLength(1);
		const shown = first.rejects[0]!;
		const byRule: Record<string, number> = {};
		for (const row of shown.rows) byRule[row.rule] = (byRule[row.rule] ?? 0) + 1;
		expect(byRule).toEqual(MESSY_REJECTS);
		expect(shown.total).toBe(5);
		const mangled = shown.rows.find((row) => row.rule === 'nip_excel_mangled')!;
		expect(mangled).toMatchObject({ line: 19, value: MANGLED_NIP });
		expect(mangled.message).toMatch(/Excel/);
		const copy = await openDb(cliCopy, { readOnly: true });
		try {
			const cliRejects = await copy.all<{ line: number; rule: string; column_name: string }>(
				`select line::integer as line, rule, column_name from etl_rejects
				where run_id = $run order by line, column_name, rule`,
				{ run: summary.runId }
			);
			expect(
				shown.rows.map(({ line, rule, column_name }) => ({ line, rule, column_name }))
			).toEqual(cliRejects);
		} finally {
			copy.close();
		}
	}, 120_000);

	it('swapped the new warehouse in: the dashboard reads the loaded rows', async () => {
		const fileId = first.rejects[0]!.fileId;
		const [loaded] = await rows<{ n: number }>(
			'select count(*)::integer as n from raw_attendance where _file_id = $file',
			{ file: fileId }
		);
		expect(loaded!.n).toBe(first.files[0]!.rowsLoaded);
	});

	it('kept the file under a name the server chose, and wrote the audit entry', () => {
		expect(uploads()).toEqual([first.upload.storedAs]);
		expect(first.upload.storedAs).toMatch(/^\d{8}-\d{6}-[0-9a-f]{12}\.csv$/);
		expect(first.upload).toMatchObject({ name: 'presensi_setda_2025.csv', bytes: bytes.length });
		expect(readFileSync(join(UPLOAD_DIR, first.upload.storedAs!))).toEqual(Buffer.from(bytes));
		const entry = auditRows('upload').at(-1)!;
		expect(entry).toMatchObject({ username: 'siti', target: 'presensi_setda_2025.csv' });
		expect(JSON.parse(entry.detail)).toMatchObject({
			sha256: first.upload.sha256,
			runId: first.runId,
			status: 'loaded',
			rowsLoaded: first.files[0]!.rowsLoaded,
			rowsRejected: 5,
			storedAs: first.upload.storedAs
		});
	});

	it('offers the rejects as CSV through the Data page’s endpoint, whole rows included', async () => {
		const { fileId } = first.rejects[0]!;
		const event = {
			url: new URL(`http://localhost/data/unduh/ditolak.csv?berkas=${fileId}`),
			locals: {
				user: { id: 1, username: 'siti', role: 'bkpsdm', agencyCode: null },
				individual: false
			}
		};
		const response = await rejectsCsv(event as never);
		expect(response.status).toBe(200);
		const text = (await response.text()).replace(/^\uFEFF/, '');
		const csv = Papa.parse<Record<string, string>>(text, {
			header: true,
			delimiter: ';',
			skipEmptyLines: true
		}).data;
		expect(csv).toHaveLength(5);
		expect(csv.find((row) => row.aturan === 'nip_excel_mangled')?.data_baris).toContain(
			MANGLED_NIP
		);
	});

	it('changes nothing when the same file comes again, and keeps no second copy', async () => {
		const again = await upload('siti', 'presensi_setda_2025 (1).csv', bytes);
		expect(again.response.status).toBe(200);
		const body = await again.json();
		expect(body.files[0]).toMatchObject({ status: 'unchanged', rowsLoaded: 0, rowsRejected: 0 });
		expect(body.rejects).toEqual([]);
		expect(body.upload.storedAs).toBeNull();
		expect(uploads()).toEqual([first.upload.storedAs]);
		expect(JSON.parse(auditRows('upload').at(-1)!.detail)).toMatchObject({ status: 'unchanged' });
	}, 120_000);
});

describe('POST /data/unggah: limits', () => {
	const small = new TextEncoder().encode('NIP;Nama\n1;A\n');

	it('refuses other file types with 415, before writing anything', async () => {
		const before = uploads();
		for (const name of ['laporan.pdf', 'pegawai.xls', 'tanpa-ekstensi']) {
			const sent = await upload('siti', name, small);
			expect(sent.response.status, name).toBe(415);
			expect((await sent.json()).message).toMatch(/\.csv, \.txt, \.xlsx atau \.dat/);
		}
		expect(uploads()).toEqual(before);
		expect(JSON.parse(auditRows('upload').at(-1)!.detail)).toMatchObject({ refused: 415 });
	});

	it('refuses a body over KINERJA_UPLOAD_MAX_MB with 413, by its length or while streaming', async () => {
		const before = uploads();
		process.env.KINERJA_UPLOAD_MAX_MB = '0.01';
		try {
			const big = new Uint8Array(20_000).fill(0x41);
			// Sent without a length (as a chunked body is): the stream is counted and cut.
			const streamed = await upload('siti', 'besar.csv', big);
			expect(streamed.response.status).toBe(413);
			expect((await streamed.json()).message).toMatch(/batas 0,01 MB/);
			const declared = await upload('siti', 'besar.csv', big, {
				headers: { 'content-length': String(big.length) }
			});
			expect(declared.response.status).toBe(413);
		} finally {
			delete process.env.KINERJA_UPLOAD_MAX_MB;
		}
		expect(uploads()).toEqual(before);
	});

	it('refuses a request without the CSRF token (403) before the endpoint runs', async () => {
		const sent = await upload('siti', 'presensi.csv', small, { csrf: false });
		expect(sent.response.status).toBe(403);
		expect(sent.resolved).toBe(false);
		expect(auditRows('csrf_refused').at(-1)).toMatchObject({ target: '/data/unggah' });
	});

	it.each(['walikota', 'kadis'] as const)('refuses %s (not bkpsdm) with 403', async (who) => {
		const sent = await upload(who, 'presensi.csv', small);
		expect(sent.response.status).toBe(403);
		expect(sent.resolved).toBe(false);
		expect(auditRows('access_denied').at(-1)).toMatchObject({ username: who });
	});

	it('gives the upload section to bkpsdm only', async () => {
		const page = async (who: Who, role: string) =>
			(await pageLoad({
				url: new URL('http://localhost/data'),
				locals: { user: { id: 1, username: who, role, agencyCode: null }, individual: false }
			} as never)) as { upload: { maxMb: number } | null };
		expect((await page('siti', 'bkpsdm')).upload).toEqual({ maxMb: 100 });
		expect((await page('walikota', 'pimpinan')).upload).toBeNull();
		expect((await page('kadis', 'admin')).upload).toBeNull();
	});

	it('answers 409 while a load runs, in this server or in another process', async () => {
		const release = lock.tryUploadLock('test')!;
		try {
			const sent = await upload('siti', 'presensi.csv', small);
			expect(sent.response.status).toBe(409);
			expect((await sent.json()).message).toBe('Sedang ada pemuatan, coba lagi sebentar lagi.');
		} finally {
			release();
		}
		// A CLI load holds the warehouse's lock file with its (live) PID: this test process's.
		const before = uploads();
		writeFileSync(`${fixture.path}.lock`, String(process.pid));
		try {
			const sent = await upload('siti', 'presensi_2.csv', attendanceBytes(2023));
			expect(sent.response.status).toBe(409);
		} finally {
			rmSync(`${fixture.path}.lock`, { force: true });
		}
		expect(uploads()).toEqual(before);
		expect(lock.uploadLockHolder()).toBeNull();
	}, 120_000);

	it('never takes a path from the name: ../../x.csv is stored in the upload folder', async () => {
		const before = uploads();
		const sent = await upload('siti', '../../x_2022.csv', attendanceBytes(2022));
		expect(sent.response.status).toBe(200);
		const body = await sent.json();
		expect(body.upload.name).toBe('x_2022.csv');
		expect(uploads()).toEqual([...before, body.upload.storedAs!].sort());
		expect(existsSync(join(UPLOAD_DIR, '../../x_2022.csv'))).toBe(false);
		expect(existsSync(join(tmp.dir, 'x_2022.csv'))).toBe(false);
		expect(readdirSync(join(tmp.dir, 'a'))).toEqual(['b']);
		// Names as a client might send them, encoded or not: reduced to a base name before any use.
		for (const [name, raw, base] of [
			['..\\..\\y.csv', false, 'y.csv'],
			['%2e%2e%2fz.csv', true, 'z.csv'],
			['%2e%2e%2fz.csv', false, '%2e%2e%2fz.csv'],
			['/etc/passwd.csv', false, 'passwd.csv']
		] as const) {
			const other = await upload('siti', name, small, {
				rawName: raw,
				headers: { 'x-as-of': 'bukan' }
			});
			// Refused for its malformed date, after the name was reduced.
			expect(other.response.status).toBe(400);
			expect(auditRows('upload').at(-1)!.target).toBe(base);
		}
		expect(readdirSync(join(tmp.dir, 'a'))).toEqual(['b']);
	}, 120_000);
});

describe('POST /data/unggah: what the original name tells', () => {
	const roster = (staff: typeof STAFF) =>
		new TextEncoder().encode(
			[
				'NIP;Nama Pegawai;OPD;Status;JK;Tgl Lahir;Pangkat/Gol;Jabatan;Jenis Jabatan;Eselon;Pendidikan Terakhir',
				...staff.map(
					(s) => `${s.nip};${s.name};Setdako;PNS;L;01/01/1980;IIIa;Analis;Fungsional;;S-1`
				),
				''
			].join('\n')
		);
	const asOfOf = async (fileId: number) =>
		(
			await rows<{ as_of: string }>(
				`select strftime(as_of, '%Y-%m-%d') as as_of from etl_files where file_id = $file`,
				{ file: fileId }
			)
		)[0]?.as_of;
	const fileIdOf = async (runId: number) =>
		(
			await rows<{ file_id: number }>(
				'select file_id::integer as file_id from etl_files where run_id = $run',
				{ run: runId }
			)
		)[0]!.file_id;

	it('takes a roster’s date from its original name, or from the form, never from the stored name', async () => {
		const named = await (await upload('siti', 'pegawai_2025-06-30.csv', roster(STAFF))).json();
		expect(named.files[0]).toMatchObject({ kind: 'roster', status: 'loaded' });
		expect(named.upload).toMatchObject({ asOf: '2025-06-30', asOfFrom: 'name' });
		expect(await asOfOf(await fileIdOf(named.runId))).toBe('2025-06-30');

		const field = await (
			await upload('siti', 'pegawai.csv', roster(STAFF.slice(0, 5)), {
				headers: { 'x-as-of': '2025-09-30' }
			})
		).json();
		expect(field.upload).toMatchObject({ asOf: '2025-09-30', asOfFrom: 'field' });
		expect(await asOfOf(await fileIdOf(field.runId))).toBe('2025-09-30');
	}, 120_000);

	it('takes a punch log’s agency from its original name, and refuses an unknown one', async () => {
		const log = new TextEncoder().encode('    1\t2025-11-03 07:31:05\t0\t1\t0\n');
		const sent = await (await upload('siti', 'attlog_SETDA_2025.dat', log)).json();
		expect(sent.files[0]).toMatchObject({ kind: 'punches' });
		expect(sent.upload.device).toBe('SETDA');
		const unknown = await upload('siti', 'attlog.dat', log, { headers: { 'x-device': 'NOPE' } });
		expect(unknown.response.status).toBe(400);
		expect((await unknown.json()).message).toMatch(/NOPE/);
	}, 120_000);
});

/** A small valid attendance export for `year` (a distinct file per year). */
function attendanceBytes(year: number): Uint8Array {
	return new TextEncoder().encode(attendance(year, false));
}
