// A model's brand colour (theme.ts) on real pages: axe finds no contrast problem, for colours from light
// yellow to mid grey. No model names one yet, so the theme a build would write is put on built pages here.
import AxeBuilder from '@axe-core/playwright';
import { themeCss } from '../../src/lib/flow/theme';
import { expect, test } from './helpers';

const COLOURS = ['#ffd400', '#808080', '#3d8bd9', '#8b0000'];
// A step, the plan, a framed step, and the trainers' pages whose diagrams draw steps in the accent.
const PAGES = ['/nb/heim/grunn-til-oppfolging/', '/nb/heim/min-oversikt/', '/embed/nn/heim/steg-3/', '/nb/heim/plakat/', '/nn/kongsvinger/oversikt/'];

test('pages themed with a brand colour pass axe (WCAG 2.1 AA)', async ({ browser }) => {
	test.setTimeout(60_000 + COLOURS.length * PAGES.length * 5_000);
	// The pages' CSP allows no inline style; a real build links theme/<id>.css, which it allows.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	for (const url of PAGES) {
		await page.goto(url);
		await expect(page.locator('main h1')).toBeVisible();
		for (const colour of COLOURS) {
			const style = await page.addStyleTag({ content: themeCss(colour) });
			expect(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--ds-color-accent-base-default'))).toBe(
				themeCss(colour).match(/--ds-color-accent-base-default:(#[0-9a-f]{6})/)![1]
			);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${url} in ${colour}`).toEqual([]);
			await style.evaluate((node) => (node as HTMLStyleElement).remove());
		}
	}
	await context.close();
});
