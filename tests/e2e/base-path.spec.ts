// Hosted under a sub-path (https://kommune.no/veiviser/): a build with BASE_PATH=/veiviser (`npm run build:base`,
// written to build-base/) walked by clicking, framed and not, and offline; every address stays under the base path.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import type { OfflineFiles } from '../../src/lib/offline';
import { expect, flowById, makeMove, pathsToOutcomes, test } from './helpers';

const BASE = '/veiviser';
let server: Server;
let site = '';

test.beforeAll(async () => {
	if (!existsSync('build-base/index.html')) throw new Error('build-base/ is missing: run `npm run build:base` first (npm test does).');
	server = await serve('build-base', 0, '127.0.0.1', { base: BASE });
	site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Records the site's requests outside the base path, and the page's uncaught errors. */
function watch(page: Page): { outside: string[]; errors: string[] } {
	const outside: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin === site && !url.pathname.startsWith(`${BASE}/`)) outside.push(url.pathname);
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return { outside, errors };
}

test('a walk under /veiviser/: every page, link and request stays under the base path', async ({ page }) => {
	const { outside, errors } = watch(page);
	const flow = flowById('heim');
	const { outcome, moves } = pathsToOutcomes(flow).find((p) => p.moves.some((m) => m.option))!;
	await page.goto(`${site}${BASE}/nb/`);
	await page.locator(`a[href="${BASE}/nb/heim/"]`).first().click();
	await page.locator('a.start').click();
	for (const move of moves) await makeMove(page, move);
	await expect(page).toHaveURL(`${site}${BASE}/nb/heim/${outcome}/`);
	for (const href of await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
		expect(href.startsWith(`${BASE}/`), href).toBe(true);
	await page.getByRole('link', { name: 'Dine svar' }).click();
	await expect(page.getByTestId('answers').locator('.row')).toHaveCount(moves.filter((m) => m.option).length);
	await page.getByRole('link', { name: 'Min oversikt' }).click();
	await expect(page.locator('.plan .current a')).toHaveAttribute('href', `${BASE}/nb/heim/${outcome}/`);
	await page.getByRole('link', { name: 'Nynorsk' }).click();
	await expect(page).toHaveURL(`${site}${BASE}/nn/heim/min-oversikt/`);
	await page.goto(`${site}${BASE}/nb/heim/finnes-ikke/`);
	await expect(page.getByTestId('model-home')).toHaveAttribute('href', `${BASE}/nb/heim/`);
	expect(outside).toEqual([]);
	expect(errors).toEqual([]);
});

test('framed under /veiviser/: the frame fits, and "Åpne i fullt vindu" stays under the base path', async ({ page }) => {
	await page.goto(`${site}${BASE}/nb/bygg-inn/`);
	await expect(page.getByTestId('snippet')).toContainText(`<iframe src="${site}${BASE}/embed/nb/`);
	await expect(page.getByTestId('snippet')).toContainText(`<script src="${site}${BASE}/embed.`);
	const preview = page.frameLocator('iframe.preview');
	await expect(preview.locator('html')).toHaveAttribute('data-js', 'ready');
	await expect(preview.getByRole('link', { name: 'Åpne i fullt vindu' })).toHaveAttribute('href', new RegExp(`^${BASE}/nb/`));
	// The host script (loaded by the page for its preview) fits the frame, from the frame's own script under the base path.
	await expect(page.locator('iframe.preview')).toHaveAttribute('scrolling', 'no');
});

test("trainers' pages under /veiviser/: the comparison by topic from each model's topics.json, the poster, the presentation and the overview", async ({ page }) => {
	const { outside } = watch(page);
	const failed: string[] = [];
	page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
	const topics = page.waitForResponse((r) => new URL(r.url()).pathname === `${BASE}/nb/kongsvinger/topics.json`);
	await page.goto(`${site}${BASE}/nb/sammenlign/?a=heim&b=kongsvinger`);
	expect((await topics).ok()).toBe(true);
	const table = page.getByTestId('compare-topics');
	await expect(table.locator('tr[data-topic="documentation"] td[data-flow="kongsvinger"]').getByRole('link', { name: 'Stafettlogg', exact: true })).toHaveAttribute(
		'href',
		`${BASE}/nb/kongsvinger/niva-0-trinn-5/`
	);
	await page.goto(`${site}${BASE}/nb/heim/plakat/`);
	await expect(page.locator('main h1')).toBeVisible();
	await page.goto(`${site}${BASE}/nb/heim/presentasjon/`);
	await expect(page.locator('.presentation.scripted')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(`${site}${BASE}/nb/heim/`);
	await page.goto(`${site}${BASE}/nb/heim/oversikt/`);
	await expect(page.locator('svg').first()).toBeVisible();
	for (const href of await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
		expect(href.startsWith(`${BASE}/`), href).toBe(true);
	expect(outside).toEqual([]);
	expect(failed).toEqual([]);
});

test('offline under /veiviser/: the worker, its scope and its cache are under the base path, and a visited model works with the server gone', async ({ browser }) => {
	// A server of its own, so that it can be stopped.
	const own = await serve('build-base', 0, '127.0.0.1', { base: BASE });
	const at = `http://127.0.0.1:${(own.address() as AddressInfo).port}${BASE}`;
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${at}/nb/heim/`);
	expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => [r.scope, r.active?.scriptURL]))).toEqual([`${at}/`, `${at}/service-worker.js`]);
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await page.goto(`${at}/nb/`); // through the worker, which then keeps the model
	const files = JSON.parse(readFileSync('build-base/nb/heim/offline.json', 'utf8')) as OfflineFiles;
	const wanted = [...files.shared, ...files.pages, 'offline.json'].map((f) => `${BASE}/nb/heim/${f}`).concat(`${BASE}/shell.html`);
	const missing = () =>
		page.evaluate(async (wanted) => {
			const cache = await caches.open((await caches.keys())[0]);
			const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
			return wanted.filter((p) => !have.has(p));
		}, wanted);
	await expect.poll(missing, { timeout: 20_000 }).toEqual([]);
	own.closeAllConnections();
	await new Promise((resolve) => own.close(resolve));

	// Server gone: a page never opened before comes from the shell, and the wizard goes on from it.
	await page.goto(`${at}/nb/heim/steg-3/`);
	await expect(page.locator('article[data-node="steg-3"]')).toBeVisible();
	await expect(page.getByTestId('offline-copy')).toContainText('Frakoblet kopi fra');
	await page.locator('a.next').click();
	await expect(page.locator('article[data-node="grunn-til-oppfolging"]')).toBeVisible();
	await expect(page).toHaveURL(`${at}/nb/heim/grunn-til-oppfolging/`);
	await context.close();
});

test('the model studio under /veiviser/: its own build, a published model and the canvas load from under the base path', async ({ page }) => {
	const { outside, errors } = watch(page);
	await page.goto(`${site}${BASE}/nb/studio/`);
	await page.locator('#open-model').selectOption('heim');
	await page.getByRole('button', { name: 'Åpne', exact: true }).click();
	await expect(page.locator('#f-id')).toHaveValue('heim');
	// The canvas is laid out in a web worker of the studio's build.
	await expect(page.locator('.svelte-flow__node').first()).toBeVisible();
	expect(outside).toEqual([]);
	expect(errors).toEqual([]);
});
