import { defineConfig } from '@playwright/test';

/** The port the built site is served on; set PORT to run several test runs side by side. */
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 120_000,
	reporter: [['list']],
	// Refuses to test a server on the port that is not serving this build.
	globalSetup: './tests/e2e/global-setup.ts',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	webServer: {
		command: `node scripts/serve.mjs build`,
		url: `http://127.0.0.1:${port}/`,
		env: { PORT: String(port) },
		reuseExistingServer: !process.env.CI
	}
});
