import { createHash } from 'node:crypto';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { UploadRefusal } from './UploadRefusal.js';

export interface StoredUpload {
	path: string;
	bytes: number;
	sha256: string;
}

const finish = (out: WriteStream) =>
	new Promise<void>((done, fail) => {
		out.once('error', fail);
		out.end(() => done());
	});

/**
 * Streams a request body to `path` (a new file: `wx` never overwrites), hashing it on the way and
 * stopping as soon as it passes `maxBytes`: a 100 MB export is never held in memory, and a larger
 * one never fills the disk. Anything left of a refused or broken upload is removed.
 */
export async function storeUpload(
	body: ReadableStream<Uint8Array> | null,
	path: string,
	maxBytes: number
): Promise<StoredUpload> {
	if (!body) throw new UploadRefusal(400, 'upload.error.empty');
	const hash = createHash('sha256');
	const out = createWriteStream(path, { flags: 'wx' });
	const reader = body.getReader();
	let bytes = 0;
	try {
		await once(out, 'open');
		for (;;) {
			let chunk: ReadableStreamReadResult<Uint8Array>;
			try {
				chunk = await reader.read();
			} catch (error) {
				// adapter-node ends the body with a 413 past BODY_SIZE_LIMIT; anything else is a broken upload.
				if ((error as { status?: number }).status === 413)
					throw new UploadRefusal(413, 'upload.error.tooBig');
				throw new UploadRefusal(400, 'upload.error.aborted');
			}
			if (chunk.done) break;
			bytes += chunk.value.byteLength;
			if (bytes > maxBytes) {
				await reader.cancel().catch(() => undefined);
				throw new UploadRefusal(413, 'upload.error.tooBig');
			}
			hash.update(chunk.value);
			if (!out.write(chunk.value)) await once(out, 'drain');
		}
		await finish(out);
	} catch (error) {
		out.destroy();
		rmSync(path, { force: true });
		throw error;
	}
	return { path, bytes, sha256: hash.digest('hex') };
}
