// A renamed model keeps its old addresses (flows/renamed.jsonc): the redirect pages the build writes send a
// browser on to the model's pages, framed or not. Tried on a copy of the build with "heim" once called "heim-gammel".
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { writeRedirects } from '../../scripts/redirects';
import { expect, test } from './helpers';

let root = '';
let server: Server;
let site = '';

test.beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'undring-renamed-'));
	for (const path of ['_app', 'embed-frame.js', 'nb/heim', 'nn/heim', 'embed/nb/heim', 'embed/nn/heim']) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		symlinkSync(resolve('build', path), join(root, path));
	}
	expect(writeRedirects(root, new Map([['heim-gammel', 'heim']]))).toBeGreaterThan(20);
	writeFileSync(join(root, 'host.html'), '<!doctype html><title>Vert</title><iframe src="/embed/nb/heim-gammel/" title="Veiviser"></iframe>');
	server = await serve(root, 0);
	site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((done) => server.close(done));
	rmSync(root, { recursive: true, force: true });
});

test('an old address of a renamed model leads to the same page under the new id', async ({ page }) => {
	await page.goto(`${site}/nn/heim-gammel/steg-2/`);
	await expect(page).toHaveURL(`${site}/nn/heim/steg-2/`);
	await expect(page.locator('article[data-node="steg-2"]')).toBeVisible();
	await page.goto(`${site}/nb/heim-gammel/finnes-ikke/`);
	await expect(page.getByTestId('model-home')).toHaveAttribute('href', '/nb/heim/');
});

test('in a frame, the old address stays in the frame', async ({ page }) => {
	await page.goto(`${site}/host.html`);
	await expect(page.frameLocator('iframe').locator('a.start')).toBeVisible();
	expect(page.url()).toBe(`${site}/host.html`);
	expect(page.frames()[1].url()).toBe(`${site}/embed/nb/heim/`);
});
