// The model studio's own build: `npm run build` runs it after the site's, into <BUILD>/studio-app/ (build/ unless
// BUILD_DIR says otherwise; under BASE_PATH when the site is hosted under a sub-path). The studio's
// page loads studio.js and studio.css from there; no other page does (see src/lib/studio/main.ts).
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { BUILD } from './svelte.config.js';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	// Where the site serves this build's files (the worker and the lazy parts are found from here).
	base: `${process.env.BASE_PATH ?? ''}/studio-app/`,
	plugins: [svelte()],
	resolve: { alias: { $lib: path('./src/lib'), '$app/state': path('./src/lib/studio/app-state.ts'), '$app/paths': path('./src/lib/studio/app-paths.ts') } },
	worker: { format: 'es' },
	build: {
		outDir: `${BUILD}/studio-app`,
		emptyOutDir: true,
		copyPublicDir: false,
		target: 'es2022',
		rolldownOptions: {
			input: path('./src/lib/studio/main.ts'),
			output: {
				// The page names these two; the rest have a hash in their name.
				entryFileNames: 'studio.js',
				chunkFileNames: 'assets/[name]-[hash].js',
				assetFileNames: (asset) => (asset.names.some((n) => n.endsWith('.css')) ? 'studio.css' : 'assets/[name]-[hash][extname]')
			}
		}
	}
});
