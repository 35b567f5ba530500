import { json } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n/index.js';
import { reportRunner } from '$lib/server/report/server.js';
import type { RequestHandler } from './$types';

/**
 * The build's progress for the laporan page to poll, and the downloads of the report it asks about
 * (`?tahun=2025&bahasa=id`; without them, the running or last build's).
 */
export const GET: RequestHandler = ({ url }) => {
	const status = reportRunner.current();
	const tahun = url.searchParams.get('tahun');
	const bahasa = url.searchParams.get('bahasa');
	const year = tahun && /^\d{4}$/.test(tahun) ? Number(tahun) : status.year;
	const lang: Lang | null = bahasa === 'id' || bahasa === 'en' ? bahasa : status.lang;
	return json(
		{ ...status, files: year !== null && lang !== null ? reportRunner.files(year, lang) : [] },
		{ headers: { 'cache-control': 'no-store' } }
	);
};
