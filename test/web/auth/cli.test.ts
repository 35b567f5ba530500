import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { authenticate, findUser } from '../../../web/lib/server/auth/users.js';
import { openAppDb } from '../../../web/lib/server/auth/store.js';
import { finished, ROOT } from '../../helpers/cli.js';
import { scratch } from '../../helpers/tmp.js';

const dir = scratch('kinerja-users-cli-');
const appDb = `${dir.dir}/app.sqlite`;
afterAll(() => dir.cleanup());

/** `npm run users -- …` as an officer runs it, with `stdin` piped in. */
function users(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}) {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', 'web/lib/server/auth/cli.ts', ...args],
		{
			cwd: ROOT,
			env: { ...process.env, KINERJA_APP_DB: appDb, ...env },
			stdio: ['pipe', 'pipe', 'pipe']
		}
	);
	child.stdin!.end(stdin);
	return finished(child);
}

function audit(action: string) {
	const db = openAppDb(appDb);
	try {
		return db.prepare('select * from audit_log where action = ? order by id').all(action) as {
			target: string;
			detail: string;
		}[];
	} finally {
		db.close();
	}
}

describe('users CLI', () => {
	it('adds a user with the password from stdin, never echoing it', async () => {
		const result = await users(
			['add', '--username', 'siti', '--role', 'bkpsdm'],
			'jam gadang di pagi hari\n'
		);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('siti (bkpsdm)');
		expect(result.stdout + result.stderr).not.toContain('jam gadang');
		const db = openAppDb(appDb);
		try {
			expect(await authenticate(db, 'siti', 'jam gadang di pagi hari', new Date())).toMatchObject({
				ok: true
			});
		} finally {
			db.close();
		}
		expect(audit('user_added').map((row) => row.target)).toContain('siti');
	});

	it('adds an agency head tied to a known agency, and refuses an unknown one', async () => {
		const ok = await users(
			['add', '--username', 'kadis', '--role', 'kepala_opd', '--agency', 'setda'],
			'ngarai sianok sore hari\n'
		);
		expect(ok.code).toBe(0);
		const bad = await users(
			['add', '--username', 'kadis2', '--role', 'kepala_opd', '--agency', 'NOPE'],
			'ngarai sianok sore hari\n'
		);
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('Kode OPD "NOPE" tidak dikenal.');
		expect(bad.stderr).toContain('Unknown agency code "NOPE".');
	});

	it('refuses a password under 12 characters with exit 1 and both languages', async () => {
		const result = await users(['add', '--username', 'ani', '--role', 'pimpinan'], 'pendek\n');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('minimal 12 karakter');
		expect(result.stderr).toContain('at least 12 characters');
		expect(result.stderr).not.toContain('    at ');
	});

	it.each([
		[['add', '--role', 'admin'], '--username'],
		[['add', '--username', 'x1x'], '--role'],
		[['hapus', '--username', 'siti'], 'unknown command'],
		[['list', '--bogus'], 'Unknown option']
	])('exits 2 with the usage for %j', async (args, message) => {
		const result = await users(args);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain('npm run users -- add');
	});

	it('lists users as a table and as JSON, without hashes', async () => {
		const table = await users(['list']);
		expect(table.code).toBe(0);
		expect(table.stdout).toMatch(/^username\s+role\s+agency\s+status/);
		expect(table.stdout).toMatch(/kadis\s+kepala_opd\s+SETDA\s+aktif\/active/);
		const json = await users(['list', '--json']);
		const parsed = JSON.parse(json.stdout) as { username: string; role: string }[];
		expect(parsed.map((u) => [u.username, u.role])).toEqual([
			['kadis', 'kepala_opd'],
			['siti', 'bkpsdm']
		]);
		expect(json.stdout).not.toContain('argon2');
	});

	it('disables a user and resets a password from stdin, recording both', async () => {
		const disabled = await users(['disable', '--username', 'kadis']);
		expect(disabled.code).toBe(0);
		const reset = await users(['reset-password', '--username', 'siti'], 'lembah harau berkabut\n');
		expect(reset.code).toBe(0);
		const db = openAppDb(appDb);
		try {
			expect(findUser(db, 'kadis')?.disabled).toBe(true);
			expect(await authenticate(db, 'siti', 'jam gadang di pagi hari', new Date())).toMatchObject({
				ok: false
			});
			expect(await authenticate(db, 'siti', 'lembah harau berkabut', new Date())).toMatchObject({
				ok: true
			});
		} finally {
			db.close();
		}
		expect(audit('user_disabled').map((row) => row.target)).toEqual(['kadis']);
		expect(audit('password_reset').map((row) => row.target)).toEqual(['siti']);
		expect(audit('password_reset')[0]!.detail).toContain('"via":"cli"');
		const missing = await users(['disable', '--username', 'nobody']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('Pengguna "nobody" tidak ada.');
	});

	it('takes the store from --app-db over KINERJA_APP_DB', async () => {
		const other = `${dir.dir}/other.sqlite`;
		const result = await users(['list', '--json', '--app-db', other]);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual([]);
	});
});
