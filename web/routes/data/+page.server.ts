import { langFromUrl } from '$lib/i18n/index.js';
import { hrViewsEnabled } from '$lib/server/dashboard/competencyData.js';
import { dataFiltersFromUrl, dataPageData } from '$lib/server/dashboard/dataPageData.js';
import { warehouseReady } from '$lib/server/dashboard/query.js';
import { canUpload } from '$lib/server/upload/canUpload.js';
import { uploadSettings } from '$lib/server/upload/uploadSettings.js';
import { env } from '$env/dynamic/private';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { url } = event;
	const lang = langFromUrl(url);
	// The one access decision of this page: the rejected rows hold NIPs and names (issue #6: roles).
	const hr = hrViewsEnabled(event);
	// The upload section (#unggah) exists only for those the upload endpoint's policy accepts.
	const upload = canUpload(event.locals.user, url) ? { maxMb: uploadSettings(env).maxMb } : null;
	if (!warehouseReady()) return { hr, upload, page: null };
	return { hr, upload, page: await dataPageData(lang, dataFiltersFromUrl(url, lang), hr) };
};
