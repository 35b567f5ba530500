import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// The app lives in web/ so the top level shows the architecture (pipeline/ sql/ web/).
		files: { src: 'web', assets: 'web/static' },
		// Content-Security-Policy on every rendered page; 'auto' gives SvelteKit's inline boot script a
		// nonce, so no script runs without one ('unsafe-inline' is never allowed for scripts).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// Style attributes only (not <style> elements): Svelte's `style:` directives and the
				// ECharts tooltip, which sets its markup with inline style attributes, need them.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};
