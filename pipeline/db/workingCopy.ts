import {
	closeSync,
	copyFileSync,
	existsSync,
	fsyncSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PipelineError } from '../errors.js';
import { openDb, type Db } from './connection.js';

/**
 * A private copy of the warehouse that one load writes to. Readers keep the old file until `commit`
 * renames the copy over it in one atomic step, so they never wait on the writer's lock and never see a
 * half-loaded file; a crash leaves the copy behind and the warehouse as it was (shared/stack.md §3.1).
 */
/**
 * DuckDB's buffer limit for a load. Staged files are temp tables; past this limit DuckDB spills them to
 * `<copy>.tmp` instead of growing, which keeps a 10-million-row load under 2 GiB (README "Benchmark").
 */
export const LOAD_MEMORY_LIMIT = '1GB';

export interface WorkingCopy {
	readonly db: Db;
	readonly path: string;
	commit(): Promise<void>;
	discard(): void;
}

export async function openWorkingCopy(warehouse: string): Promise<WorkingCopy> {
	const lock = acquireLock(warehouse);
	const next = `${warehouse}.next-${process.pid}`;
	let db: Db | null = null;
	try {
		removeStaleCopies(warehouse);
		rmSync(next, { force: true });
		rmSync(`${next}.wal`, { force: true });
		if (existsSync(warehouse)) copyFileSync(warehouse, next);
		db = await openDb(next, { memoryLimit: process.env.KINERJA_MEMORY_LIMIT ?? LOAD_MEMORY_LIMIT });
	} catch (error) {
		releaseLock(lock);
		throw error;
	}
	const opened = db;
	let done = false;
	return {
		db: opened,
		path: next,
		async commit() {
			if (done) return;
			done = true;
			try {
				await opened.run('checkpoint');
				opened.close();
				if (existsSync(`${next}.wal`))
					throw new Error(`write-ahead log left after close: ${next}.wal`);
				fsyncPath(next);
				renameSync(next, warehouse);
				fsyncPath(dirname(warehouse));
				rmSync(`${next}.tmp`, { force: true, recursive: true });
			} finally {
				releaseLock(lock);
			}
		},
		discard() {
			if (done) return;
			done = true;
			try {
				opened.close();
			} finally {
				for (const leftover of [next, `${next}.wal`, `${next}.tmp`]) {
					rmSync(leftover, { force: true, recursive: true });
				}
				releaseLock(lock);
			}
		}
	};
}

function fsyncPath(path: string): void {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/** One writer at a time: a lock file holding the writer's PID; a dead writer's lock is taken over. */
function acquireLock(warehouse: string): string {
	const lock = `${warehouse}.lock`;
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lock, 'wx');
			writeFileSync(fd, String(process.pid));
			closeSync(fd);
			return lock;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number(readFileSync(lock, 'utf8').trim());
			if (holder && holder !== process.pid && isAlive(holder)) {
				throw new PipelineError(
					'warehouse_busy',
					{
						id: `Gudang data sedang dimuat oleh proses lain (PID ${holder}). Tunggu sampai selesai, lalu ulangi.`,
						en: `The warehouse is being loaded by another process (PID ${holder}). Wait for it to finish, then try again.`
					},
					{ file: warehouse }
				);
			}
			rmSync(lock, { force: true });
		}
	}
	throw new Error(`could not take the lock ${lock}`);
}

function releaseLock(lock: string): void {
	rmSync(lock, { force: true });
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Copies left by writers that died (SIGKILL, power loss) are garbage: the warehouse never saw them. */
function removeStaleCopies(warehouse: string): void {
	const dir = dirname(warehouse);
	const prefix = `${basename(warehouse)}.next-`;
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) {
		if (!name.startsWith(prefix)) continue;
		const pid = Number.parseInt(name.slice(prefix.length), 10);
		if (!pid || !isAlive(pid)) rmSync(join(dir, name), { force: true, recursive: true });
	}
}
