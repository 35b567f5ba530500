import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// The app lives in web/ so the top level shows the architecture (pipeline/ sql/ web/).
		files: { src: 'web', assets: 'web/static' }
	}
};
