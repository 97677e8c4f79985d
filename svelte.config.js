import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The base path: "" at a host's root, or like "/veiviser" (BASE_PATH). */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
/** Where the site is written (BUILD_DIR): build/ by default. scripts/postbuild.ts reads it from here. */
export const BUILD = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; 404 pages are written by scripts/postbuild.ts. shell.html is a page with no
		// content of its own: the service worker serves it, offline, for a page of a cached model not opened before.
		// BUILD_DIR: where the site is written (build/ by default; the base-path test build uses build-base/).
		adapter: adapter({ pages: BUILD, assets: BUILD, fallback: 'shell.html', precompress: false, strict: true }),
		// Registered by the pages themselves ($lib/state/offline.svelte.ts): in an iframe only once it is used.
		serviceWorker: { register: false },
		// Absolute asset paths, so a not-found page works at any depth. BASE_PATH hosts the site under a sub-path
		// ("/veiviser" for https://kommune.no/veiviser/); every link in the app goes through $lib/links.
		paths: { relative: false, base },
		prerender: {
			// The studio's own build (vite.studio.config.ts) is written to <BUILD>/studio-app/ after this one.
			handleHttpError: ({ path, message }) => {
				if (!path.startsWith(`${base}/studio-app/`)) throw new Error(message);
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
