import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Effects } from '../../pipeline/types.js';

/** A scratch folder that a test writes fixtures into; removed by `cleanup`. */
export function scratch(prefix = 'kinerja-test-'): {
	dir: string;
	write: (name: string, content: string | Buffer) => string;
	cleanup: () => void;
} {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	return {
		dir,
		write(name, content) {
			const path = join(dir, name);
			writeFileSync(path, content);
			return path;
		},
		cleanup: () => rmSync(dir, { recursive: true, force: true })
	};
}

/** Quiet side effects with a pinned clock, for pipeline calls in tests. */
export const quiet: Effects = {
	log: () => {},
	now: () => new Date('2026-01-15T08:00:00+07:00')
};
