import type { RunSummary } from '../../../pipeline/types.js';
import { formatNumber, type Lang } from '../i18n/index.js';

/**
 * What the browser and POST /data/unggah agree on. The file travels as the raw request body (no
 * multipart: the server streams it to disk as it arrives); its name and the load options travel in
 * headers, the CSRF token in `x-csrf-token` like every fetch.
 */
export const UPLOAD_EXTENSIONS = ['csv', 'txt', 'xlsx', 'dat'] as const;
export type UploadExtension = (typeof UPLOAD_EXTENSIONS)[number];

/** For the file input's `accept`: the same list the server enforces. */
export const UPLOAD_ACCEPT = UPLOAD_EXTENSIONS.map((ext) => `.${ext}`).join(',');

export const UPLOAD_HEADER = {
	/** The original file name, URI-encoded (names may hold any character): metadata only. */
	name: 'x-file-name',
	/** A roster's snapshot date (yyyy-mm-dd), when its name does not carry one. */
	asOf: 'x-as-of',
	/** The agency a punch log or PIN map belongs to, when its name does not say. */
	device: 'x-device'
} as const;

export const DEFAULT_UPLOAD_MAX_MB = 100;

/** The size limit as people read it: `100`, or `0,5` for a fraction of a megabyte. */
export function formatMb(lang: Lang, mb: number): string {
	return formatNumber(lang, mb, Number.isInteger(mb) ? 0 : 2);
}

/** The extension of a file name, lower case, when it is one the upload accepts. */
export function uploadExtension(name: string): UploadExtension | null {
	const ext = /\.([^./\\]+)$/.exec(name.trim())?.[1]?.toLowerCase();
	return ext && (UPLOAD_EXTENSIONS as readonly string[]).includes(ext)
		? (ext as UploadExtension)
		: null;
}

/** One rejected row as the page lists it; the CSV download adds the whole original row. */
export interface UploadRejectRow {
	line: number;
	column_name: string | null;
	value: string | null;
	rule: string;
	severity: string | null;
	message: string | null;
	message_en: string | null;
}

/** The rejects one uploaded file left in etl_rejects (its first rows; `total` counts all). */
export interface UploadFileRejects {
	/** etl_files id: the Data page's rejects CSV takes it as `?berkas=`. */
	fileId: number;
	file: string;
	total: number;
	rows: UploadRejectRow[];
}

export interface UploadInfo {
	/** The original name, reduced to a base name: never used as a path. */
	name: string;
	/** The name the server chose under KINERJA_UPLOAD_DIR; null when not kept (a file loaded before). */
	storedAs: string | null;
	bytes: number;
	sha256: string;
	/** The roster snapshot date passed to the load (used only if the file is a roster). */
	asOf: string | null;
	/** Where it came from: the page's field, the original name, or the upload's day. */
	asOfFrom: 'field' | 'name' | 'today';
	/** The agency of a punch log or PIN map: the page's field or the original name. */
	device: string | null;
}

/** The CLI's `--json` summary (README "CLI"), plus the upload and the rejected rows to show. */
export interface UploadResponse extends RunSummary {
	upload: UploadInfo;
	rejects: UploadFileRejects[];
}
