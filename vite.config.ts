import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['flows'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Some tests start the CLI or run thousands of property checks: give a busy machine room.
		testTimeout: 60_000
	}
});
