import { resolve } from 'node:path';
import { DEFAULT_UPLOAD_MAX_MB } from '../../client/uploadContract.js';

/** Where browser uploads are kept and how large one may be (README "Environment"). */
export interface UploadSettings {
	/** Absolute folder the server writes uploads into; never a path the user named. */
	dir: string;
	maxMb: number;
	maxBytes: number;
}

export const DEFAULT_UPLOAD_DIR = 'data/unggahan';
const MIB = 1024 * 1024;

/**
 * Read per request, so a test or an operator can change them without a restart of the module.
 * Takes the environment as an argument: `npm start` (pipeline/start.ts) reads it too, under tsx.
 */
export function uploadSettings(env: Record<string, string | undefined>): UploadSettings {
	const dir = resolve(env.KINERJA_UPLOAD_DIR || DEFAULT_UPLOAD_DIR);
	const mb = Number(env.KINERJA_UPLOAD_MAX_MB);
	const maxMb = Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_UPLOAD_MAX_MB;
	return { dir, maxMb, maxBytes: Math.floor(maxMb * MIB) };
}

/**
 * adapter-node's BODY_SIZE_LIMIT (default 512 KB) caps every request body before any handler sees
 * it. It is set one MiB above the upload limit, so the upload's own check (with its message) always
 * answers first, and other requests stay bounded by the same figure.
 */
export function bodySizeLimit(env: Record<string, string | undefined>): string {
	return String(uploadSettings(env).maxBytes + MIB);
}
