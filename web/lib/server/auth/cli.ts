/**
 * `npm run users -- add|list|disable|enable|reset-password …`: accounts from the server's terminal
 * (README "Accounts and roles"). Passwords come from stdin, never from arguments (they would sit in
 * the shell history and the process list). Exit codes as the pipeline CLI: 0 done, 1 refused, 2 usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { writeAudit, type AuditAction } from './audit.js';
import { passwordInput, type PasswordInput } from './readPassword.js';
import { appDbPath, openAppDb, type AppDb } from './store.js';
import {
	addUser,
	disableUser,
	enableUser,
	listUsers,
	resetPassword,
	UserError,
	type User
} from './users.js';

export const USAGE = `Kinerja — akun pengguna / user accounts

Pemakaian / Usage:
  npm run users -- add --username U --role ROLE [--agency KODE]   (kata sandi dari stdin / password on stdin)
  npm run users -- list [--json]
  npm run users -- disable --username U
  npm run users -- enable --username U
  npm run users -- reset-password --username U                    (kata sandi dari stdin / password on stdin)

  --role ROLE     pimpinan | kepala_opd | bkpsdm | admin
  --agency KODE   kode OPD, wajib untuk kepala_opd / agency code, required for kepala_opd
  --app-db PATH   basis data aplikasi / app store (default: $KINERJA_APP_DB or data/app.sqlite)

Kode keluar / exit codes: 0 selesai / done, 1 ditolak / refused, 2 salah pemakaian / usage error.
`;

class UsageError extends Error {}

export interface CliIo {
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	passwords: PasswordInput;
	now: () => Date;
}

const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** Agency codes a kepala_opd may be tied to: the reference list the pipeline loads. */
function referenceAgencies(): string[] | undefined {
	const path = `${root}data/reference/agencies.csv`;
	if (!existsSync(path)) return undefined;
	const parsed = Papa.parse<{ code: string }>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	return parsed.data.map((row) => row.code);
}

function record(db: AppDb, action: AuditAction, target: string, detail?: Record<string, unknown>) {
	let who = 'unknown';
	try {
		who = userInfo().username;
	} catch {
		// no passwd entry (containers)
	}
	writeAudit(db, {
		at: new Date(),
		username: null,
		role: null,
		action,
		target,
		detail: { ...detail, via: 'cli', os_user: who },
		ip: null,
		userAgent: 'kinerja users CLI'
	});
}

async function newPassword(io: CliIo, username: string): Promise<string> {
	const password = await io.passwords.read(`Kata sandi untuk / password for ${username}: `);
	if (io.passwords.interactive) {
		const again = await io.passwords.read('Ulangi / repeat: ');
		if (again !== password)
			throw new UserError('password_weak', {
				id: 'Kedua kata sandi tidak sama.',
				en: 'The two passwords differ.'
			});
	}
	return password;
}

function statusOf(user: User, now: Date): string {
	if (user.disabled) return 'nonaktif/disabled';
	if (user.lockedUntil && new Date(user.lockedUntil) > now)
		return `terkunci/locked → ${user.lockedUntil}`;
	return 'aktif/active';
}

function table(users: User[], now: Date): string {
	const rows = [
		['username', 'role', 'agency', 'status', 'created_at', 'password_changed_at'],
		...users.map((u) => [
			u.username,
			u.role,
			u.agencyCode ?? '-',
			statusOf(u, now),
			u.createdAt,
			u.passwordChangedAt
		])
	];
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
	return rows
		.map((row) =>
			row
				.map((cell, i) => cell.padEnd(widths[i]!))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

export async function runUsersCli(argv: string[], io: CliIo): Promise<number> {
	const [command, ...rest] = argv;
	const { values } = parseArgs({
		args: rest,
		options: {
			username: { type: 'string' },
			role: { type: 'string' },
			agency: { type: 'string' },
			'app-db': { type: 'string' },
			json: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help || !command || command === 'help') {
		io.stdout.write(USAGE);
		return command ? 0 : 2;
	}
	if (!['add', 'list', 'disable', 'enable', 'reset-password'].includes(command))
		throw new UsageError(`perintah tidak dikenal / unknown command: ${command}`);
	if (command !== 'list' && !values.username) throw new UsageError(`${command}: --username U`);
	if (command === 'add' && !values.role)
		throw new UsageError('add: --role pimpinan|kepala_opd|bkpsdm|admin');
	const needUsername = () => values.username!;
	const db = openAppDb(values['app-db'] ?? appDbPath());
	try {
		switch (command) {
			case 'add': {
				const username = needUsername();
				const password = await newPassword(io, username);
				const user = await addUser(
					db,
					{ username, role: values.role!, agencyCode: values.agency ?? null, password },
					{ now: io.now(), agencies: referenceAgencies() }
				);
				record(db, 'user_added', user.username, { role: user.role, agency: user.agencyCode });
				io.stdout.write(
					`Pengguna ditambahkan / user added: ${user.username} (${user.role}${user.agencyCode ? `, ${user.agencyCode}` : ''})\n`
				);
				return 0;
			}
			case 'list': {
				const users = listUsers(db);
				if (values.json)
					io.stdout.write(
						`${JSON.stringify(
							users.map(({ id: _id, ...user }) => ({
								...user,
								status: statusOf({ id: _id, ...user }, io.now())
							}))
						)}\n`
					);
				else io.stdout.write(`${table(users, io.now())}\n`);
				return 0;
			}
			case 'disable': {
				const user = disableUser(db, needUsername());
				record(db, 'user_disabled', user.username);
				io.stdout.write(`Dinonaktifkan / disabled: ${user.username}\n`);
				return 0;
			}
			case 'enable': {
				const user = enableUser(db, needUsername());
				record(db, 'user_enabled', user.username);
				io.stdout.write(`Diaktifkan / enabled: ${user.username}\n`);
				return 0;
			}
			default: {
				const username = needUsername();
				const password = await newPassword(io, username);
				const user = await resetPassword(db, username, password, { now: io.now() });
				record(db, 'password_reset', user.username);
				io.stdout.write(`Kata sandi diganti / password reset: ${user.username}\n`);
				return 0;
			}
		}
	} finally {
		db.close();
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const passwords = passwordInput();
	runUsersCli(process.argv.slice(2), {
		stdout: process.stdout,
		stderr: process.stderr,
		passwords,
		now: () => new Date()
	}).then(
		(code) => process.exit(code),
		(error: unknown) => {
			if (
				error instanceof UsageError ||
				(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
			) {
				process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
				process.exit(2);
			}
			if (error instanceof UserError) {
				process.stderr.write(`${error.message}\n`);
				process.exit(1);
			}
			process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
			process.exit(70);
		}
	);
}
