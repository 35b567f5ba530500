import { fail } from '@sveltejs/kit';
import { langFromUrl, t, type Lang } from '$lib/i18n/index.js';
import { runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import { listYears } from '$lib/server/queries/filters.js';
import { reportRunner } from '$lib/server/report/server.js';
import type { Actions, PageServerLoad } from './$types';

/** The year and language whose downloads the page lists: the running or last build, else the newest year. */
function selected(url: URL, years: readonly number[]): { year: number | null; lang: Lang } {
	const status = reportRunner.current();
	const asked = Number(url.searchParams.get('tahun'));
	const year = years.includes(asked) ? asked : (status.year ?? years.at(-1) ?? null);
	const bahasa = url.searchParams.get('bahasa');
	const lang: Lang =
		bahasa === 'en' || bahasa === 'id' ? bahasa : (status.lang ?? langFromUrl(url));
	return { year, lang };
}

export const load: PageServerLoad = async ({ url, parent }) => {
	const { years } = await parent();
	const choice = selected(url, years);
	return {
		status: reportRunner.current(),
		selected: choice,
		files: choice.year === null ? [] : reportRunner.files(choice.year, choice.lang)
	};
};

export const actions: Actions = {
	/** Starts a build and answers at once; the page follows it through /laporan/status. */
	default: async ({ request, url }) => {
		const lang = langFromUrl(url);
		if (!warehouseReady()) return fail(400, { message: t(lang, 'laporan.invalid') });
		const form = await request.formData();
		const year = Number(form.get('tahun'));
		const reportLang = form.get('bahasa');
		const years = (await runQuery(lang, (db) => listYears(db))).map((row) => row.year);
		if (!years.includes(year) || (reportLang !== 'id' && reportLang !== 'en'))
			return fail(400, { message: t(lang, 'laporan.invalid') });
		const { result } = reportRunner.start(year, reportLang);
		if (!result.started)
			return fail(409, {
				message: t(lang, 'laporan.busy', {
					year: result.running.year,
					lang: result.running.lang
				})
			});
		return { started: true, year, lang: reportLang };
	}
};
