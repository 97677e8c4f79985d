// Regression tests for the wizard bugs a new user found (issue 9, section 3), each in bokmål and nynorsk.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, flows, guardPrivacy, pagesIn, test } from './helpers';

/** Clicks through choices ("neste" for a step's next button) from the current page. */
async function follow(page: Page, choices: string[]) {
	for (const choice of choices) {
		await page.locator(choice === 'neste' ? 'a.next' : `a[data-option="${choice}"]`).click();
		await expect(page.locator('main h1')).toBeFocused();
	}
}

const savedWorry = (page: Page, flow: string) =>
	page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '{}').worry as string | undefined, `undringsveiviseren:${flow}`);

const text = {
	nb: { summary: 'Min oversikt', answers: 'Dine svar', previous: 'Ditt forrige svar', notFound: 'Vi fant ikke siden' },
	nn: { summary: 'Mi oversikt', answers: 'Svara dine', previous: 'Det førre svaret ditt', notFound: 'Vi fann ikkje sida' }
} as const;

for (const lang of ['nb', 'nn'] as const) {
	test(`1. the day the worry arose can be typed; an unfinished or future date is named, not used (${lang})`, async ({ page }) => {
		const privacy = guardPrivacy(page);
		await page.clock.setFixedTime(new Date('2026-12-30T10:00:00'));
		await page.goto(`/${lang}/heim/steg-3/`);
		await page.getByRole('link', { name: text[lang].summary }).click();
		const input = page.locator('#worry-date');
		const problem = page.getByTestId('worry-date-problem');
		const due = page.locator('[data-deadline="frist-9a"] time');
		await expect(input).toHaveValue('2026-12-30');

		// Digit by digit, as on a keyboard: 3 February or 2 March 2026, by the browser's order of the parts.
		await input.focus();
		await page.keyboard.type('03022026');
		await input.blur();
		const typed = await input.inputValue();
		expect(['2026-02-03', '2026-03-02']).toContain(typed);
		await expect(problem).toHaveCount(0);
		await expect(input).not.toHaveAttribute('aria-invalid');
		expect(await savedWorry(page, 'heim')).toBe(typed);
		await expect(due).toHaveAttribute('datetime', typed === '2026-02-03' ? '2026-02-10' : '2026-03-09');

		// A day after today is named and not used.
		await input.focus();
		await page.keyboard.type('01012027');
		await input.blur();
		await expect(input).toHaveValue('2027-01-01');
		await expect(problem).toBeVisible();
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		await expect(input).toHaveAttribute('aria-describedby', /\bworry-date-problem\b/);
		expect(await savedWorry(page, 'heim')).toBe(typed);
		await expect(due).toHaveAttribute('datetime', typed === '2026-02-03' ? '2026-02-10' : '2026-03-09');
		await expectAccessible(page);

		// An unfinished date (one part emptied) is named when the user leaves the field, and not used.
		await input.focus();
		await page.keyboard.press('Backspace');
		await input.blur();
		await expect(input).toHaveValue('');
		await expect(problem).toBeVisible();
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(await savedWorry(page, 'heim')).toBe(typed);

		// A good date again clears the message.
		await input.fill('2026-12-28');
		await input.blur();
		await expect(problem).toHaveCount(0);
		await expect(input).not.toHaveAttribute('aria-invalid');
		expect(await savedWorry(page, 'heim')).toBe('2026-12-28');
		await privacy.check();
	});

	test(`2. "${text[lang].answers}" always leads to where the answers now end, also at an outcome (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/kongsvinger/niva-0-trinn-1/`);
		await follow(page, ['neste', 'neste', 'neste', 'neste', 'tiltak', 'neste']);
		await page.getByRole('link', { name: text[lang].answers }).click();
		const wayOn = page.getByTestId('way-on');
		await expect(wayOn).toHaveAttribute('href', `/${lang}/kongsvinger/niva-1-trinn-2/`);

		// "Endre" to an answer that ends the walk.
		await page.getByTestId('answers').locator('.row').first().locator('.change a').click();
		await page.locator('a[data-option="ikke-nodvendig"]').click();
		await expect(page).toHaveURL(`/${lang}/kongsvinger/svar/`);
		const end = 'avslutt-saken';
		await expect(wayOn).toHaveAttribute('href', `/${lang}/kongsvinger/${end}/`);
		await expectAccessible(page);
		await wayOn.click();
		await expect(page.locator(`article[data-node="${end}"][data-kind="outcome"]`)).toBeVisible();

		// Opened at the outcome, the page leads back to it.
		await page.getByRole('link', { name: text[lang].answers }).click();
		await expect(wayOn).toHaveAttribute('href', `/${lang}/kongsvinger/${end}/`);
	});

	test(`3. the "Endre" page shows which answer was chosen before (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/kongsvinger/niva-0-trinn-1/`);
		await follow(page, ['neste', 'neste', 'neste', 'neste', 'tiltak', 'neste']);
		await page.getByRole('link', { name: text[lang].answers }).click();
		await page.getByTestId('answers').locator('.row').first().locator('.change a').click();
		const before = page.getByRole('link', { name: text[lang].previous });
		await expect(before).toHaveCount(1);
		await expect(before).toHaveAttribute('data-option', 'tiltak');
		await expect(before.getByText(text[lang].previous)).toBeVisible();
		await expectAccessible(page);
		// A plain visit to the same page marks nothing.
		await page.goto(`/${lang}/kongsvinger/niva-0-trinn-5/`);
		await expect(page.getByText(text[lang].previous)).toHaveCount(0);
	});

	test(`11. "${text[lang].summary}" in a new tab says the tab has no answers and offers the start (${lang})`, async ({ page }) => {
		for (const flow of flows) {
			await page.goto(`/${lang}/${flow.id}/min-oversikt/`);
			await expect(page.getByTestId('empty-tab')).toBeVisible();
			await expect(page.getByTestId('plan')).toHaveCount(0);
			await expect(page.getByTestId('empty-tab').getByRole('link')).toHaveAttribute('href', `/${lang}/${flow.id}/${flow.start}/`);
		}
		await expectAccessible(page);
		await page.getByTestId('empty-tab').getByRole('link').click();
		await page.getByRole('link', { name: text[lang].summary }).click();
		await expect(page.getByTestId('plan')).toBeVisible();
		await expect(page.getByTestId('empty-tab')).toHaveCount(0);
	});
}

test('8. "Slett svarene mine" can be undone', async ({ page }) => {
	await page.goto('/nb/heim/steg-1/');
	await follow(page, ['neste', 'neste']);
	await page.getByRole('link', { name: 'Min oversikt' }).click();
	const before = await page.evaluate(() => sessionStorage.getItem('undringsveiviseren:heim'));
	await page.getByRole('button', { name: 'Slett svarene mine' }).click();
	// Deleted at once...
	await expect(page.getByRole('status').filter({ hasText: 'slettet' })).toBeVisible();
	expect(await page.evaluate(() => sessionStorage.getItem('undringsveiviseren:heim'))).toBeNull();
	await expect(page.getByTestId('plan')).toHaveCount(0);
	// ...and undone with the button that now has focus.
	const undo = page.getByRole('button', { name: 'Angre slettingen' });
	await expect(undo).toBeFocused();
	await expectAccessible(page);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('plan')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Slett svarene mine' })).toBeFocused();
	expect(await page.evaluate(() => sessionStorage.getItem('undringsveiviseren:heim'))).toBe(before);
	await page.getByRole('link', { name: 'Dine svar' }).click();
	await expect(page.getByTestId('no-answers')).toBeVisible(); // Heim's first steps have no questions
	await page.getByRole('link', { name: 'Min oversikt' }).click();
	await expect(page.getByTestId('path').locator('li')).toHaveCount(3);
});

test('8. nynorsk: "Slett svara mine" can be undone', async ({ page }) => {
	await page.goto('/nn/heim/steg-1/');
	await follow(page, ['neste']);
	await page.getByRole('link', { name: 'Mi oversikt' }).click();
	await page.getByRole('button', { name: 'Slett svara mine' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'sletta' })).toBeVisible();
	await page.getByRole('button', { name: 'Angre slettinga' }).click();
	await expect(page.getByTestId('path').locator('li')).toHaveCount(2);
});

test('7. "Dette gjør du nå" has plain list marks on screen, and boxes to tick only on the printed plan', async ({ page }) => {
	const markers = (selector: string) => page.locator(selector).evaluateAll((items) => items.map((li) => getComputedStyle(li, '::marker').content));
	for (const url of ['/nb/heim/steg-1/', '/nn/fauske-tims/trinn-2/']) {
		await page.goto(url);
		const marks = await markers('article li');
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) expect(mark).not.toContain('☐');
		// Nothing in the lists looks or acts like a control but the answers.
		await expect(page.locator('article li input, article li [role="checkbox"]')).toHaveCount(0);
	}
	await page.getByRole('link', { name: 'Mi oversikt' }).click();
	for (const mark of await markers('.plan .checklist li')) expect(mark).not.toContain('☐');
	await page.emulateMedia({ media: 'print' });
	const printed = await markers('.plan .checklist li');
	expect(printed.length).toBeGreaterThan(0);
	for (const mark of printed) expect(mark).toContain('☐');
});

test('10. a wrong address inside a model offers that model\'s front page, with and without JavaScript', async ({ browser }) => {
	for (const js of [true, false]) {
		const context = await browser.newContext({ javaScriptEnabled: js });
		const page = await context.newPage();
		for (const lang of ['nb', 'nn'] as const)
			for (const flow of flows) {
				for (const prefix of ['', '/embed']) {
					const response = await page.goto(`${prefix}/${lang}/${flow.id}/finnes-ikke/`);
					expect(response?.status()).toBe(404);
					await expect(page.locator('h1')).toHaveText(text[lang].notFound);
					await expect(page.getByTestId('model-home')).toHaveAttribute('href', `${prefix}/${lang}/${flow.id}/`);
					await expect(page.getByTestId('model-home')).toContainText(flow.title[lang]);
					await expect(page.locator(`main a[href="${prefix}/${lang}/"]`)).toBeVisible();
				}
			}
		await page.getByTestId('model-home').click();
		await expect(page).toHaveURL(`/embed/nn/${flows.at(-1)!.id}/`);
		await expect(page.locator('h1')).toHaveText(flows.at(-1)!.title.nn);
		await context.close();
	}
});

test('6. on a 390×844 phone the way on (answers or "Neste") is within the first two screens of every step of every flow', async ({
	browser
}) => {
	test.setTimeout(240_000);
	// Without JavaScript, so the test measures the page every visitor gets first.
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });
	const page = await context.newPage();
	const late: string[] = [];
	for (const lang of ['nb', 'nn'] as const)
		for (const flow of flows)
			for (const node of flow.nodes) {
				if (node.kind === 'outcome') continue;
				await page.goto(`/${lang}/${flow.id}/${node.id}/`);
				const bottom = await page
					.locator('article > fieldset a.answer, article a.next')
					.evaluateAll((links) => Math.max(...links.map((a) => a.getBoundingClientRect().bottom + window.scrollY)));
				if (!(bottom <= 2 * 844)) late.push(`${lang}/${flow.id}/${node.id}: ${Math.round(bottom)} px`);
			}
	expect(late, 'the way on ends below the second screen').toEqual([]);
	await context.close();
});

/** Pages by model (or other first folder), so the workers share the load. */
const groups = new Map<string, string[]>();
for (const url of pagesIn('build').filter((url) => !url.startsWith('/embed/'))) {
	const key = url.split('/').slice(0, 3).join('/') || '/';
	groups.set(key, [...(groups.get(key) ?? []), url]);
}

for (const [group, urls] of groups)
	test(`5. on a 390 px phone no heading word under ${group} is broken except after a hyphen or slash (${urls.length} pages)`, async ({
		browser
	}) => {
		test.setTimeout(30_000 + urls.length * 2_000);
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, javaScriptEnabled: false });
		const page = await context.newPage();
		const broken: string[] = [];
		for (const url of urls) {
			await page.goto(url);
			// Each character's line box: where the line changes inside a word, the character before must be a
			// hyphen (also a soft one, which then shows as a hyphen) or a slash.
			const words = await page.evaluate(() => {
				const found: string[] = [];
				for (const heading of document.querySelectorAll('h1, h2, h3')) {
					const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
						const range = document.createRange();
						let top: number | undefined;
						let before = '';
						for (let i = 0; i < node.data.length; i++) {
							const char = node.data[i];
							if (/\s/.test(char)) {
								top = undefined;
								continue;
							}
							range.setStart(node, i);
							range.setEnd(node, i + 1);
							// The last box: after a soft hyphen, Chromium also gives the next character a box at the hyphen.
							const box = [...range.getClientRects()].findLast((r) => r.width > 0);
							if (!box) {
								before = char; // a soft hyphen inside a line takes no room
								continue;
							}
							if (top !== undefined && box.top > top + 1 && !/[-‐–/\u00ad]/.test(before)) {
								const start = node.data.lastIndexOf(' ', i) + 1;
								const end = node.data.indexOf(' ', i);
								found.push(`${heading.tagName} "${node.data.slice(start, end < 0 ? undefined : end)}"`);
							}
							top = box.top;
							before = char;
						}
					}
				}
				return found;
			});
			if (words.length) broken.push(`${url}: ${words.join(', ')}`);
		}
		expect(broken).toEqual([]);
		await context.close();
	});
