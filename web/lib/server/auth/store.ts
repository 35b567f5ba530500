import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The app-state store: accounts, sessions and the audit log. SQLite, not the warehouse, because the
 * warehouse is rebuilt by every load and is opened read-only by the dashboard.
 */
export type AppDb = Database.Database;

export const DEFAULT_APP_DB = 'data/app.sqlite';

export function appDbPath(env: NodeJS.ProcessEnv = process.env): string {
	return env.KINERJA_APP_DB || DEFAULT_APP_DB;
}

/**
 * Schema migrations by version (`pragma user_version`): entry i brings the store from version i to
 * i + 1. Append only; never edit a shipped entry.
 */
const MIGRATIONS: readonly string[] = [
	`create table users (
		id integer primary key,
		username text not null unique,
		role text not null check (role in ('pimpinan', 'kepala_opd', 'bkpsdm', 'admin')),
		agency_code text,
		password_hash text not null,
		disabled integer not null default 0,
		failed_count integer not null default 0,
		locked_until text,
		created_at text not null,
		password_changed_at text not null,
		check ((role = 'kepala_opd') = (agency_code is not null))
	);
	create table sessions (
		id text primary key,
		user_id integer not null references users (id) on delete cascade,
		created_at text not null,
		expires_at text not null,
		last_seen_at text not null,
		csrf_token text not null
	);
	create index sessions_user on sessions (user_id);
	create table audit_log (
		id integer primary key,
		at text not null,
		username text,
		role text,
		action text not null,
		target text,
		detail text,
		ip text,
		user_agent text
	);
	create index audit_log_at on audit_log (at);
	create index audit_log_action on audit_log (action, at);`
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: AppDb): void {
	const current = db.pragma('user_version', { simple: true }) as number;
	if (current > MIGRATIONS.length)
		throw new Error(
			`Basis data aplikasi versi ${current} lebih baru dari kode ini (${MIGRATIONS.length}) / ` +
				`the app store is newer than this code`
		);
	for (let version = current; version < MIGRATIONS.length; version++) {
		db.transaction(() => {
			db.exec(MIGRATIONS[version]!);
			db.pragma(`user_version = ${version + 1}`);
		})();
	}
}

/** Opens (creating when missing) and migrates the store. WAL: the CLI can write while the server reads. */
export function openAppDb(path: string = appDbPath()): AppDb {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	migrate(db);
	return db;
}

let shared: AppDb | undefined;

/** The server process's one handle on the store, opened on first use. */
export function appDb(): AppDb {
	shared ??= openAppDb();
	return shared;
}
