import { statSync } from 'node:fs';
import { openDb, type Db } from './connection.js';

interface Generation {
	db: Db;
	identity: string;
	active: number;
	retired: boolean;
}

/**
 * Read-only access to a warehouse that loads replace by rename. Each query runs on the newest file:
 * when the file's identity (inode, size, mtime) changes, the next query opens the new file and the old
 * handle closes once its in-flight queries finish. Readers therefore never block a load, and a load
 * never breaks a reader.
 */
export class WarehouseReader {
	private current: Generation | null = null;
	private opening: Promise<Generation> | null = null;

	constructor(readonly path: string) {}

	/** Runs `fn` against the newest warehouse file; the handle stays open until `fn` settles. */
	async use<T>(fn: (db: Db) => Promise<T>): Promise<T> {
		const generation = await this.generation();
		generation.active++;
		try {
			return await fn(generation.db);
		} finally {
			generation.active--;
			if (generation.retired && generation.active === 0) generation.db.close();
		}
	}

	/** When the warehouse file was last replaced, or null when there is none yet. */
	updatedAt(): Date | null {
		try {
			return statSync(this.path).mtime;
		} catch {
			return null;
		}
	}

	close(): void {
		if (this.current) {
			this.current.retired = true;
			if (this.current.active === 0) this.current.db.close();
			this.current = null;
		}
	}

	private async generation(): Promise<Generation> {
		const identity = fileIdentity(this.path);
		if (this.current && this.current.identity === identity) return this.current;
		if (this.opening) return this.opening;
		this.opening = (async () => {
			const db = await openDb(this.path, { readOnly: true });
			const fresh: Generation = { db, identity, active: 0, retired: false };
			const old = this.current;
			this.current = fresh;
			if (old) {
				old.retired = true;
				if (old.active === 0) old.db.close();
			}
			return fresh;
		})();
		try {
			return await this.opening;
		} finally {
			this.opening = null;
		}
	}
}

function fileIdentity(path: string): string {
	const s = statSync(path);
	return `${s.ino}:${s.size}:${s.mtimeMs}`;
}
