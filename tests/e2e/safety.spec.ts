// Issue 9: routes that never trap or mislead, the service's own notes beside the municipality's words,
// deadlines that say what they count from, and a position that tells levels and alternatives apart.
import type { Page } from '@playwright/test';
import { SERVICE_NOTES } from '../../src/lib/flow/service-notes';
import { expect, expectAccessible, flows, test } from './helpers';

const LANGS = ['nb', 'nn'] as const;
const words = {
	nb: { note: 'Merknad fra veiviseren', checked: 'Kontrollert 26. november 2026', answers: 'Dine svar', summary: 'Min oversikt', unfinished: 'uferdig' },
	nn: { note: 'Merknad frå vegvisaren', checked: 'Kontrollert 26. november 2026', answers: 'Svara dine', summary: 'Mi oversikt', unfinished: 'uferdig' }
};

async function follow(page: Page, choices: string[]) {
	for (const choice of choices) {
		await (choice === 'neste' ? page.locator('a.next') : page.locator(`a[data-option="${choice}"]`)).click();
		await expect(page.locator('main h1')).toBeFocused();
	}
}

/** Puts a saved walk (and the day the worry arose) in this tab before the first page loads. */
async function seed(page: Page, flowId: string, saved: { from: string; answers: string[]; worry?: string }) {
	const flow = flows.find((f) => f.id === flowId)!;
	await page.addInitScript(
		([key, value]) => {
			if (!sessionStorage.getItem('seeded')) {
				sessionStorage.setItem(key, value);
				sessionStorage.setItem('seeded', '1');
			}
		},
		[`undringsveiviseren:${flowId}`, JSON.stringify({ flow: flowId, version: flow.version, ...saved })]
	);
}

for (const lang of LANGS) {
	test(`Fauske Trinn 6 "Nei": adjust the measures at Trinn 4 or go on to Trinn 7, and every ending has the contacts (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/fauske-tims/trinn-6-effekt/`);
		await follow(page, ['nei']);
		await expect(page.locator('main')).toContainText(lang === 'nb' ? 'Ikke gjør mer av det som ikke fungerer!' : 'Ikkje gjer meir av det som ikkje fungerer!');
		await expect(page.locator('a[data-option="juster"]')).toHaveAttribute('href', `/${lang}/fauske-tims/trinn-4/`);
		await follow(page, ['trinn-7']);
		await expect(page).toHaveURL(`/${lang}/fauske-tims/trinn-7-maloppnaelse/`);
		// Goal reached: still on to the closing contacts.
		await follow(page, ['ja', 'neste']);
		await expect(page).toHaveURL(`/${lang}/fauske-tims/sjekk-ut-magefolelsen/`);
		for (const name of ['PPT', 'TIMS-teamet']) await expect(page.locator('.contact h3', { hasText: name })).toBeVisible();
		await expectAccessible(page);
	});

	test(`Fauske Trinn 1: undring and bekymring lead to different guidance, both on to Trinn 2 (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/fauske-tims/trinn-1-undring/`);
		await follow(page, ['undrer']);
		await expect(page.locator('main')).toContainText(lang === 'nb' ? 'Har dere lurt på hvorfor…?' : 'Har de lurt på kvifor…?');
		await expect(page.locator('.contact')).toHaveCount(0);
		const wondering = await page.locator('article').innerText();
		await follow(page, ['neste']);
		await expect(page).toHaveURL(`/${lang}/fauske-tims/trinn-2/`);
		await page.goto(`/${lang}/fauske-tims/trinn-1-undring/`);
		await follow(page, ['bekymrer']);
		await expect(page.locator('main')).toContainText(lang === 'nb' ? 'Det alene er grunn nok til å handle' : 'Det åleine er grunn nok til å handle');
		await expect(page.locator('.contact h3', { hasText: 'TIMS-teamet' })).toBeVisible();
		expect(await page.locator('article').innerText()).not.toBe(wondering);
		await follow(page, ['neste']);
		await expect(page).toHaveURL(`/${lang}/fauske-tims/trinn-2/`);
	});

	test(`Handlingsforløp nivå 1 Trinn 4: three outcomes as three; "other measures" go to the measures step, with the service's note (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/handlingsforlop/niva-1-trinn-4/`);
		await expect(page.locator('a.answer')).toHaveCount(3);
		await follow(page, ['utfall-2']);
		await expect(page.locator('a.answer')).toHaveCount(2);
		const note = page.getByTestId('service-notes');
		await expect(note).toContainText(words[lang].note);
		await expect(note).toContainText('trinn 3');
		await expect(note).toContainText(words[lang].checked);
		await follow(page, ['andre-tiltak']);
		await expect(page).toHaveURL(`/${lang}/handlingsforlop/niva-1-trinn-1/`);
		await expect(page.locator('main h1')).toContainText(lang === 'nb' ? 'Skap felles forståelse' : 'Skap felles forståing');
	});

	test(`Heim: no consent reminder for telling one's leader; BUT's meetings are not opening hours, and not for acute worry (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/heim/steg-2/`);
		await expect(page.locator('article')).not.toContainText(/samtykke/i);
		await page.goto(`/${lang}/heim/steg-1/`);
		const card = page.locator('.contact');
		await expect(card).toContainText(lang === 'nb' ? 'Husk samtykke for deling av opplysninger' : 'Hugs samtykke for deling av opplysningar');
		await expect(card).not.toContainText(lang === 'nb' ? 'Åpningstider' : 'Opningstider');
		const notes = page.getByTestId('service-notes').last();
		await expect(notes).toContainText(lang === 'nb' ? 'annenhver uke' : 'annakvar veke');
		await expect(notes).toContainText('112');
		// The note sits right after the contacts it is about.
		expect(await page.evaluate(() => document.querySelector('.cards')?.nextElementSibling?.matches('.service-notes'))).toBe(true);
	});

	test(`Kongsvinger: "Døgnåpne vakttjenester" beside Servicetorget, and no number the seed does not give (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/kongsvinger/niva-0-trinn-3/`);
		await expect(page.locator('.contact h3', { hasText: lang === 'nb' ? 'Døgnåpne vakttjenester' : 'Døgnopne vakttenester' })).toBeVisible();
		const tel = await page.locator('main a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(tel).toEqual(['tel:62874000']);
		await expect(page.getByTestId('service-notes').last()).toContainText(lang === 'nb' ? 'åpningstiden' : 'opningstida');
	});

	test(`ved-bekymring: 2B is an alternative to 2a, not the step after it; 4B is a report, not a happy ending (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/ved-bekymring/2b-vidare-samarbeid/`);
		await expect(page.getByTestId('position')).toHaveText('2 · 2B (alternativ til 2a)');
		await expect(page.locator('.bar span')).toHaveCount(1);
		await page.goto(`/${lang}/ved-bekymring/4b-bekymringsmelding/`);
		const badge = page.locator('.end .badge');
		await expect(badge).toHaveText(lang === 'nb' ? 'Forløpet ender med en bekymringsmelding til barnevernet.' : 'Forløpet endar med ei bekymringsmelding til barnevernet.');
		await expect(badge).toHaveClass(/report/);
		await expect(badge).not.toHaveClass(/success|resolved/);
		// The page's own note beside the main text; the standard note on the duty to report with the contacts.
		const notes = page.getByTestId('service-notes');
		await expect(notes.first()).toContainText(lang === 'nb' ? 'Hvem sender meldingen' : 'Kven sender meldinga');
		await expect(notes.first()).toContainText('112');
		await expect(notes.last()).toContainText(SERVICE_NOTES['reporting-duty'].text[lang]);
		await expectAccessible(page);
	});

	test(`an unfinished step is marked wherever it is listed (${lang})`, async ({ page }) => {
		const mark = (scope: ReturnType<Page['locator']>) => scope.filter({ hasText: words[lang].unfinished });
		await page.goto(`/${lang}/handlingsforlop/`);
		await expect(mark(page.locator('.step-list li'))).toHaveCount(1);
		await expect(mark(page.locator('.step-list li'))).toContainText(lang === 'nb' ? 'Videre innsats' : 'Vidare innsats');
		await page.goto(`/${lang}/handlingsforlop/oversikt/`);
		await expect(mark(page.getByTestId('overview-text').locator('ol > li'))).toContainText(lang === 'nb' ? 'Videre innsats' : 'Vidare innsats');
		await page.goto(`/${lang}/handlingsforlop/presentasjon/`);
		await expect(page.locator('.slide .badge', { hasText: words[lang].unfinished }).first()).toBeAttached();
		await seed(page, 'handlingsforlop', { from: 'niva-3-trinn-4', answers: ['utfall-2', 'andre-tiltak'] });
		await page.goto(`/${lang}/handlingsforlop/min-oversikt/`);
		await expect(page.locator('.current .badge')).toHaveText(words[lang].unfinished);
		await expect(mark(page.getByTestId('path').locator('li'))).toHaveCount(1);
	});

	test(`deadlines say "from today" without a day, use the model's word, and flag a deadline passed (${lang})`, async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-12-30T10:00:00'));
		await page.goto(`/${lang}/heim/steg-3/`);
		const countedFrom = page.locator('.counted-from');
		await expect(countedFrom).toContainText(lang === 'nb' ? 'Du har ikke oppgitt dagen bekymringen oppsto' : 'Du har ikkje oppgitt dagen bekymringa oppstod');
		await expect(page.locator('[data-deadline="frist-9a"]')).toContainText(lang === 'nb' ? 'regnet fra i dag' : 'rekna frå i dag');
		await expect(page.locator('[data-deadline="frist-9a"]')).not.toContainText('undring');
		await expect(page.locator('.badge.passed')).toHaveCount(0);
	});

	test(`a day entered long ago: counted from it, with the model's word, and a passed deadline is flagged (${lang})`, async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-12-30T10:00:00'));
		await seed(page, 'heim', { from: 'steg-1', answers: ['neste', 'neste'], worry: '2026-12-10' });
		await page.goto(`/${lang}/heim/steg-3/`);
		const nine = page.locator('[data-deadline="frist-9a"]');
		await expect(nine).toContainText(lang === 'nb' ? 'regnet fra dagen bekymringen oppsto' : 'rekna frå dagen bekymringa oppstod');
		await expect(nine.locator('.badge.passed')).toHaveText('Fristen er passert');
		// Four weeks from 10 December is 7 January: not passed.
		await expect(page.locator('[data-deadline="frist-4-uker"] .badge.passed')).toHaveCount(0);
		await expect(page.locator('.counted-from a')).toHaveText(lang === 'nb' ? 'Endre dagen bekymringen oppsto' : 'Endre dagen bekymringa oppstod');
		// The plan lists the §9a deadline too, and the dated note on the new law beside it.
		await page.locator('.counted-from a').click();
		await expect(page.getByTestId('plan').locator('.badge.passed')).toHaveCount(1);
		await expect(page.getByTestId('plan').getByTestId('service-notes')).toContainText(SERVICE_NOTES['school-environment-law'].text[lang]);
	});

	test(`"Veien hit" and the answers tell the two "Trinn 1" apart by their level (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/handlingsforlop/niva-0-trinn-1/`);
		await follow(page, ['neste', 'neste', 'neste', 'tiltak']);
		await page.getByRole('link', { name: words[lang].summary }).click();
		const path = page.getByTestId('path').locator('li');
		await expect(path.nth(0)).toContainText('Nivå 0 · Trinn 1:');
		await expect(path.nth(4)).toContainText('Nivå 1 · Trinn 1:');
		await page.getByRole('link', { name: words[lang].answers }).click();
		await expect(page.getByTestId('answers')).toContainText('Nivå 0 · Trinn 4:');
	});
}

test('every page with the service\'s notes shows them, marked and dated, in both languages', async ({ request }) => {
	for (const flow of flows)
		for (const node of flow.nodes.filter((n) => n.serviceNotes))
			for (const lang of LANGS) {
				const html = await (await request.get(`/${lang}/${flow.id}/${node.id}/`)).text();
				expect(html, `${lang} ${flow.id}/${node.id}`).toContain(words[lang].note);
				for (const note of node.serviceNotes!) {
					const { text, checked } = typeof note === 'string' ? SERVICE_NOTES[note] : note;
					const [y, m, d] = checked.split('-').map(Number);
					expect(html, `${lang} ${flow.id}/${node.id}`).toContain(text[lang]);
					expect(html).toContain(`Kontrollert ${d}. ${['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'][m - 1]} ${y}`);
				}
			}
});

test('the notes are never hidden in a collapsed section, and never inside the municipality\'s lists', async ({ page }) => {
	for (const path of ['/nb/kongsvinger/niva-0-trinn-3/', '/nn/heim/steg-3/', '/nb/handlingsforlop/niva-0-trinn-3/']) {
		await page.goto(path);
		const notes = page.getByTestId('service-notes');
		expect(await notes.count()).toBeGreaterThan(0);
		for (const note of await notes.all()) {
			await expect(note).toBeVisible();
			expect(await note.evaluate((el) => !!el.closest('details, ul, ol, .contact'))).toBe(false);
		}
	}
});
