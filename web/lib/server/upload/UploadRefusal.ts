import type { MessageKey } from '$lib/i18n/index.js';

/** A request the upload endpoint turns away: its status and the catalogue message that says why. */
export class UploadRefusal extends Error {
	constructor(
		readonly status: 400 | 409 | 413 | 415,
		readonly key: MessageKey,
		readonly vars: Record<string, string | number> = {}
	) {
		super(key);
		this.name = 'UploadRefusal';
	}
}
