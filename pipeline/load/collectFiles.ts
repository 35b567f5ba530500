import { createHash } from 'node:crypto';
import {
	createReadStream,
	existsSync,
	openSync,
	readSync,
	closeSync,
	readdirSync,
	statSync
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PipelineError } from '../errors.js';
import type { FileToLoad } from './loadFile.js';

const SKIPPED = /^(\.|~\$)|^(manifest\.json|readme(\.md)?)$/i;
const READABLE = /\.(csv|tsv|txt|xlsx|dat|log)$/i;

/** Expands files and folders (recursively) into the files to load, hashed, in a stable order. */
export async function collectFiles(
	inputs: readonly string[],
	cwd = process.cwd()
): Promise<FileToLoad[]> {
	const paths: string[] = [];
	for (const input of inputs) {
		const full = resolve(cwd, input);
		if (!existsSync(full)) {
			throw new PipelineError(
				'file_not_found',
				{
					id: `Berkas atau folder tidak ditemukan: ${input}. Periksa jalurnya.`,
					en: `File or folder not found: ${input}. Check the path.`
				},
				{ file: input }
			);
		}
		if (statSync(full).isDirectory()) paths.push(...walk(full));
		else paths.push(full);
	}
	const unique = [...new Set(paths)];
	// PIN maps must be in the warehouse before the punch logs that need them: punch logs go last.
	unique.sort((a, b) => Number(isPunchLog(a)) - Number(isPunchLog(b)) || a.localeCompare(b));
	const files: FileToLoad[] = [];
	for (const path of unique) {
		files.push({
			path,
			displayPath: relative(cwd, path) || path,
			sha256: await sha256(path),
			sizeBytes: statSync(path).size
		});
	}
	return files;
}

function walk(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (SKIPPED.test(entry.name)) continue;
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...walk(full));
		else if (READABLE.test(entry.name)) out.push(full);
	}
	return out;
}

export function sha256(path: string): Promise<string> {
	return new Promise((done, fail) => {
		const hash = createHash('sha256');
		createReadStream(path)
			.on('data', (chunk) => hash.update(chunk))
			.on('error', fail)
			.on('end', () => done(hash.digest('hex')));
	});
}

/** A ZKTeco attlog line: `PIN<TAB>yyyy-mm-dd hh:mm:ss<TAB>…` with no header. */
function isPunchLog(path: string): boolean {
	const fd = openSync(path, 'r');
	try {
		const head = Buffer.alloc(512);
		const n = readSync(fd, head, 0, head.length, 0);
		const first = head.subarray(0, n).toString('latin1').split(/\r?\n/)[0] ?? '';
		return /^\s*\w+\s*\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(first);
	} finally {
		closeSync(fd);
	}
}
