// The wizard for the worried employee: answers, change, back, deadlines, summary, print, state, phone.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, flowById, makeMove, pathsToOutcomes, test } from './helpers';

/** Clicks through a list of choices ("neste" for a step's next button) from the current page. */
async function follow(page: Page, choices: string[]) {
	for (const choice of choices) {
		const link = choice === 'neste' ? page.locator('a.next') : page.locator(`a[data-option="${choice}"]`);
		await link.click();
		await expect(page.locator('main h1')).toBeFocused();
	}
}

test('changing an answer drops the answers that no longer apply', async ({ page }) => {
	await page.goto('/nb/kongsvinger/niva-0-trinn-1/');
	await follow(page, ['neste', 'neste', 'neste', 'neste', 'tiltak', 'neste', 'neste', 'neste', 'neste', 'fortsett']);
	await expect(page).toHaveURL('/nb/kongsvinger/niva-1-trinn-3/');

	await page.getByRole('link', { name: 'Dine svar' }).click();
	const rows = page.getByTestId('answers').locator('.row');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('Det er behov for å sette i gang tiltak');
	await expect(rows.nth(1)).toContainText('arbeidet fortsetter');
	await expectAccessible(page);

	await rows.nth(0).getByRole('link', { name: /Endre/ }).click();
	await expect(page.getByRole('status')).toContainText('Du endrer svaret ditt');
	await page.locator('a[data-option="ikke-nodvendig"]').click();
	await expect(page).toHaveURL('/nb/kongsvinger/svar/');
	await expect(rows).toHaveCount(1);
	await expect(rows.nth(0)).toContainText('Det er ikke nødvendig å sette inn tiltak');
	await expect(page.getByTestId('answers')).not.toContainText('arbeidet fortsetter');
	await expect(page.getByRole('link', { name: /^Fortsett/ })).toHaveCount(0); // at an outcome now
});

test('back works with the in-page link and with the browser, also through a loop', async ({ page }) => {
	await page.goto('/nb/fauske-tims/trinn-1-undring/');
	await follow(page, ['undrer', 'neste', 'neste', 'neste', 'neste', 'neste', 'nei']);
	await expect(page).toHaveURL('/nb/fauske-tims/trinn-6-nei/');
	await follow(page, ['juster']); // back round the circle to Trinn 4
	await expect(page).toHaveURL('/nb/fauske-tims/trinn-4/');
	await page.goBack();
	await expect(page).toHaveURL('/nb/fauske-tims/trinn-6-nei/');
	await page.locator('a.back').click();
	await expect(page).toHaveURL('/nb/fauske-tims/trinn-6-effekt/');
	await page.locator('a.back').click();
	await expect(page).toHaveURL('/nb/fauske-tims/trinn-5/');
	await page.getByRole('link', { name: 'Dine svar' }).click();
	await expect(page.getByTestId('answers').locator('.row')).toHaveCount(1);
});

for (const [lang, nine, four, from] of [
	['nb', 'mandag 4. januar 2027', 'mandag 25. januar 2027', 'Datoene er regnet fra mandag 28. desember 2026.'],
	['nn', 'måndag 4. januar 2027', 'måndag 25. januar 2027', 'Datoane er rekna frå måndag 28. desember 2026.']
] as const) {
	test(`deadlines are dates from the day the worry arose (${lang})`, async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-12-30T10:00:00'));
		await page.goto(`/${lang}/heim/steg-3/`);
		// Today by default.
		await expect(page.locator('[data-deadline="frist-9a"] time')).toHaveAttribute('datetime', '2027-01-06');
		// The day is set on the summary, and every page counts from it.
		await page.locator('.counted-from a').click();
		await expect(page).toHaveURL(`/${lang}/heim/min-oversikt/`);
		await page.locator('#worry-date').fill('2026-12-28');
		await page.locator('#worry-date').dispatchEvent('change');
		await expect(page.locator('[data-deadline="frist-9a"] time')).toHaveAttribute('datetime', '2027-01-04');
		await expect(page.locator('[data-deadline="frist-9a"] time')).toHaveText(nine);
		await expect(page.locator('[data-deadline="frist-4-uker"] time')).toHaveText(four);
		await page.goBack();
		await expect(page.locator('.counted-from')).toContainText(from);
		await expect(page.locator('[data-deadline="frist-9a"] time')).toHaveText(nine);
		await expect(page.locator('[data-deadline="frist-4-uker"] time')).toHaveAttribute('datetime', '2027-01-25');
	});
}

test('deadlines counted from today, and "snarest" without a date', async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
	await page.goto('/nb/kongsvinger/niva-1-inviter-til-niva-2/');
	await expect(page.locator('[data-deadline="niva-1-inviter-til-niva-2"] time')).toHaveAttribute('datetime', '2026-12-09');
	await expect(page.locator('[data-deadline="niva-1-inviter-til-niva-2"]')).toContainText('regnet fra i dag');
	await page.goto('/nb/handlingsforlop/niva-0-trinn-1/');
	const asap = page.locator('[data-deadline]').filter({ hasText: 'Snarest' });
	await expect(asap).toHaveCount(1);
	await expect(asap.locator('time')).toHaveCount(0);
});

test('the summary lists path, current step, deadlines and contacts, and prints as an A4 plan', async ({ page }) => {
	await page.goto('/nb/kongsvinger/niva-0-trinn-1/');
	await follow(page, ['neste', 'neste', 'neste']);
	await page.getByRole('link', { name: 'Min oversikt' }).click();
	const plan = page.getByTestId('plan');
	await expect(plan).toContainText('Del undringen med foresatte/barnet');
	await expect(plan).toContainText('Servicetorget');
	await expect(plan.locator('a[href="tel:62874000"]')).toHaveText('62 87 40 00');
	await expect(plan.locator('[data-deadline="undringssamtale-barnehagemiljo"] time')).toBeVisible();
	await expect(page.getByTestId('path').locator('li')).toHaveCount(4);
	await expectAccessible(page);

	await page.emulateMedia({ media: 'print' });
	for (const chrome of ['.site-header', '.site-footer', '.wizard-nav', 'button.print', '.ds-skip-link'])
		await expect(page.locator(chrome).first()).toBeHidden();
	await expect(plan).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBeGreaterThanOrEqual(1);
	expect(pages).toBeLessThanOrEqual(2);
});

test('"Slett" clears the answers from this tab', async ({ page }) => {
	await page.goto('/nb/heim/steg-1/');
	await follow(page, ['neste', 'neste']);
	await page.getByRole('link', { name: 'Min oversikt' }).click();
	await page.getByRole('button', { name: 'Slett svarene mine' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'slettet' })).toBeVisible();
	expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
	await page.getByRole('link', { name: 'Dine svar' }).click();
	await expect(page.getByTestId('no-answers')).toBeVisible();
});

for (const [name, value, text] of [
	['corrupted', '{"flow": "heim", "answers": [', 'kunne ikke leses'],
	['from another version', '{"flow":"heim","version":"0.0.1","from":"steg-1","answers":[]}', 'oppdatert']
] as const) {
	test(`a ${name} saved state is discarded with a notice`, async ({ page }) => {
		await page.addInitScript((v) => {
			if (!sessionStorage.getItem('seeded')) {
				sessionStorage.setItem('undringsveiviseren:heim', v);
				sessionStorage.setItem('seeded', '1');
			}
		}, value);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto('/nb/heim/steg-2/');
		await expect(page.getByTestId('state-notice')).toContainText(text);
		await expectAccessible(page);
		await follow(page, ['neste']);
		await expect(page).toHaveURL('/nb/heim/steg-3/');
		expect(errors).toEqual([]);
	});
}

test('switching language keeps the answers', async ({ page }) => {
	await page.goto('/nb/heim/steg-1/');
	await follow(page, ['neste', 'neste', 'neste', 'tiltak']);
	await page.getByRole('link', { name: 'Nynorsk' }).click();
	await expect(page).toHaveURL('/nn/heim/niva-1/');
	await page.getByRole('link', { name: 'Svara dine' }).click();
	await expect(page.getByTestId('answers').locator('.row')).toHaveCount(1);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
});

test('without JavaScript the answers and summary pages say they need it', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const url of ['/nb/heim/svar/', '/nn/heim/min-oversikt/']) {
		await page.goto(url);
		await expect(page.getByTestId('needs-script')).toBeVisible();
	}
	await context.close();
});

test('on a phone (360×740) a whole flow works, without horizontal scrolling', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	const flow = flowById('heim');
	for (const { outcome, moves } of pathsToOutcomes(flow)) {
		await page.goto('/nb/heim/');
		await page.locator('a.start').click();
		for (const move of moves) {
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await makeMove(page, move);
		}
		await expect(page.locator(`article[data-node="${outcome}"]`)).toBeVisible();
	}
	await context.close();
});
