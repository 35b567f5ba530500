import type { Handle } from '@sveltejs/kit';
import { langFromUrl } from '$lib/i18n/index.js';

/** `<html lang>` follows `?lang=`, so screen readers pronounce the page in its language. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', langFromUrl(event.url))
	});
