// What the wizard asks of the network: nothing between steps, a light first visit, and a service worker that
// never breaks a page (a full cache, a municipality's frame) and says when a page is an offline copy.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { firstVisit, recordingServer } from '../../scripts/first-visit.mjs';
import { expect, flowById, makeMove, pathsToOutcomes, test } from './helpers';

const KB = 1024;

test('after the first page, five steps make no network request', async ({ browser }) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const flow = flowById('kongsvinger');
	// The longest way to an outcome, from its first step on.
	const moves = pathsToOutcomes(flow).sort((a, b) => b.moves.length - a.moves.length)[0].moves;
	expect(moves.length).toBeGreaterThanOrEqual(6);
	const steps = page.waitForResponse((r) => new URL(r.url()).pathname === '/nb/kongsvinger/steps.json');
	await page.goto(`/nb/kongsvinger/${moves[0].from.id}/`);
	await page.waitForFunction(() => document.documentElement.dataset.js === 'ready');
	expect((await steps).ok()).toBe(true);

	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	for (const move of moves.slice(0, 5)) {
		await makeMove(page, move);
		await expect(page.locator('main h1')).toBeFocused();
	}
	expect(requests).toEqual([]);
	await context.close();
});

test('a first visit: at most 150 KB gz with all the service worker fetches, no 404, no address twice, nothing framed', async ({ browser }) => {
	const visit = await firstVisit(browser, 'build', '/nb/kongsvinger/niva-2-evaluering-beslutning/');
	expect(visit.notFound).toEqual([]);
	expect(visit.duplicates).toEqual([]);
	expect(visit.framed).toEqual([]);
	// The service worker fetched the model's data (a sign that the visit was measured to its end).
	expect(visit.responses.map((r) => r.url.split('?')[0])).toEqual(
		expect.arrayContaining(['/service-worker.js', '/shell.html', '/nb/kongsvinger/steps.json', '/nb/kongsvinger/graph.json'])
	);
	expect(visit.gz, `${(visit.gz / KB).toFixed(1)} KB gz in ${visit.responses.length} responses`).toBeLessThanOrEqual(150 * KB);
});

test('a full storage quota never breaks an online page (issue 12, finding 1)', async ({ browser }) => {
	const { server, log, base } = await recordingServer('build');
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto(`${base}/nb/heim/`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		// Storage full: every cache write from now on fails.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin: base, quotaSize: 1 });
		const put = await page.evaluate(() => caches.open('probe').then((c) => c.put('/probe', new Response('x'.repeat(10_000)))).then(() => 'stored', (e: Error) => e.name));
		expect(put).toBe('QuotaExceededError');
		// Pages and data the worker has not cached, answered by the server through the worker.
		const before = log.length;
		for (const path of ['/nb/kongsvinger/', '/nb/kongsvinger/niva-0-trinn-2/', '/nb/kongsvinger/svar/']) {
			const response = await page.goto(base + path);
			expect(response?.status(), path).toBe(200);
			await expect(page.locator('main h1')).toBeVisible();
		}
		// They came from the server (through the worker), not from a cache.
		expect(log.slice(before).map((r) => r.url)).toContain('/nb/kongsvinger/svar/');
	} finally {
		await context.close();
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
});

test('inside a municipality’s frame, no service worker and no cache until the wizard is used (issue 12, 4b)', async ({ browser }) => {
	const { server, log, base } = await recordingServer('build');
	const host: Server = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><html lang="nb"><head><title>Kommunens side</title></head><body><h1>Kommunens side</h1>
			<iframe id="wizard" src="${base}/embed/nb/heim/" title="Veiviser" style="width: 100%; height: 40rem; border: 0"></iframe></body></html>`);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		// Another origin on the same site: a browser lets such a frame have a service worker (a frame of another
		// site gets none at all, and the registration is refused quietly).
		await page.goto(`http://127.0.0.1:${(host.address() as import('node:net').AddressInfo).port}/`);
		const frame = page.frameLocator('#wizard');
		await expect(frame.locator('h1')).toBeVisible();
		const wizard = page.frames().find((f) => f.url().startsWith(base))!;
		await wizard.waitForFunction(() => document.documentElement.dataset.js === 'ready');
		// Loaded and running: nothing registered, nothing cached.
		await wizard.waitForLoadState('load');
		expect(await wizard.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
		expect(await wizard.evaluate(() => caches.keys())).toEqual([]);
		expect(log.map((r) => r.url)).not.toContain('/service-worker.js');

		// Used: the worker comes and keeps the framed model's pages (and no unframed copies of them).
		await frame.locator('a.start').click();
		await expect(frame.locator('article[data-node]')).toBeVisible();
		await expect.poll(() => wizard.evaluate(() => caches.match('/nb/heim/offline.json').then(Boolean)), { timeout: 30_000 }).toBe(true);
		const cached = await wizard.evaluate(async () => {
			const cache = await caches.open((await caches.keys())[0]);
			return (await cache.keys()).map((r) => new URL(r.url).pathname);
		});
		expect(cached).toContain('/embed/nb/heim/svar/__data.json');
		expect(cached.filter((p) => p.endsWith('__data.json') && !p.startsWith('/embed/'))).toEqual([]);
		expect(log.filter((r) => r.status >= 400)).toEqual([]);
	} finally {
		await context.close();
		await new Promise((resolve) => host.close(resolve));
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
});

test('retiring the site: the worker that removes itself takes the offline copies with it (issue 12, finding 10)', async ({ browser }) => {
	// The site as built, then the same address serving scripts/retire-service-worker.js as its service worker.
	let server = await serve('build', 0);
	const port = (server.address() as import('node:net').AddressInfo).port;
	const stop = async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	};
	const retired = mkdtempSync(join(tmpdir(), 'undringsveiviseren-retired-'));
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}/nb/heim/`);
		await expect.poll(() => page.evaluate(() => caches.match('/nb/heim/offline.json').then(Boolean)), { timeout: 30_000 }).toBe(true);
		await stop();
		cpSync('build', retired, { recursive: true });
		cpSync('scripts/retire-service-worker.js', join(retired, 'service-worker.js'));
		server = await serve(retired, port);
		// The next visit fetches the worker again, finds the retiring one, and it cleans up.
		await page.goto(`http://127.0.0.1:${port}/nb/heim/steg-1/`);
		await expect
			.poll(() => page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length]), { timeout: 30_000 })
			.toEqual([0, 0]);
	} finally {
		await context.close();
		await stop();
		rmSync(retired, { recursive: true, force: true });
	}
});
