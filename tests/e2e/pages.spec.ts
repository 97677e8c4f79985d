// Start page, language switch, translation notice, safety rule and not-found pages.
import { expect, expectAccessible, flowById, flows, listed, test } from './helpers';

test('the start page lists every model under its municipality, and each model’s page has its description', async ({ page }) => {
	for (const lang of ['nb', 'nn'] as const) {
		await page.goto(`/${lang}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const list = page.locator('[data-models]');
		for (const flow of listed) {
			const link = list.locator(`a[href="/${lang}/${flow.id}/"]`);
			await expect(link).toHaveText(flow.title[lang]);
			// Under its municipality's name, or with the models whose municipality is not named.
			const item = link.locator('xpath=ancestor::section[1]');
			await expect(item).toContainText(flow.municipality?.name[lang] ?? (lang === 'nb' ? 'Modeller uten oppgitt kommune' : 'Modellar utan oppgitt kommune'));
		}
		await expectAccessible(page);
	}
	await page.goto('/');
	await expect(page.locator('[data-models] a')).toHaveCount(listed.length);
	// Drafts are walked by their link only.
	for (const flow of flows.filter((f) => !listed.includes(f))) await expect(page.locator(`[data-models] a[href="/nb/${flow.id}/"]`)).toHaveCount(0);
	for (const flow of flows) {
		await page.goto(`/nn/${flow.id}/`);
		await expect(page.locator('main .lead')).toHaveText(flow.description.nn);
	}
});

test('the start page ships no list twice: no page data, and its only script is the search field', async ({ page }) => {
	await page.goto('/nb/');
	const html = await (await page.request.get('/nb/')).text();
	expect(html).not.toContain('__sveltekit');
	expect(html).not.toContain('modulepreload');
	for (const flow of listed) expect(html.split(`href="/nb/${flow.id}/"`).length - 1, flow.id).toBe(1);
});

test('the start page finds a municipality as one types; Enter opens the one found', async ({ page }) => {
	const named = listed.filter((f) => f.municipality);
	await page.goto('/nb/');
	await page.waitForFunction(() => document.documentElement.dataset.js === 'ready');
	const search = page.getByRole('searchbox', { name: 'Søk etter kommune eller modell' });
	const shown = page.locator('[data-models] a:visible');
	await expect(shown).toHaveCount(listed.length);
	// Part of a municipality's name, in any case: only its models are left, and the count is said.
	const target = named[0];
	const name = target.municipality!.name.nb;
	await search.fill(name.slice(0, 4).toUpperCase());
	const expected = listed.filter((f) => `${f.municipality?.name.nb ?? ''} ${f.title.nb}`.toLowerCase().includes(name.slice(0, 4).toLowerCase()));
	await expect(shown).toHaveCount(expected.length);
	await expect(page.getByRole('status')).toHaveText(`${expected.length} treff`);
	await search.fill('xyzzy');
	await expect(shown).toHaveCount(0);
	await expect(page.getByRole('status')).toContainText('Ingen treff');
	await expectAccessible(page);
	await search.fill(name);
	await expect(shown).toHaveCount(listed.filter((f) => f.municipality?.name.nb === name).length);
	if (listed.filter((f) => f.municipality?.name.nb === name).length === 1) {
		await search.press('Enter');
		await expect(page).toHaveURL(`/nb/${target.id}/`);
	}
});

test('without JavaScript the start page is a plain list of links, and no search field', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/nb/');
	await expect(page.getByRole('searchbox')).toHaveCount(0);
	await expect(page.locator('[data-models] a:visible')).toHaveCount(listed.length);
	await page.locator(`[data-models] a[href="/nb/${listed[0].id}/"]`).click();
	await expect(page.locator('main h1')).toHaveText(listed[0].title.nb);
	await context.close();
});

test('the language switch keeps the user on the same step', async ({ page }) => {
	const flow = flowById('kongsvinger');
	const node = flow.nodes[3];
	await page.goto(`/nb/${flow.id}/${node.id}/`);
	await page.getByRole('link', { name: 'Nynorsk' }).click();
	await expect(page).toHaveURL(`/nn/${flow.id}/${node.id}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	await expect(page.locator(`article[data-node="${node.id}"]`)).toBeVisible();
	await expect(page.getByText('Dette gjer du no')).toBeVisible();
	await page.getByRole('link', { name: 'Bokmål' }).click();
	await expect(page).toHaveURL(`/nb/${flow.id}/${node.id}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

test('every page shows the safety rule with 112', async ({ page }) => {
	for (const url of ['/nb/', '/nn/heim/', '/nb/ved-bekymring/fungerer-foresette/']) {
		await page.goto(url);
		await expect(page.locator('aside.safety a[href="tel:112"]')).toBeVisible();
	}
});

test('a translation says so; the source language does not', async ({ page }) => {
	await page.goto('/nb/ved-bekymring/');
	await expect(page.getByTestId('translation-notice')).toContainText('nynorsk');
	await page.goto('/nn/ved-bekymring/');
	await expect(page.getByTestId('translation-notice')).toHaveCount(0);
	await page.goto('/nn/heim/steg-1/');
	await expect(page.getByTestId('translation-notice')).toContainText('bokmål');
});

for (const js of [true, false]) {
	test(`unknown model, step or language gives a helpful page (JavaScript ${js ? 'on' : 'off'})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: js });
		const page = await context.newPage();
		for (const [url, lang, title] of [
			['/nb/finnes-ikke/', 'nb', 'Vi fant ikke siden'],
			['/nn/fauske-tims/finst-ikkje/', 'nn', 'Vi fann ikkje sida'],
			['/en/heim/', 'nb', 'Vi fant ikke siden']
		] as const) {
			const response = await page.goto(url);
			expect(response?.status()).toBe(404);
			await expect(page.locator('h1')).toHaveText(title);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await page.locator(`main a[href="/${lang}/"]`).click();
			await expect(page).toHaveURL(`/${lang}/`);
			await expect(page.locator('[data-models] a')).toHaveCount(listed.length);
		}
		await context.close();
	});
}

test('following an in-app link to an unknown step shows the not-found page in the right language', async ({ page }) => {
	await page.goto('/nn/heim/');
	await page.evaluate(() => {
		const a = document.createElement('a');
		a.href = '/nn/heim/ukjent-steg/';
		a.textContent = 'ukjent';
		a.id = 'broken';
		document.querySelector('main')!.append(a);
	});
	await page.locator('#broken').click();
	await expect(page.locator('h1')).toHaveText('Vi fann ikkje sida');
	// The host's not-found page for the model, which offers the model's front page too.
	await expect(page.getByTestId('model-home')).toHaveAttribute('href', '/nn/heim/');
	await expectAccessible(page);
});
