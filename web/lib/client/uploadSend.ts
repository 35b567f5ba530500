import { UPLOAD_HEADER, type UploadResponse } from './uploadContract.js';

export interface SendOptions {
	csrf: string;
	lang: 'id' | 'en';
	asOf?: string;
	device?: string;
	/** Share of the body sent so far, 0–1. */
	onProgress?: (fraction: number) => void;
	/** Called once the whole body is sent: the server is loading from then on. */
	onSent?: () => void;
}

export type SendOutcome =
	| { ok: true; response: UploadResponse }
	/** `status` 0: the connection broke; `message` null: the server gave no readable reason. */
	| { ok: false; status: number; message: string | null };

/**
 * Sends a file to POST /data/unggah as the raw body (XMLHttpRequest, for its upload progress; fetch
 * has none). The CSRF token goes in `x-csrf-token`, the name URI-encoded in `x-file-name`.
 */
export function sendUpload(file: File, options: SendOptions): Promise<SendOutcome> {
	return new Promise((resolve) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', `/data/unggah${options.lang === 'en' ? '?lang=en' : ''}`);
		xhr.responseType = 'text';
		xhr.setRequestHeader('accept', 'application/json');
		xhr.setRequestHeader('content-type', 'application/octet-stream');
		xhr.setRequestHeader('x-csrf-token', options.csrf);
		xhr.setRequestHeader(UPLOAD_HEADER.name, encodeURIComponent(file.name));
		if (options.asOf) xhr.setRequestHeader(UPLOAD_HEADER.asOf, options.asOf);
		if (options.device) xhr.setRequestHeader(UPLOAD_HEADER.device, options.device);
		xhr.upload.onprogress = (event) => {
			if (event.lengthComputable && event.total > 0)
				options.onProgress?.(event.loaded / event.total);
		};
		xhr.upload.onload = () => options.onSent?.();
		xhr.onerror = () => resolve({ ok: false, status: 0, message: null });
		xhr.onload = () => {
			let body: unknown = null;
			try {
				body = JSON.parse(xhr.responseText);
			} catch {
				// not JSON: a proxy's or the server's plain error page
			}
			if (xhr.status === 200 && body && typeof body === 'object' && 'runId' in body)
				resolve({ ok: true, response: body as UploadResponse });
			else
				resolve({
					ok: false,
					status: xhr.status,
					message:
						body && typeof body === 'object' && 'message' in body
							? String((body as { message: unknown }).message)
							: null
				});
		};
		xhr.send(file);
	});
}
