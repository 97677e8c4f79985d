// Trainers: presentation mode, comparing models, and the model overview; plus offline use.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve.mjs';
import type { OfflineFiles } from '../../src/lib/offline';
import { expect, expectAccessible, flowById, flows, test } from './helpers';

for (const viewport of [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
]) {
	test(`presentation mode moves through the model with the keys (${viewport.width}×${viewport.height})`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const flow = flowById('kongsvinger');
		await page.goto('/nb/kongsvinger/presentasjon/');
		const visible = page.locator('.slide:visible');
		await expect(visible).toHaveCount(1);
		await expect(visible.locator('h1')).toHaveText(flow.title.nb);
		await expectAccessible(page);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.slide:visible h1')).toHaveText(flow.levels[0].title.nb);
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.slide:visible h1')).toContainText(flow.levels[0].steps[0].title.nb);
		await expect(page.locator('.slide:visible h1')).toBeFocused();
		await page.keyboard.press('Space');
		await expect(page.locator('.slide:visible h1')).toContainText(flow.levels[0].steps[1].title.nb);
		await page.keyboard.press('PageDown'); // a clicker
		await expect(page.locator('.slide:visible h1')).toContainText(flow.levels[0].steps[2].title.nb);
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator('.slide:visible h1')).toContainText(flow.levels[0].steps[1].title.nb);
		await expect(page).toHaveURL(/#4$/);
		// The slide fits the projector: no scrolling sideways, heading readable.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
		const size = await page.locator('.slide:visible h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
		expect(size).toBeGreaterThanOrEqual(40);
		await expectAccessible(page);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL('/nb/kongsvinger/');
	});
}

test('without JavaScript the presentation is one long page with every step', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/nn/fauske-tims/presentasjon/');
	for (const step of flowById('fauske-tims').levels[0].steps) await expect(page.getByText(step.title.nn, { exact: false }).first()).toBeVisible();
	await context.close();
});

test('two models side by side, with every level and step linked to the wizard', async ({ page }) => {
	await page.goto('/nb/sammenlign/');
	await expectAccessible(page);
	await page.locator('#compare-a').selectOption('kongsvinger');
	await page.locator('#compare-b').selectOption('ved-bekymring');
	await page.getByRole('button', { name: 'Vis side om side' }).click();
	await expect(page).toHaveURL('/nb/sammenlign/?a=kongsvinger&b=ved-bekymring');
	const table = page.getByTestId('compare');
	for (const id of ['kongsvinger', 'ved-bekymring']) {
		const flow = flowById(id);
		const cells = table.locator(`td[data-flow="${id}"]`);
		for (const [i, level] of flow.levels.entries()) {
			await expect(cells.nth(i)).toContainText(level.title.nb);
			for (const step of level.steps) await expect(cells.nth(i)).toContainText(step.title.nb);
		}
	}
	await expect(page.getByRole('heading', { name: `${flowById('kongsvinger').title.nb} og ${flowById('ved-bekymring').title.nb}` })).toBeFocused();
	await expectAccessible(page);
	await table.locator('td[data-flow="ved-bekymring"] a').first().click();
	await expect(page.locator('article[data-node]')).toBeVisible();
	// The address keeps the choice: opened again (or shared), it shows the same two models.
	await page.goto('/nn/sammenlign/?a=heim&b=fauske-tims');
	await expect(table.locator('td[data-flow="heim"]').first()).toContainText(flowById('heim').levels[0].steps[0].title.nn);
	await expect(page.locator('#compare-b')).toHaveValue('fauske-tims');
});

test('without JavaScript the comparison page links to every model, which lists its levels and steps', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/nb/sammenlign/?a=heim&b=kongsvinger');
	await expect(page.getByTestId('compare')).toHaveCount(0);
	for (const flow of flows) await expect(page.locator(`main a[href="/nb/${flow.id}/"]`)).toBeVisible();
	await page.locator('main a[href="/nb/heim/"]').click();
	for (const step of flowById('heim').levels[0].steps) await expect(page.locator('main')).toContainText(step.title.nb);
	await context.close();
});

test('a visited model keeps working offline (service worker), and says its pages are an offline copy', async ({ browser }) => {
	// A server of its own (port 0: any free port), so that it can be stopped.
	const server: Server = await serve('build', 0);
	const port = (server.address() as import('node:net').AddressInfo).port;
	const context = await browser.newContext();
	const page = await context.newPage();
	const base = `http://127.0.0.1:${port}`;
	await page.goto(`${base}/nb/heim/`);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await page.goto(`${base}/nb/`); // the start page, through the worker
	// Wait until the model is cached: its data files (its offline.json lists them), and the list itself last.
	const files = JSON.parse(readFileSync('build/nb/heim/offline.json', 'utf8')) as OfflineFiles;
	const wanted = [...files.shared, ...files.pages, 'offline.json'].map((f) => `/nb/heim/${f}`);
	await expect
		.poll(
			() =>
				page.evaluate(async (wanted) => {
					const cache = await caches.open((await caches.keys())[0]);
					const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
					return wanted.filter((p) => !have.has(p));
				}, wanted),
			{ timeout: 20_000 }
		)
		.toEqual([]);
	await expect(page.getByTestId('offline-copy')).toHaveCount(0);
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));

	// Server gone: a page of the model never opened before still loads, and the wizard still works.
	await page.goto(`${base}/nb/heim/steg-3/`);
	await expect(page.locator('article[data-node="steg-3"]')).toBeVisible();
	await expect(page.getByTestId('offline-copy')).toContainText(/^Frakoblet kopi fra \S+ \d+\. \S+ \d{4}\./);
	await page.locator('a.next').click();
	await expect(page.locator('article[data-node="grunn-til-oppfolging"]')).toBeVisible();
	// A page opened before comes from its own copy, and says so too.
	await page.goto(`${base}/nb/heim/`);
	await expect(page.locator('main h1')).toHaveText(flowById('heim').title.nb);
	await expect(page.getByTestId('offline-copy')).toContainText('Frakoblet kopi fra');
	// The start page (plain HTML, one small script) says so as well.
	await page.goto(`${base}/nb/`);
	await expect(page.getByRole('status').filter({ hasText: 'Frakoblet kopi fra' })).toBeVisible();
	await context.close();
});

test('every model has presentation and overview links on its front page', async ({ page }) => {
	for (const flow of flows) {
		await page.goto(`/nb/${flow.id}/`);
		await expect(page.locator(`a[href="/nb/${flow.id}/presentasjon/"]`)).toBeVisible();
		await expect(page.locator(`a[href="/nb/${flow.id}/oversikt/"]`)).toBeVisible();
	}
});

for (const flow of flows)
	test(`the overview of ${flow.id} draws every step and every whole answer in an SVG diagram whose links all resolve`, async ({ page, request }) => {
		const words = (t: string) => t.replace(/\s+/g, ' ').trim();
		await page.setViewportSize({ width: 1280, height: 800 });
		for (const lang of ['nb', 'nn'] as const) {
			await page.goto(`/${lang}/${flow.id}/oversikt/`);
			const svg = page.locator('.diagram-scroll svg');
			await expect(svg).toBeVisible();
			const text = words((await svg.textContent()) ?? '');
			for (const level of flow.levels) for (const step of level.steps) expect(text).toContain(words(step.title[lang]));
			for (const node of flow.nodes) if (node.kind === 'question') for (const o of node.options) expect(text).toContain(words(o.label[lang]));
			expect(text, 'no label is shortened').not.toContain('…');
			// Unfinished parts, and how each outcome ends, are said in words in the diagram, not by dashes or colour alone.
			const said = JSON.parse(readFileSync(`src/lib/i18n/${lang}.pages.json`, 'utf8')).overview;
			for (const node of flow.nodes) {
				const box = svg.locator(`a[data-node="${node.id}"]`).last();
				if (node.unfinished) await expect(box).toContainText(said.unfinished);
				if (node.kind === 'outcome' && node.ending) await expect(box).toContainText(said.ending[node.ending]);
			}
			// At 1 280 px the diagram is shown whole at its natural size (text at body size), without scrolling.
			const fit = await svg.evaluate((el) => ({ natural: (el as SVGSVGElement).viewBox.baseVal.width, shown: el.getBoundingClientRect().width, region: el.parentElement!.clientWidth, scroll: el.parentElement!.scrollWidth }));
			expect(fit.natural, `${flow.id} is at most 1 280 px wide`).toBeLessThanOrEqual(1280);
			expect(fit.shown, `${flow.id} at its natural size`).toBeCloseTo(fit.natural, 0);
			expect(fit.scroll, `${flow.id} fits its region`).toBeLessThanOrEqual(fit.region);
			await expect(page.getByTestId('overview-text')).toContainText(flow.levels[0].steps[0].title[lang]);
			if (lang === 'nb') await expectAccessible(page);
			const hrefs = await page.locator('main a').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? (a as unknown as SVGAElement).href?.baseVal))]);
			expect(hrefs.length).toBeGreaterThan(flow.levels.flatMap((l) => l.steps).length);
			for (const href of hrefs) expect((await request.get(href!)).status(), href!).toBe(200);
		}
	});

test('the circle model is drawn as a circle', async ({ page }) => {
	await page.goto('/nb/fauske-tims/oversikt/');
	const centres = await page.locator('.diagram-scroll svg a[data-node]').evaluateAll((links) =>
		links
			.filter((a) => /^Trinn \d/.test(a.textContent?.trim() ?? ''))
			.map((a) => {
				const box = (a as SVGGraphicsElement).getBBox();
				return [box.x + box.width / 2, box.y + box.height / 2];
			})
	);
	expect(centres).toHaveLength(7);
	const cx = centres.reduce((s, c) => s + c[0], 0) / 7;
	const cy = centres.reduce((s, c) => s + c[1], 0) / 7;
	const radii = centres.map(([x, y]) => Math.hypot(x - cx, y - cy));
	expect(Math.max(...radii) / Math.min(...radii)).toBeLessThan(1.15);
});
