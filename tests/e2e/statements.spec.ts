// Every page links to the privacy page (personvern) and the accessibility statement, framed or not, and
// they say what they must: what is stored where, and the parts of a Norwegian accessibility statement.
import { expect, expectAccessible, test } from './helpers';

const PAGES = [
	'/',
	'/nb/',
	'/nn/heim/',
	'/nb/heim/steg-1/',
	'/nb/heim/svar/',
	'/nb/heim/min-oversikt/',
	'/nb/heim/oversikt/',
	'/nb/heim/presentasjon/',
	'/nb/bygg-inn/',
	'/nb/sammenlign/',
	'/nb/finnes-ikke/',
	'/nb/personvern/',
	'/embed/nb/heim/steg-1/',
	'/embed/nn/heim/min-oversikt/',
	'/embed/nb/finnes-ikke/'
];

test('every kind of page links to personvern and the accessibility statement, staying in the frame when framed', async ({ page }) => {
	for (const url of PAGES) {
		await page.goto(url);
		const prefix = url.startsWith('/embed/') ? '/embed' : '';
		const lang = url.includes('/nn/') ? 'nn' : 'nb';
		const footer = page.locator('footer');
		await expect(footer.locator(`a[href="${prefix}/${lang}/personvern/"]`), url).toHaveText('Personvern');
		await expect(footer.locator(`a[href="${prefix}/${lang}/tilgjengelighet/"]`), url).toHaveText(
			lang === 'nb' ? 'Tilgjengelighetserklæring' : 'Tilgjengelegheitserklæring'
		);
	}
});

test('personvern says what is stored where, that nothing personal is processed, and plainly that no operator is given', async ({ page }) => {
	await page.goto('/nb/personvern/');
	await expect(page.locator('h1')).toHaveText('Personvern');
	const main = page.locator('main');
	await expect(main).toContainText('behandler ingen personopplysninger');
	await expect(main).toContainText('i fanen du bruker (sessionStorage)');
	await expect(main).toContainText('Cache Storage');
	await expect(main).toContainText('ingen informasjonskapsler');
	// This build was made without OPERATOR_NAME: the page names no one.
	await expect(page.getByTestId('no-operator')).toContainText('Det er ikke oppgitt hvem som drifter');
	await expect(page.getByTestId('no-operator')).toContainText('OPERATOR_NAME');
	await expectAccessible(page);
});

test('the accessibility statement has the parts Norwegian public bodies publish: date, owner, status, deviations, contact, complaint', async ({ page }) => {
	for (const lang of ['nb', 'nn']) {
		await page.goto(`/embed/${lang}/tilgjengelighet/`);
		await expect(page.locator('.site-header')).toHaveCount(0);
		await expect(page.getByTestId('a11y-date')).toContainText('26. november 2026');
		await expect(page.getByTestId('no-operator')).toBeVisible();
		expect(await page.getByTestId('a11y-deviations').locator('li').count()).toBeGreaterThanOrEqual(3);
		await expect(page.locator('main')).toContainText('WCAG 2.1');
		await expect(page.locator('main')).toContainText('Diskrimineringsnemnda');
		await expect(page.locator('main h2')).toHaveCount(7);
		await expectAccessible(page);
	}
});
