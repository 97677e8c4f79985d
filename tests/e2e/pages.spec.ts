// Start page, language switch, translation notice, safety rule and not-found pages.
import { expect, expectAccessible, flowById, flows, listed, test } from './helpers';

test('the start page lists every published model with municipality and description, in both languages', async ({ page }) => {
	for (const lang of ['nb', 'nn'] as const) {
		await page.goto(`/${lang}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		for (const flow of listed) {
			const card = page.locator(`[data-flow="${flow.id}"]`);
			await expect(card.getByRole('link')).toHaveText(flow.title[lang]);
			await expect(card).toContainText(flow.description[lang]);
			if (flow.municipality) await expect(card).toContainText(flow.municipality.name[lang]);
		}
		await expectAccessible(page);
	}
	await page.goto('/');
	await expect(page.locator('[data-flow]')).toHaveCount(listed.length);
	// Drafts are walked by their link only.
	for (const flow of flows.filter((f) => !listed.includes(f))) await expect(page.locator(`[data-flow="${flow.id}"]`)).toHaveCount(0);
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
			await expect(page.locator('[data-flow]')).toHaveCount(listed.length);
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
