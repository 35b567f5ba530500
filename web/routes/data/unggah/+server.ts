import { mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { langFromUrl, t, type Lang } from '$lib/i18n/index.js';
import {
	formatMb,
	UPLOAD_HEADER,
	uploadExtension,
	type UploadResponse
} from '$lib/client/uploadContract.js';
import { audit } from '$lib/server/auth/audit.js';
import { canUpload } from '$lib/server/upload/canUpload.js';
import { runUploadLoad } from '$lib/server/upload/runUploadLoad.js';
import { storeUpload } from '$lib/server/upload/storeUpload.js';
import { safeBaseName, storedName, wibDay } from '$lib/server/upload/uploadName.js';
import { tryUploadLock } from '$lib/server/upload/uploadLock.js';
import { UploadRefusal } from '$lib/server/upload/UploadRefusal.js';
import { uploadRejects } from '$lib/server/upload/uploadRejects.js';
import { uploadSettings } from '$lib/server/upload/uploadSettings.js';
import { warehouse } from '$lib/server/warehouse.js';
import type { RequestEvent, RequestHandler } from './$types';

const DAY = /^\d{4}-\d\d-\d\d$/;
const CODE = /^[A-Z0-9_]{1,30}$/;

/** The optional load options the page sends; a malformed one is refused, never guessed at. */
function loadOptions(request: Request): { asOf?: string; device?: string } {
	const asOf = request.headers.get(UPLOAD_HEADER.asOf)?.trim() || undefined;
	const device = request.headers.get(UPLOAD_HEADER.device)?.trim().toUpperCase() || undefined;
	if (asOf && (!DAY.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))))
		throw new UploadRefusal(400, 'upload.error.asOf', { value: asOf.slice(0, 20) });
	if (device && !CODE.test(device))
		throw new UploadRefusal(400, 'upload.error.device', { value: device.slice(0, 30) });
	return { asOf, device };
}

function refused(
	event: RequestEvent,
	lang: Lang,
	name: string,
	maxMb: number,
	refusal: UploadRefusal
): Response {
	const message = t(lang, refusal.key, { mb: formatMb(lang, maxMb), ...refusal.vars });
	audit(event, 'upload', name || null, { refused: refusal.status, reason: refusal.key });
	return json({ message }, { status: refusal.status });
}

/**
 * A browser upload (issue #6 item 3), BKPSDM only (policy `hr`; the hook has already checked the
 * role and the `x-csrf-token` header). The body is the file itself, streamed to a name the server
 * chooses under KINERJA_UPLOAD_DIR and loaded by the CLI's pipeline into the server's warehouse;
 * the answer is the CLI's `--json` summary plus the rejected rows to show.
 */
export const POST: RequestHandler = async (event) => {
	const lang = langFromUrl(event.url);
	const { request } = event;
	const name = safeBaseName(request.headers.get(UPLOAD_HEADER.name));
	if (!canUpload(event.locals.user, event.url))
		return json({ message: t(lang, 'upload.error.forbidden') }, { status: 403 });
	const settings = uploadSettings(env);
	let release: (() => void) | null = null;
	let stored: string | null = null;
	try {
		if (!name) throw new UploadRefusal(400, 'upload.error.noName');
		const extension = uploadExtension(name);
		if (!extension) throw new UploadRefusal(415, 'upload.error.type', { name });
		if (Number(request.headers.get('content-length') ?? 0) > settings.maxBytes)
			throw new UploadRefusal(413, 'upload.error.tooBig');
		const options = loadOptions(request);
		release = tryUploadLock(event.locals.user?.username ?? '?');
		if (!release) throw new UploadRefusal(409, 'upload.busy');

		mkdirSync(settings.dir, { recursive: true });
		const now = new Date();
		stored = join(settings.dir, storedName(now, extension));
		const file = await storeUpload(request.body, stored, settings.maxBytes);
		if (file.bytes === 0) throw new UploadRefusal(400, 'upload.error.empty');

		const result = await runUploadLoad({
			warehouse: warehouse.path,
			file: file.path,
			name,
			today: wibDay(now),
			...options
		});
		if (!result.ok) {
			if (result.reason === 'busy') throw new UploadRefusal(409, 'upload.busy');
			throw new UploadRefusal(400, 'upload.error.device', { value: options.device ?? '' });
		}
		const { summary } = result;
		// Loaded: the stored file is now the record of what was loaded, whatever happens next.
		stored = null;
		// A file loaded before (same SHA-256) changed nothing: its second copy is not kept.
		const kept = !summary.files.every((f) => f.status === 'unchanged');
		if (!kept) rmSync(file.path, { force: true });
		const body: UploadResponse = {
			...summary,
			upload: {
				name,
				storedAs: kept ? basename(file.path) : null,
				bytes: file.bytes,
				sha256: file.sha256,
				asOf: result.asOf,
				asOfFrom: result.asOfFrom,
				device: result.device
			},
			rejects: await uploadRejects(lang, summary.runId)
		};
		const [first] = summary.files;
		audit(event, 'upload', name, {
			storedAs: body.upload.storedAs,
			sha256: file.sha256,
			bytes: file.bytes,
			runId: summary.runId,
			kind: first?.kind ?? null,
			status: first?.status ?? null,
			rowsRead: first?.rowsRead ?? 0,
			rowsLoaded: first?.rowsLoaded ?? 0,
			rowsRejected: first?.rowsRejected ?? 0,
			rowsDuplicate: first?.rowsDuplicate ?? 0,
			rowsReplaced: first?.rowsReplaced ?? 0
		});
		return json(body);
	} catch (error) {
		// Nothing was loaded from it: a refused or failed upload leaves no file behind.
		if (stored) rmSync(stored, { force: true });
		if (error instanceof UploadRefusal) return refused(event, lang, name, settings.maxMb, error);
		audit(event, 'upload', name || null, { failed: true });
		throw error;
	} finally {
		release?.();
	}
};
