import { readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { langFromUrl } from '$lib/i18n/index.js';
import { reportRunner } from '$lib/server/report/server.js';
import type { RequestHandler } from './$types';

const TYPES = {
	pdf: 'application/pdf',
	html: 'text/html; charset=utf-8',
	manifest: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8'
} as const;

/**
 * One output of a built report, by its served name. The name is looked up in the allow-list the
 * manifests give (reportRunner.resolve); it is never joined into a path.
 */
export const GET: RequestHandler = ({ params, url }) => {
	const file = reportRunner.resolve(params.file);
	if (!file)
		error(
			404,
			langFromUrl(url) === 'en'
				? 'No such report file: build the report on the Report page first.'
				: 'Berkas laporan tidak ada: buat laporan dulu di halaman Laporan.'
		);
	return new Response(readFileSync(file.path), {
		headers: {
			'content-type': TYPES[file.kind],
			'content-disposition': `attachment; filename="${params.file}"`,
			'cache-control': 'no-store'
		}
	});
};
