import type { ResolvedPathname } from '$app/types';
import { hrefWith } from './i18n/index.js';

/**
 * A link inside the app that keeps the URL's other parameters (language, filters). The app has no
 * `paths.base`, so the path is already resolved; typing it says so to the navigation lint.
 */
export function link(
	url: URL,
	changes: Record<string, string | null>,
	path = url.pathname,
	hash = ''
): ResolvedPathname {
	return (hrefWith(url, changes, path) + hash) as ResolvedPathname;
}
