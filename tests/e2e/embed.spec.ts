// Municipalities embed the wizard in an iframe on their own site (another origin).
import { createServer, type Server } from 'node:http';
import { expect, expectAccessible, test } from './helpers';

// The wizard's origin: the built site under test (playwright.config.ts, PORT).
const WIZARD = `http://127.0.0.1:${process.env.PORT ?? 4173}`;
// Port 0: each worker gets a free port of its own.
let HOST = '';

let host: Server;

test.beforeAll(async () => {
	host = createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		// "/full" frames a page of the full site, which its Content-Security-Policy (frame-ancestors 'self') forbids.
		const path = req.url === '/full' ? '/nb/kongsvinger/' : '/embed/nb/kongsvinger/';
		res.end(`<!doctype html><html lang="nb"><head><title>Kommunens side</title></head><body>
			<h1>Kommunens side</h1>
			<iframe id="wizard" src="${WIZARD}${path}" title="Veiviser" data-undringsveiviseren
				style="width: 100%; height: 150px; border: 0"></iframe>
			<p id="after">Etter veiviseren</p>
			<script src="${WIZARD}/embed.js" async></script>
		</body></html>`);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	HOST = `http://localhost:${(host.address() as import('node:net').AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** The iframe's height on the host page and the height of the page inside it. */
async function heights(page: import('@playwright/test').Page) {
	const outer = (await page.locator('#wizard').boundingBox())!.height;
	const frame = page.frames().find((f) => f.url().startsWith(WIZARD))!;
	const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
	return { outer, inner };
}

test('the framed wizard stays in the frame and the host resizes the iframe to its content', async ({ page }) => {
	await page.goto(`${HOST}/`);
	const frame = page.frameLocator('#wizard');
	await expect(frame.locator('h1')).toHaveText('BTI Kongsvinger – barnehage');
	await expect(frame.locator('.site-header')).toHaveCount(0);
	await expect(frame.getByRole('link', { name: 'Åpne i fullt vindu' })).toHaveAttribute('href', '/nb/kongsvinger/');
	await expect(frame.locator('a[href="tel:112"]')).toBeVisible();

	await frame.locator('a.start').click();
	await frame.locator('a.next').click();
	await frame.locator('a.next').click();
	await expect(frame.locator('article[data-node="niva-0-trinn-3"]')).toBeVisible();
	expect(page.url()).toBe(`${HOST}/`);
	expect(page.frames().find((f) => f.url().startsWith(WIZARD))!.url()).toBe(`${WIZARD}/embed/nb/kongsvinger/niva-0-trinn-3/`);

	await expect.poll(async () => {
		const { outer, inner } = await heights(page);
		return Math.abs(outer - inner);
	}).toBeLessThanOrEqual(10);
	expect((await heights(page)).outer).toBeGreaterThan(400);
});

test('another site may frame /embed/ pages only, not the full site (frame-ancestors)', async ({ page }) => {
	const embed = await page.request.get(`${WIZARD}/embed/nb/kongsvinger/`);
	expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
	await page.goto(`${HOST}/full`);
	const frame = page.frameLocator('#wizard');
	// Chromium replaces the refused page with its own error page: nothing of the wizard shows.
	await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error:'))).toBe(true);
	await expect(frame.locator('body')).not.toContainText('Kongsvinger');
	expect(page.frames().some((f) => f.url().startsWith(WIZARD))).toBe(false);
});

test('a height message from a foreign origin is ignored', async ({ page }) => {
	await page.goto(`${HOST}/`);
	const frame = page.frameLocator('#wizard');
	await expect(frame.locator('h1')).toBeVisible();
	await expect.poll(async () => (await page.locator('#wizard').boundingBox())!.height).toBeGreaterThan(400);
	const before = (await page.locator('#wizard').boundingBox())!.height;
	// The host page itself (another origin than the wizard's) and a foreign frame try to set the height.
	await page.evaluate(() => {
		window.postMessage({ type: 'undringsveiviseren:height', height: 5 }, '*');
		const other = document.createElement('iframe');
		other.srcdoc = `<script>parent.postMessage({ type: 'undringsveiviseren:height', height: 9999 }, '*')<\/script>`;
		document.body.append(other);
	});
	await page.waitForTimeout(500);
	expect((await page.locator('#wizard').boundingBox())!.height).toBe(before);
});

test('the snippet page gives a ready iframe + script and a live preview', async ({ page }) => {
	await page.goto('/nb/bygg-inn/');
	await page.locator('#snippet-flow').selectOption('heim');
	await page.locator('#snippet-lang').selectOption('nn');
	const snippet = page.getByTestId('snippet');
	await expect(snippet).toContainText(`<iframe src="${WIZARD}/embed/nn/heim/"`);
	await expect(snippet).toContainText(`<script src="${WIZARD}/embed.js" async></script>`);
	const preview = page.frameLocator('iframe.preview');
	await expect(preview.locator('h1')).toBeVisible();
	await expect(page.locator('iframe.preview')).toHaveAttribute('src', '/embed/nn/heim/');
	await expectAccessible(page);
});
