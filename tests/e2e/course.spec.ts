// Course mode for trainers (issue 14): wording a trainer can show, slides, case walks, comparison, posters.
import { expect, flows, test } from './helpers';

test.describe('wording', () => {
	for (const lang of ['nb', 'nn'] as const) {
		test(`notes about the source page are dated notes about it, not the model's content (${lang})`, async ({ page }) => {
			for (const flow of flows.filter((f) => f.source.note)) {
				await page.goto(`/${lang}/${flow.id}/`);
				const note = page.getByTestId('source-note');
				await expect(note).toHaveAttribute('role', 'note');
				await expect(note).toContainText(flow.source.note![lang]);
				await expect(note).toContainText(lang === 'nb' ? 'Om kommunens side' : 'Om sida til kommunen');
				await expect(note).toContainText('2026');
				// Said once, inside the note.
				await expect(page.locator('main').getByText(flow.source.note![lang], { exact: false })).toHaveCount(1);
			}
		});

		test(`outcome lists name the level of each outcome, so none reads the same as another (${lang})`, async ({ page }) => {
			for (const flow of flows) {
				await page.goto(`/${lang}/${flow.id}/oversikt/`);
				const items = await page.getByTestId('overview-text').locator('> ul:last-of-type > li').allTextContents();
				expect(items.length, flow.id).toBe(flow.nodes.filter((n) => n.kind === 'outcome').length);
				expect(new Set(items).size, `${flow.id}: ${items.join(' | ')}`).toBe(items.length);
			}
		});
	}

	test('the contact sentence on Kongsvinger nivå 0 trinn 3 is whole', async ({ page }) => {
		await page.goto('/nb/kongsvinger/niva-0-trinn-3/');
		await expect(page.locator('.contact .why').first()).toHaveText('For råd og veiledning når dere er usikre. Saken diskuteres anonymt.');
		await expect(page.locator('main')).not.toContainText('usikre: for');
	});
});
