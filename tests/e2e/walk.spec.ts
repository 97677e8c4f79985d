// Walks every flow from its front page to every outcome by clicking, in both languages, and checks
// privacy on the way (axe runs on every page in all-pages.spec.ts).
import { expect, flows, guardPrivacy, makeMove, pathsToOutcomes, test } from './helpers';

for (const flow of flows) {
	for (const lang of ['nb', 'nn'] as const) {
		test(`${flow.id} (${lang}): every outcome is reached by clicking, privately`, async ({ page }) => {
			const privacy = guardPrivacy(page);
			const paths = pathsToOutcomes(flow);
			expect(paths.length).toBeGreaterThan(0);
			for (const { outcome, moves } of paths) {
				await page.goto(`/${lang}/${flow.id}/`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await page.locator('a.start').click();
				await expect(page.locator(`article[data-node="${flow.start}"]`)).toBeVisible();
				for (const move of moves) {
					await expect(page.locator('main h1')).toBeFocused();
					await expect(page.getByTestId('position')).toBeVisible();
						await makeMove(page, move);
				}
				await expect(page.locator(`article[data-node="${outcome}"][data-kind="outcome"]`)).toBeVisible();
				await expect(page.locator('main h1')).toBeFocused();
			}
			await page.goto(`/${lang}/${flow.id}/min-oversikt/`);
			await expect(page.getByTestId('plan')).toBeVisible();
			await privacy.check();
		});
	}
}

test('Fauske works without JavaScript: every outcome by plain links', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const flow = flows.find((f) => f.id === 'fauske-tims')!;
	for (const { outcome, moves } of pathsToOutcomes(flow)) {
		await page.goto('/nb/fauske-tims/');
		await page.locator('a.start').click();
		for (const move of moves) await makeMove(page, move);
		await expect(page.locator(`article[data-node="${outcome}"]`)).toBeVisible();
		await expect(page.locator('noscript')).toHaveCount(1);
	}
	await context.close();
});
