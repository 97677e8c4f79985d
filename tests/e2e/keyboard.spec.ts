// Keyboard only: every flow to every outcome with Tab, Shift+Tab, Enter and Space; focus always visible,
// and on the new heading after each answer. Also 200 % zoom.
import type { Page } from '@playwright/test';
import { expect, flows, pathsToOutcomes, test, type Move } from './helpers';

/** Whether the focused element shows a focus indicator. */
async function focusVisible(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return false;
		// The skip link has no outline: it shows itself when focused.
		if (el.classList.contains('ds-skip-link')) return el.getBoundingClientRect().width > 1;
		// Inside a date field Tab visits day, month, year and the calendar button; the browser draws
		// the button's ring itself, out of reach of getComputedStyle. The field's own ring is checked
		// on the stops before (the same element, then matching :focus-visible).
		if (el instanceof HTMLInputElement && el.type === 'date' && el.dataset.focusSeen) return true;
		if (el instanceof HTMLInputElement && el.type === 'date' && el.matches(':focus-visible')) el.dataset.focusSeen = '1';
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		return outline || style.boxShadow !== 'none';
	});
}

/** Tabs forward until `selector` has focus, checking every stop shows its focus; then Tab and Shift+Tab back. */
async function tabTo(page: Page, selector: string): Promise<void> {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		expect(await focusVisible(page), `focus is visible on stop ${i + 1}`).toBe(true);
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
			await page.keyboard.press('Tab');
			await page.keyboard.press('Shift+Tab');
			expect(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)).toBe(true);
			return;
		}
	}
	throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

function linkFor(move: Move): string {
	return move.option ? `a[data-option="${move.option}"]` : 'article[data-kind="step"] a.next';
}

for (const flow of flows) {
	test(`${flow.id}: every outcome by keyboard alone`, async ({ page }) => {
		for (const { outcome, moves } of pathsToOutcomes(flow)) {
			await page.goto(`/nb/${flow.id}/`);
			await tabTo(page, 'a.start');
			await page.keyboard.press('Enter');
			await expect(page.locator(`article[data-node="${flow.start}"]`)).toBeVisible();
			for (const move of moves) {
				await expect(page.locator('main h1')).toBeFocused();
				await tabTo(page, linkFor(move));
				await page.keyboard.press('Enter');
				await expect(page.locator(`article[data-node="${move.to}"]`)).toBeVisible();
			}
			await expect(page.locator('main h1')).toBeFocused();
			await expect(page.locator(`article[data-node="${outcome}"]`)).toBeVisible();
		}
		// Buttons take Space: clear the answers from the summary.
		await tabTo(page, 'a[href$="/min-oversikt/"]');
		await page.keyboard.press('Enter');
		await expect(page.locator('main h1')).toBeFocused();
		await tabTo(page, 'button.clear');
		await page.keyboard.press('Space');
		await expect(page.getByRole('status').filter({ hasText: 'slettet' })).toBeVisible();
	});
}

test('at 200 % zoom the pages reflow and the text stays readable', async ({ browser }) => {
	// A 1280×800 window at 200 % zoom lays out like 640×400 CSS pixels at twice the density.
	const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
	const page = await context.newPage();
	for (const url of ['/nb/', '/nb/kongsvinger/niva-1-evaluering-beslutning/', '/nn/heim/steg-3/', '/nb/sammenlign/?a=heim&b=kongsvinger']) {
		await page.goto(url);
		if (url.includes('sammenlign')) await expect(page.getByTestId('compare')).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), url).toBeLessThanOrEqual(0);
		const smallest = await page.evaluate(() =>
			Math.min(...[...document.querySelectorAll('main p, main li, main a')].map((e) => parseFloat(getComputedStyle(e).fontSize)))
		);
		expect(smallest, url).toBeGreaterThanOrEqual(12);
	}
	await context.close();
});
