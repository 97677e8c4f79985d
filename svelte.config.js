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
		prerender: {
			// The studio's own build (vite.studio.config.ts) is written to build/studio-app/ after this one.
			handleHttpError: ({ path, message }) => {
				if (!path.startsWith('/studio-app/')) throw new Error(message);
			},
			handleMissingId: 'fail'
		},
		// Only the site's own origin, for everything. SvelteKit hashes its inline start-up script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Only the style attribute of SvelteKit's own route announcer (its hash), no other inline style.
				'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
