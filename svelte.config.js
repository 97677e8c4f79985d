import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; 404 pages are written by scripts/postbuild.ts.
		adapter: adapter({ pages: 'build', assets: 'build', precompress: false, strict: true }),
		// Absolute asset paths, so a not-found page works at any depth.
		paths: { relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
