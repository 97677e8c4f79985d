// Municipalities embed the wizard in an iframe on their own site: another origin, and another site
// (localhost vs 127.0.0.1), where Chromium blocks the frame's storage as it does on a municipality's page.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { hostScript } from '../../src/lib/server/host-script';
import { expect, expectAccessible, flows, makeMove, pathsToOutcomes, test, type Move } from './helpers';

// The wizard's origin: the built site under test (playwright.config.ts, PORT).
const WIZARD = `http://127.0.0.1:${process.env.PORT ?? 4173}`;
// The municipality's site, on another site than the wizard; port 0: each worker gets a free port of its own.
let HOST = '';
let host: Server;

/** Host pages the tests write: path → body and headers. "/" frames `?src=` (a model's front page by default). */
const hostPages = new Map<string, { body: string; headers: Record<string, string> }>();

/** Serves `body` as a page of the municipality's site (with `headers`, e.g. its CSP); returns its address. */
function hostPage(body: string, headers: Record<string, string> = {}): string {
	const path = `/page-${hostPages.size}`;
	hostPages.set(path, { body: `<!doctype html><html lang="nb"><head><title>Kommunens side</title></head><body>${body}</body></html>`, headers });
	return `${HOST}${path}`;
}

test.beforeAll(async () => {
	host = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://host');
		// The municipality's own copy of the host script.
		if (url.pathname === '/js/embed.js') {
			res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
			return res.end(readFileSync('build/embed.js'));
		}
		const written = hostPages.get(url.pathname);
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...written?.headers });
		if (written) return res.end(written.body);
		// "/full" frames a page of the full site, which its Content-Security-Policy (frame-ancestors 'self') forbids.
		const path = url.pathname === '/full' ? '/nb/kongsvinger/' : (url.searchParams.get('src') ?? '/embed/nb/kongsvinger/');
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

/** The wizard's frame in the host page. */
function wizardFrame(page: Page): Frame {
	return page.frames().find((f) => f.url().startsWith(WIZARD))!;
}

/** Opens a host page framing `src` and waits until the framed wizard runs. */
async function openFramed(page: Page, src: string): Promise<FrameLocator> {
	await page.goto(`${HOST}/?src=${encodeURIComponent(src)}`);
	const frame = page.frameLocator('#wizard');
	await expect(frame.locator('html')).toHaveAttribute('data-js', 'ready');
	return frame;
}

/** What reading sessionStorage does in the frame: "works", or the name of the error it throws. */
const storageIn = (frame: Frame) =>
	frame.evaluate(() => {
		try {
			void sessionStorage.length;
			return 'works';
		} catch (e) {
			return (e as Error).name;
		}
	});

/** The iframe's height on the host page and the height of the page inside it. */
async function heights(page: Page) {
	const outer = (await page.locator('#wizard').boundingBox())!.height;
	const inner = await wizardFrame(page).evaluate(() => document.documentElement.getBoundingClientRect().height);
	return { outer, inner };
}

/** Waits until the host script has made the iframe as tall as the page inside it. */
async function expectFitted(page: Page) {
	// Set by embed.js with the first height it accepts: a frame that happens to fit does not pass.
	await expect(page.locator('#wizard')).toHaveAttribute('scrolling', 'no');
	await expect.poll(async () => {
		const { outer, inner } = await heights(page);
		return Math.abs(outer - inner);
	}).toBeLessThanOrEqual(10);
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

	await expectFitted(page);
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

/** A frame of the wizard as a host page has it, 150 px tall until the host script resizes it. */
const frameTag = (marked = true) =>
	`<h1>Kommunens side</h1><iframe id="wizard" src="${WIZARD}/embed/nb/kongsvinger/" title="Veiviser"${marked ? ' data-undringsveiviseren' : ''}
		style="width: 100%; height: 150px; border: 0"></iframe><p>Etter veiviseren</p>`;

// However a CMS includes the host script, it fits the frame: the wizard's origin comes from the frame, not the script.
const includes: Record<string, () => string> = {
	'at the end of the page': () => `<script src="${WIZARD}/embed.js"></script>`,
	async: () => `<script src="${WIZARD}/embed.js" async></script>`,
	deferred: () => `<script src="${WIZARD}/embed.js" defer></script>`,
	'as type="module"': () => `<script type="module" src="${WIZARD}/embed.js"></script>`,
	"from a copy on the host's own server": () => `<script src="/js/embed.js" async></script>`,
	inline: () => `<script>${readFileSync('build/embed.js', 'utf8')}</script>`
};
for (const [how, script] of Object.entries(includes)) {
	test(`embed.js included ${how} fits the frame to the wizard`, async ({ page }) => {
		await page.goto(hostPage(frameTag() + script()));
		await expectFitted(page);
		expect((await heights(page)).outer).toBeGreaterThan(400);
	});
}

test('embed.js loaded late (a tag manager, after the frame has loaded) asks the frame for its height', async ({ page }) => {
	await page.goto(hostPage(frameTag()));
	await expect(page.frameLocator('#wizard').locator('html')).toHaveAttribute('data-js', 'ready');
	expect((await heights(page)).outer).toBe(150);
	await page.evaluate((src) => {
		const script = document.createElement('script');
		script.src = src;
		document.body.append(script);
	}, `${WIZARD}/embed.js`);
	await expectFitted(page);
});

test('a frame whose data-undringsveiviseren a CMS stripped is known by its /embed/ address', async ({ page }) => {
	await page.goto(hostPage(frameTag(false) + `<script src="${WIZARD}/embed.js" async></script>`));
	await expectFitted(page);
	await page.frameLocator('#wizard').locator('a.start').click();
	await expect(page.frameLocator('#wizard').locator('article[data-node]')).toBeVisible();
	await expectFitted(page);
});

/** The snippet `/nb/bygg-inn/` gives for a model, as a municipality's editor copies it. */
async function snippetFor(page: Page, flow: string, lang = 'nb'): Promise<string> {
	await page.goto('/nb/bygg-inn/');
	await page.locator('#snippet-flow').selectOption(flow);
	await page.locator('#snippet-lang').selectOption(lang);
	return (await page.getByTestId('snippet').textContent())!;
}

test('without the host script (a CMS that strips scripts), the snippet gives the frame a height that leaves the page scrollable', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	const snippet = (await snippetFor(page, 'kongsvinger')).replace(/<script[^]*<\/script>/, '');
	await page.goto(hostPage(`<h1>Kommunens side</h1>${snippet.replace('<iframe ', '<iframe id="wizard" ')}`));
	await expect(page.frameLocator('#wizard').locator('h1')).toBeVisible();
	const { outer, inner } = await heights(page);
	// Tall enough to use, shorter than the screen (so the host page can be scrolled past it); the rest scrolls in the frame.
	expect(outer).toBeGreaterThanOrEqual(400);
	expect(outer).toBeLessThan(640);
	expect(inner).toBeGreaterThan(outer);
});

test('the snippet page gives a ready iframe + versioned script with its integrity hash, and a live preview', async ({ page }) => {
	const { file, integrity } = hostScript(readFileSync('static/embed.js'));
	const snippet = await snippetFor(page, 'heim', 'nn');
	expect(snippet).toContain(`<iframe src="${WIZARD}/embed/nn/heim/"`);
	expect(snippet).toContain(`<script src="${WIZARD}/${file}" integrity="${integrity}" crossorigin="anonymous" async></script>`);
	// The versioned copy is the script itself.
	expect(await (await page.request.get(`${WIZARD}/${file}`)).text()).toBe(readFileSync('static/embed.js', 'utf8'));
	const preview = page.frameLocator('iframe.preview');
	await expect(preview.locator('h1')).toBeVisible();
	await expect(page.locator('iframe.preview')).toHaveAttribute('src', '/embed/nn/heim/');
	await expectAccessible(page);
});

/** A host page with the snippet for heim as /nb/bygg-inn/ gives it, its iframe given an id and `attributes`. */
async function snippetPage(page: Page, attributes = '', headers: Record<string, string> = {}): Promise<string> {
	const snippet = await snippetFor(page, 'heim');
	return hostPage(`<h1>Kommunens side</h1>${snippet.replace('<iframe ', `<iframe id="wizard" ${attributes} `)}`, headers);
}

/** Errors the page and its frames log (a refused script or frame, an ignored print() …). */
function consoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	return errors;
}

test('the snippet pasted as it is: the browser checks the script\'s integrity and runs it, and the frame fits', async ({ page }) => {
	const errors = consoleErrors(page);
	await page.goto(await snippetPage(page));
	await expectFitted(page);
	expect(errors).toEqual([]);
});

test('a host page with a strict Content-Security-Policy and the two directives /nb/bygg-inn/ names shows and fits the frame', async ({ page }) => {
	await page.goto('/nb/bygg-inn/');
	const directives = (await page.getByTestId('csp').textContent())!.trim().split('\n');
	expect(directives).toEqual([`frame-src ${WIZARD}`, `script-src ${WIZARD}`]);
	const policy = ["default-src 'self'", ...directives].join('; ');
	const errors = consoleErrors(page);
	await page.goto(await snippetPage(page, '', { 'content-security-policy': policy }));
	await expect(page.frameLocator('#wizard').locator('h1')).toBeVisible();
	await expectFitted(page);
	// Only the iframe's style attribute is refused (the page says so: the host's stylesheet gives the width).
	expect(errors.filter((e) => !e.includes('inline style'))).toEqual([]);
});

test('in a frame sandboxed with the flags /nb/bygg-inn/ names, everything works: answers, height, printing, "Åpne i fullt vindu"', async ({ page, context }) => {
	await page.goto('/nb/bygg-inn/');
	const sandbox = (await page.getByTestId('sandbox').textContent())!.trim();
	expect(sandbox).toBe('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-modals"');
	const errors = consoleErrors(page);
	await page.goto(await snippetPage(page, sandbox));
	const frame = page.frameLocator('#wizard');
	await expect(frame.locator('html')).toHaveAttribute('data-js', 'ready');
	await walkHeim(frame);
	await expectFitted(page);
	await frame.getByRole('link', { name: 'Min oversikt' }).click();
	await expect(frame.getByTestId('plan')).toBeVisible();
	// The print dialog opens (headless, it closes at once): the browser fires beforeprint.
	await wizardFrame(page).evaluate(() => addEventListener('beforeprint', () => (document.body.dataset.printed = 'yes')));
	await frame.getByRole('button', { name: 'Skriv ut handlingsplanen' }).click();
	await expect(frame.locator('body')).toHaveAttribute('data-printed', 'yes');
	const [full] = await Promise.all([context.waitForEvent('page'), frame.getByRole('link', { name: 'Åpne i fullt vindu' }).click()]);
	await expect(full).toHaveURL(`${WIZARD}/nb/heim/min-oversikt/`);
	await expect(full.locator('.plan .current')).toContainText('Avslutt saken');
	// Out of the sandbox, the new tab keeps the answers in its own storage.
	await full.reload();
	await expect(full.locator('.plan .current')).toContainText('Avslutt saken');
	expect(errors).toEqual([]);
});

test('on another site, with storage blocked, the frame keeps the answers for the tab: "Dine svar" and "Min oversikt"', async ({ page }) => {
	const frame = await openFramed(page, '/embed/nb/heim/');
	// The premise: Chromium really denies this third-party frame its storage.
	expect(await storageIn(wizardFrame(page))).toBe('SecurityError');
	await frame.locator('a.start').click();
	for (const _ of [1, 2, 3]) await frame.locator('a.next').click();
	await frame.locator('a[data-option="ikke-nodvendig"]').click();
	await expect(frame.locator('article[data-node="avslutt-saken"]')).toBeVisible();

	await frame.getByRole('link', { name: 'Dine svar' }).click();
	const rows = frame.getByTestId('answers').locator('.row');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toHaveAttribute('data-node', 'grunn-til-oppfolging');

	await frame.getByRole('link', { name: 'Min oversikt' }).click();
	await expect(frame.getByTestId('plan')).toBeVisible();
	await expect(frame.locator('.plan .current')).toContainText('Avslutt saken');
	await expect(frame.getByTestId('path').locator('li')).toHaveCount(5);
});

/** The longest of a flow's shortest paths to its outcomes: the most pages on one walk. */
const longest = (paths: { outcome: string; moves: Move[] }[]) => paths.reduce((a, b) => (b.moves.length > a.moves.length ? b : a));

// The walk tests once more, framed on another site with storage blocked: one long walk per model, languages in turn.
for (const [i, flow] of flows.entries()) {
	const lang = i % 2 ? 'nn' : 'nb';
	test(`${flow.id} (${lang}), framed on another site without storage: a long walk, then the answers and the plan`, async ({ page }) => {
		const { outcome, moves } = longest(pathsToOutcomes(flow));
		const frame = await openFramed(page, `/embed/${lang}/${flow.id}/`);
		expect(await storageIn(wizardFrame(page))).toBe('SecurityError');
		await frame.locator('a.start').click();
		for (const move of moves) await makeMove(frame, move);
		await expect(frame.locator(`article[data-node="${outcome}"][data-kind="outcome"]`)).toBeVisible();

		await frame.locator('.wizard-nav a[href$="/svar/"]').click();
		const questions = moves.filter((m) => m.option).length;
		if (questions) await expect(frame.getByTestId('answers').locator('.row')).toHaveCount(questions);
		else await expect(frame.getByTestId('no-answers')).toBeVisible();
		await frame.locator('.wizard-nav a[href$="/min-oversikt/"]').click();
		await expect(frame.getByTestId('path').locator('li')).toHaveCount(moves.length + 1);
		await expect(frame.locator('.plan .current a')).toHaveAttribute('href', `/embed/${lang}/${flow.id}/${outcome}/`);
	});
}

/** From the start of heim to its outcome "avslutt-saken", in a frame: three steps and one answer. */
async function walkHeim(frame: FrameLocator) {
	await frame.locator('a.start').click();
	for (const _ of [1, 2, 3]) await frame.locator('a.next').click();
	await frame.locator('a[data-option="ikke-nodvendig"]').click();
	await expect(frame.locator('article[data-node="avslutt-saken"]')).toBeVisible();
}

for (const src of ['/embed/nb/finnes-ikke/', '/embed/nb/heim/finnes-ikke/', '/embed/xx/heim/']) {
	test(`an unknown address in the frame (${src}) gets the embed's own not-found page, fitted to it`, async ({ page }) => {
		await page.goto(`${HOST}/?src=${encodeURIComponent(src)}`);
		const frame = page.frameLocator('#wizard');
		await expect(frame.locator('h1')).toHaveText('Vi fant ikke siden');
		await expect(frame.locator('.site-header, .site-footer')).toHaveCount(0);
		await expect(frame.getByRole('link', { name: 'Bygg inn veiviseren' })).toHaveCount(0);
		await expect(frame.getByRole('link', { name: 'Åpne i fullt vindu' })).toHaveCount(0);
		await expect(frame.getByRole('link', { name: 'Gå til forsiden og velg modell' })).toHaveAttribute('href', '/embed/nb/');
		await expectFitted(page);
	});
}

test('"Åpne i fullt vindu" opens the same page with the answers, carried in the fragment (never sent to a server)', async ({ page, context }) => {
	const frame = await openFramed(page, '/embed/nb/heim/');
	await walkHeim(frame);
	const requested: string[] = [];
	context.on('request', (request) => requested.push(request.url()));
	const [full] = await Promise.all([context.waitForEvent('page'), frame.getByRole('link', { name: 'Åpne i fullt vindu' }).click()]);
	await expect(full.locator('html')).toHaveAttribute('data-js', 'ready');
	// Read once, then out of the address, so a reload or a bookmark does not bring it back.
	await expect(full).toHaveURL(`${WIZARD}/nb/heim/avslutt-saken/`);
	await full.getByRole('link', { name: 'Dine svar' }).click();
	await expect(full.getByTestId('answers').locator('.row')).toHaveCount(1);
	await full.reload();
	await expect(full.getByTestId('answers').locator('.row')).toHaveCount(1);
	expect(requested.filter((url) => url.includes('ikke-nodvendig'))).toEqual([]);
});

test('a plan printed from inside the frame is the plan alone, without the frame\'s bar', async ({ page }) => {
	const frame = await openFramed(page, '/embed/nb/heim/');
	await walkHeim(frame);
	await frame.getByRole('link', { name: 'Min oversikt' }).click();
	await expect(frame.getByTestId('plan')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(frame.locator('.embed-bar')).toBeHidden();
	const printed = await frame.locator('body').innerText();
	expect(printed).not.toContain('Åpne i fullt vindu');
	expect(printed).not.toContain('Nynorsk');
	expect(printed).not.toContain('Personvern');
	expect(printed).toContain('Hvor du er nå');
});

test('the frame sits flush in the host\'s column, its heading a step below the host page\'s h1', async ({ page }) => {
	const frame = await openFramed(page, '/embed/nb/heim/steg-1/');
	const hostH1 = await page.locator('h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
	const inner = wizardFrame(page);
	const { h1, left, main, width } = await inner.evaluate(() => {
		const heading = document.querySelector('main h1')!;
		return {
			h1: parseFloat(getComputedStyle(heading).fontSize),
			left: heading.getBoundingClientRect().left,
			main: document.querySelector('main')!.getBoundingClientRect().width,
			width: document.documentElement.clientWidth
		};
	});
	expect(h1).toBeLessThan(hostH1);
	// Room for a focus ring, no more: the host's column already has its margins.
	expect(left).toBeLessThanOrEqual(8);
	expect(main).toBeGreaterThanOrEqual(width - 1);
	await expect(frame.locator('main h1')).toBeVisible();
});
