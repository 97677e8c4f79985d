// Before any test: the server on the configured port must be serving this checkout's build/, not some other
// server that happens to listen there (Playwright reuses an existing server outside CI).
import { readFileSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';

export default async function globalSetup(config: FullConfig): Promise<void> {
	const base = config.projects[0].use.baseURL!;
	const expected = readFileSync('build/_app/version.json', 'utf8');
	let served = '';
	try {
		served = await (await fetch(`${base}/_app/version.json`)).text();
	} catch (e) {
		throw new Error(`No server answers at ${base}: ${String((e as Error).cause ?? e)}`);
	}
	if (served.trim() !== expected.trim())
		throw new Error(
			`The server at ${base} is not serving this build/ (its _app/version.json differs). ` +
				'Stop it, or run the tests on another port: PORT=4180 npm run test:e2e'
		);
}
