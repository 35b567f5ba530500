import { randomBytes } from 'node:crypto';
import type { UploadExtension } from '../../client/uploadContract.js';

/** Longest original name kept as metadata (audit log, response); longer ones are cut. */
const MAX_NAME = 200;

/**
 * The original file name reduced to a base name for metadata: URI-decoded, everything up to the
 * last `/` or `\` dropped, control characters removed, cut to MAX_NAME. `../../x.csv` → `x.csv`;
 * `..` → ''. It is never joined to a path: the stored file gets storedName().
 */
export function safeBaseName(raw: string | null): string {
	if (!raw) return '';
	let name = raw;
	try {
		name = decodeURIComponent(raw);
	} catch {
		// A malformed escape is kept as typed.
	}
	// eslint-disable-next-line no-control-regex
	name = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
	if (name === '.' || name === '..') return '';
	if (name.length <= MAX_NAME) return name;
	const ext = /\.[^.]{1,10}$/.exec(name)?.[0] ?? '';
	return name.slice(0, MAX_NAME - ext.length) + ext;
}

const wib = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString();

/** The calendar day in Bukittinggi (WIB, UTC+7, no daylight saving) as yyyy-mm-dd. */
export function wibDay(now: Date): string {
	return wib(now).slice(0, 10);
}

/**
 * The server's name for an upload: `<yyyymmdd-hhmmss>-<random>.<ext>`, the time in WIB. Chosen by
 * the server alone, so no upload can name, overwrite or escape a path.
 */
export function storedName(
	now: Date,
	extension: UploadExtension,
	random = randomBytes(6).toString('hex')
): string {
	const iso = wib(now);
	const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
	return `${stamp}-${random}.${extension}`;
}
