import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		// DuckDB work and child processes are slow on 2 shared cores; keep files from starving each other.
		testTimeout: 60_000,
		passWithNoTests: true,
		hookTimeout: 120_000,
		env: { TZ: 'Asia/Jakarta' },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: ['test/**/*.test.ts']
				}
			},
			{
				extends: true,
				resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
				test: {
					name: 'dom',
					environment: 'jsdom',
					include: ['web/**/*.svelte.test.ts'],
					setupFiles: ['test/setup-dom.ts']
				}
			}
		]
	}
});
