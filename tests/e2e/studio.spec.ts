// The model studio (/nb/studio/, /nn/studio/): a model built from the template with the mouse and the keyboard
// only, downloaded and accepted by flows:check; every model in flows/ opened and downloaded unchanged, byte for
// byte; problems in plain words that lead to their field; the draft kept until "Slett utkast"; axe on the way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, flows, listed, test } from './helpers';

test.describe.configure({ timeout: 240_000 });

async function openStudio(page: Page, lang: 'nb' | 'nn' = 'nb') {
	await page.goto(`/${lang}/studio/`);
	await expect(page.getByTestId('studio')).toBeVisible();
}

/** Downloads the model and returns the file's name and text. */
async function download(page: Page): Promise<{ name: string; text: string }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
	return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** The problems list has settled on `count` problems. */
async function expectProblems(page: Page, count: number) {
	await expect(page.getByTestId('problems').getByRole('heading')).toHaveText(`Problemer (${count})`);
}

test('every model in flows/, opened and downloaded unchanged, is the same file byte for byte', async ({ page }) => {
	await openStudio(page);
	for (const flow of flows) {
		const file = `flows/${flow.id}.json`;
		await page.locator('#open-file').setInputFiles(file);
		await expect(page.getByTestId('studio-notice')).toContainText(`«${flow.id}.json» er åpnet`);
		await expect(page.locator('#f-id')).toHaveValue(flow.id);
		await expectProblems(page, 0);
		const { name, text } = await download(page);
		expect(name).toBe(`${flow.id}.json`);
		expect(text === readFileSync(file, 'utf8'), `${file} comes back as it was`).toBe(true);
	}
	// The published ones also from the list of models, as the site serves them.
	for (const flow of listed) {
		await page.locator('#open-model').selectOption(flow.id);
		await page.getByRole('button', { name: 'Åpne', exact: true }).click();
		await expect(page.locator('#f-id')).toHaveValue(flow.id);
		await expectProblems(page, 0);
		expect((await download(page)).text === readFileSync(`flows/${flow.id}.json`, 'utf8'), flow.id).toBe(true);
	}
});

test('a four-step model with two outcomes, built from the template with mouse and keyboard, passes flows:check', async ({ page }) => {
	const origin = new URL(test.info().project.use.baseURL!).origin;
	const foreign: string[] = [];
	page.on('request', (r) => !r.url().startsWith(origin) && !/^(data|blob):/.test(r.url()) && foreign.push(r.url()));
	await openStudio(page);
	await expectAccessible(page);
	const pair = async (path: string, nb: string, nn: string) => {
		await page.locator(`#f-${path}-nb`).fill(nb);
		await page.locator(`#f-${path}-nn`).fill(nn);
	};
	const tab = (name: string) => page.getByRole('navigation', { name: 'Deler av modellen' }).getByRole('button', { name, exact: true }).click();

	// Om modellen: typed with the keyboard, field by field.
	await page.locator('#f-id').fill('prove-kommune');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('1.0.0');
	await page.getByLabel('Publisert – godkjent av kommunen').check();
	await pair('title', 'Prøvemodell', 'Prøvemodell');
	await pair('description', 'En modell laget i studioet.', 'Ein modell laga i studioet.');
	await pair('municipality-name', 'Prøve kommune', 'Prøve kommune');
	await page.getByLabel('Adressen er ukjent').uncheck();
	await page.locator('#f-source-url').fill('https://www.example.no/veileder');
	await pair('source-title', 'Veileder ved bekymring', 'Rettleiar ved bekymring');
	await page.getByLabel('Utgiveren er ukjent').uncheck();
	await page.locator('#f-source-publisher').fill('Prøve kommune');

	// Nivåer og trinn: the level and its two steps, then two more steps, each with a page of its own.
	await tab('Nivåer og trinn');
	await pair('levels-0-title', 'Undring', 'Undring');
	await pair('levels-0-steps-0-title', 'Skriv ned det du ser', 'Skriv ned det du ser');
	await pair('levels-0-steps-1-title', 'Er du fortsatt urolig?', 'Er du framleis uroleg?');
	const addStep = page.getByRole('button', { name: 'Legg til trinn (med en side)' });
	await addStep.click();
	await addStep.focus();
	await page.keyboard.press('Enter');
	await pair('levels-0-steps-2-title', 'Snakk med lederen', 'Snakk med leiaren');

	// A problem leads to its field: the fourth step has no title yet.
	const missing = page.getByTestId('problems').getByRole('button').filter({ hasText: 'trinnet «trinn-4», tittel, bokmål' });
	await missing.first().click();
	await expect(page.locator('#f-levels-0-steps-3-title-nb')).toBeFocused();
	await page.keyboard.type('Avtal oppfølging');
	await page.locator('#f-levels-0-steps-3-title-nn').fill('Avtal oppfølging');

	// Sider: what to do on each step, the question, the answers and where they lead, the outcomes.
	await tab('Sider');
	const show = (label: string) => page.locator('#node-choice').selectOption({ label });
	await show('Skriv ned det du ser (trinn)');
	await pair('nodes-0-todo-0', 'Skriv ned hva du har sett og hørt.', 'Skriv ned kva du har sett og høyrt.');
	await show('[Fyll inn: spørsmålet den ansatte svarer på] (spørsmål)');
	await pair('nodes-1-question', 'Er du fortsatt urolig for barnet?', 'Er du framleis uroleg for barnet?');
	await pair('nodes-1-options-0-label', 'Ja', 'Ja');
	await pair('nodes-1-options-1-label', 'Nei', 'Nei');
	// With the keyboard: the first answer leads to the third step.
	await page.locator('#f-nodes-1-options-0-next').focus();
	await page.locator('#f-nodes-1-options-0-next').selectOption({ label: 'Snakk med lederen (trinn)' });
	await show('[Fyll inn: hvor det første svaret ender] (slutt)');
	await pair('nodes-4-title', 'Oppfølgingen er avtalt', 'Oppfølginga er avtalt');
	await page.locator('#f-nodes-4-step').selectOption({ label: 'Avtal oppfølging' });
	await show('[Fyll inn: hvor det andre svaret ender] (slutt)');
	await pair('nodes-5-title', 'Saken avsluttes', 'Saka blir avslutta');
	await show('Snakk med lederen (trinn)');
	await pair('nodes-2-todo-0', 'Del uroen med lederen din.', 'Del uroa med leiaren din.');
	await page.locator('#f-nodes-2-next').selectOption({ label: 'Avtal oppfølging (trinn)' });
	await show('Avtal oppfølging (trinn)');
	await pair('nodes-3-todo-0', 'Avtal når dere følger opp.', 'Avtal når de følgjer opp.');

	// With the mouse, on the canvas: from the fourth step's way on to the first outcome.
	const canvas = page.getByTestId('canvas');
	const from = canvas.locator('.svelte-flow__node[data-id="step:trinn-4"] .svelte-flow__handle.source');
	const to = canvas.locator('.svelte-flow__node[data-id="node:utfall-1"] .svelte-flow__handle.target');
	await canvas.scrollIntoViewIfNeeded();
	await expect(from).toBeVisible();
	await expect(to).toBeVisible();
	// The canvas is laid out again (in a worker) after each edit above, and the boxes may still move when the drag
	// starts, as they would under a user's hand: drag again until the arrow lands, as a user would.
	await expect(async () => {
		await from.dragTo(to, { steps: 10 });
		await expect(page.locator('#f-nodes-3-next')).toHaveValue('utfall-1', { timeout: 1_000 });
	}).toPass({ timeout: 20_000 });

	await expectProblems(page, 0);
	await expect(page.getByTestId('no-problems')).toBeVisible();
	await expectAccessible(page);

	// The preview walks the model with the real engine: Ja leads on to the third step.
	await page.getByRole('button', { name: 'Gå gjennom fra start' }).click();
	const preview = page.getByTestId('preview');
	await preview.locator('a.next').click();
	await preview.getByRole('link', { name: 'Ja' }).click();
	await expect(preview.locator('h1')).toContainText('Snakk med lederen');

	const { name, text } = await download(page);
	expect(name).toBe('prove-kommune.json');
	const dir = mkdtempSync(join(tmpdir(), 'undring-studio-'));
	try {
		writeFileSync(join(dir, name), text);
		const check = spawnSync('node_modules/.bin/tsx', ['scripts/check-flows.ts', join(dir, name)], { encoding: 'utf8' });
		expect(check.stderr + check.stdout).toContain('flows:check: 1 flow files are valid.');
		expect(check.status).toBe(0);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const model = JSON.parse(text);
	expect(model.levels[0].steps).toHaveLength(4);
	expect(model.nodes.filter((n: { kind: string }) => n.kind === 'outcome')).toHaveLength(2);
	expect(model.status).toBe('published');

	// Nothing left the browser; the draft is kept in it (studio pages only).
	const stored = await page.evaluate(() => Object.keys(localStorage));
	expect(stored).toEqual(['undringsveiviseren:studio']);
	await expect
		.poll(async () => (await page.evaluate(() => localStorage.getItem('undringsveiviseren:studio'))) === text, { message: 'the stored draft is the downloaded file' })
		.toBe(true);
	expect(await page.context().cookies()).toEqual([]);
	expect(foreign, 'requests to other origins').toEqual([]);
});

test('the draft is kept between visits, undo and redo work, and "Slett utkast" deletes it', async ({ page }) => {
	await openStudio(page);
	const title = page.locator('#f-title-nb');
	const template = await title.inputValue();
	await title.fill('Mitt utkast');
	await expect.poll(() => page.evaluate(() => localStorage.getItem('undringsveiviseren:studio') ?? '')).toContain('Mitt utkast');

	await page.getByRole('button', { name: 'Angre' }).click();
	await expect(title).toHaveValue(template);
	await page.getByRole('button', { name: 'Gjør om' }).click();
	await expect(title).toHaveValue('Mitt utkast');
	await title.focus();
	await page.keyboard.press('Control+z');
	await expect(title).toHaveValue(template);
	await page.keyboard.press('Control+Shift+z');
	await expect(title).toHaveValue('Mitt utkast');

	await page.reload();
	await expect(page.getByTestId('studio-notice')).toContainText('Utkastet ditt fra forrige gang er åpnet igjen');
	await expect(title).toHaveValue('Mitt utkast');

	await page.getByRole('button', { name: 'Slett utkast' }).click();
	await expect(page.getByTestId('studio-notice')).toContainText('Utkastet er slettet');
	await expect(title).toHaveValue(template);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	await page.reload();
	await expect(page.getByTestId('studio-notice')).toContainText('En ny modell fra malen er åpnet');
});

test('a model file dropped on the studio opens', async ({ page }) => {
	await openStudio(page);
	const text = readFileSync('flows/heim.json', 'utf8');
	const transfer = await page.evaluateHandle((content) => {
		const data = new DataTransfer();
		data.items.add(new File([content], 'heim.json', { type: 'application/json' }));
		return data;
	}, text);
	await page.getByRole('group', { name: 'Fil fra maskinen din' }).dispatchEvent('drop', { dataTransfer: transfer });
	await expect(page.getByTestId('studio-notice')).toContainText('«heim.json» er åpnet');
	await expect(page.locator('#f-id')).toHaveValue('heim');
});

test('a file that is not a model is refused with the reason in plain words, and nothing is lost', async ({ page }) => {
	await openStudio(page);
	await page.locator('#f-title-nb').fill('Ikke mist meg');
	await page.locator('#open-file').setInputFiles({ name: 'feil.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x",') });
	await expect(page.getByTestId('studio-notice')).toContainText('«feil.json» kan ikke åpnes i studioet');
	await expect(page.getByTestId('studio-notice')).toContainText('Fila er ikke gyldig JSON');
	await expect(page.locator('#f-title-nb')).toHaveValue('Ikke mist meg');
});

test('the studio in nynorsk, and its page without JavaScript says what it needs and how to publish', async ({ page, browser }) => {
	await openStudio(page, 'nn');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	await expect(page.getByRole('heading', { name: 'Opne ein modell' })).toBeVisible();
	await expect(page.getByTestId('problems').getByRole('heading')).toHaveText('Problem (0)');
	await expect(page.locator('.mark').first()).toHaveText('Ikkje fylt inn');
	await expectAccessible(page);
	// On a phone, every part of the model fits the width.
	await page.setViewportSize({ width: 320, height: 640 });
	for (const part of ['Om modellen', 'Nivå og steg', 'Sider', 'Kontaktar', 'Hjelpemiddel', 'Fristar']) {
		await page.getByRole('navigation', { name: 'Delar av modellen' }).getByRole('button', { name: part, exact: true }).click();
		await expect(page.getByRole('heading', { name: part, exact: true })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), part).toBeLessThanOrEqual(0);
	}

	const context = await browser.newContext({ javaScriptEnabled: false });
	const plain = await context.newPage();
	await plain.goto('/nb/studio/');
	await expect(plain.getByTestId('studio-loading')).toContainText('Studioet trenger JavaScript');
	await expect(plain.getByRole('heading', { name: 'Slik blir modellen en del av veiviseren' })).toBeVisible();
	await expect(plain.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await context.close();
});
