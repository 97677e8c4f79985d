// Course mode for trainers (issue 14): wording a trainer can show, slides, case walks, comparison, posters.
import { expect, expectAccessible, flowById, flows, guardPrivacy, test } from './helpers';

/** What a trainer has to say about these models (issue 14): the slides must carry it, from the flow data. */
const MUST_SAY: Record<string, string[]> = {
	kongsvinger: ['2 uker', 'Stafettlogg', 'Husk da å få et samtykke'],
	'fauske-tims': ['TIMS-teamet'],
	heim: ['§9a', '4 uker']
};

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

/** What the visible slide shows, and every line of its text that is not inside the slide on screen. */
async function visibleSlide(page: import('@playwright/test').Page) {
	// After the next frame: a control bar whose height changed resizes the stage, and the page's ResizeObserver
	// sets the scale before that frame is painted, but possibly after a measurement taken at once.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	return page.evaluate(() => {
		const slide = document.querySelector<HTMLElement>('.slide:not([hidden])')!;
		const box = slide.getBoundingClientRect();
		const bar = document.querySelector('.controls')!.getBoundingClientRect();
		const notes = document.querySelector('.speaker-notes')?.getBoundingClientRect();
		const bottom = Math.min(notes?.top ?? Infinity, bar.top, innerHeight);
		const problems: string[] = [];
		if (box.left < -0.5 || box.top < -0.5 || box.right > innerWidth + 0.5 || box.bottom > bottom + 0.5)
			problems.push(`slide ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} not within the screen above the controls (${innerWidth}×${Math.round(bottom)})`);
		const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		let text = '';
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.textContent?.trim() || !node.parentElement?.checkVisibility({ visibilityProperty: true })) continue;
			text += ` ${node.textContent}`;
			range.selectNodeContents(node);
			for (const r of range.getClientRects())
				if (r.width && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1))
					problems.push(`"${node.textContent.trim().slice(0, 40)}" at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} outside the slide`);
		}
		const scale = box.width / slide.offsetWidth;
		const bodySize = parseFloat(getComputedStyle(slide).fontSize) * scale;
		const heading = slide.querySelector('.slide-heading')!;
		return {
			index: Number(slide.dataset.slide),
			revealed: slide.querySelectorAll('[data-testid="leads"]:not(.unseen)').length,
			count: document.querySelectorAll('.slide').length,
			title: heading.textContent!.trim(),
			text: text.replace(/\s+/g, ' '),
			bodySize,
			problems
		};
	});
}

test.describe('slides', () => {
	for (const viewport of [
		{ width: 1280, height: 720 },
		{ width: 1920, height: 1080 }
	])
		for (const fullscreen of [false, true])
			for (const flow of flows)
				test(`${flow.id}: every slide fits ${viewport.width}×${viewport.height}${fullscreen ? ' in fullscreen' : ''}, paged by PageDown only`, async ({ page }) => {
					await page.setViewportSize(viewport);
					await page.goto(`/nb/${flow.id}/presentasjon/`);
					if (fullscreen) {
						await page.getByRole('button', { name: 'Fullskjerm' }).click();
						await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
					}
					const seen: string[] = [];
					let last = '';
					for (;;) {
						const slide = await visibleSlide(page);
						expect(slide.problems, `slide ${slide.index + 1}: ${slide.title}`).toEqual([]);
						expect(slide.bodySize, `slide ${slide.index + 1}: body text size`).toBeGreaterThanOrEqual(viewport.width === 1920 ? 21 : 14);
						// Focus stays on the slide (never on a button the clicker's keys would go to), with no ring.
						const focus = await page.evaluate(() => ({ tag: document.activeElement?.tagName, outline: getComputedStyle(document.activeElement!).outlineStyle }));
						if (slide.index > 0 || fullscreen) expect(focus).toEqual({ tag: 'H1', outline: 'none' });
						seen.push(slide.text);
						const state = `${slide.index}/${slide.revealed}`;
						if (state === last) break;
						last = state;
						await page.keyboard.press('PageDown');
					}
					const end = await visibleSlide(page);
					expect(end.index).toBe(end.count - 1);
					if (fullscreen) expect(await page.evaluate(() => !!document.fullscreenElement)).toBe(true);
					// Every step was on a slide, and what a trainer must say, from the flow data.
					const all = seen.join('\n');
					for (const level of flow.levels) for (const step of level.steps) expect(all).toContain(step.title.nb.split('/')[0]);
					for (const fact of MUST_SAY[flow.id] ?? []) expect(all).toContain(fact);
					expect(all).not.toContain('Kommunen er ikke oppgitt');
				});

	test('a decision reveals, answer by answer, where each leads; PageUp goes back', async ({ page }) => {
		await page.goto('/nb/heim/presentasjon/');
		const question = flowById('heim').nodes.find((n) => n.id === 'grunn-til-oppfolging')!;
		if (question.kind !== 'question') throw new Error('not a question');
		await page.getByRole('button', { name: 'Lysbilder' }).click();
		await page.getByRole('dialog').getByRole('link', { name: /Grunn til videre oppfølging/ }).click();
		await expect(page.getByRole('dialog')).toBeHidden();
		const slide = page.locator('.slide:visible');
		await expect(slide.locator('h1')).toHaveText(question.question.nb);
		await expect(page.locator('.slide:visible h1')).toBeFocused();
		const leads = slide.getByTestId('leads');
		await expect(leads).toHaveCount(question.options.length);
		for (let i = 0; i < question.options.length; i++) {
			await expect(leads.nth(i)).toBeHidden();
			await page.keyboard.press('PageDown');
			await expect(leads.nth(i)).toBeVisible();
			await expect(leads.nth(i)).toContainText(flowById('heim').nodes.find((n) => n.id === question.options[i].next)!.kind === 'outcome' ? 'Steg' : '');
		}
		await page.keyboard.press('PageDown');
		await expect(page.locator('.slide:visible h1')).not.toHaveText(question.question.nb);
		await page.keyboard.press('PageUp');
		await expect(page.locator('.slide:visible h1')).toHaveText(question.question.nb);
		await expect(page.locator('.slide:visible').getByTestId('leads').last()).toBeVisible();
	});

	test('B blanks the screen and brings it back; S shows the speaker notes; axe finds nothing', async ({ page }) => {
		await page.goto('/nb/fauske-tims/presentasjon/');
		await expectAccessible(page);
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank')).toBeVisible();
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank')).toBeHidden();
		await page.keyboard.press('.');
		await expect(page.getByTestId('blank')).toBeVisible();
		await page.keyboard.press('PageDown'); // any other key shows the slide again
		await expect(page.getByTestId('blank')).toBeHidden();
		await page.keyboard.press('End');
		await page.keyboard.press('s');
		const notes = page.getByTestId('speaker-notes');
		await expect(notes).toContainText('TIMS-teamet: Et lavterskeltilbud');
		await expect(page.locator('.slide:visible')).toContainText('TIMS-teamet');
		// The slide still fits above the notes.
		expect((await visibleSlide(page)).problems).toEqual([]);
		await page.getByRole('button', { name: 'Lysbilder' }).click();
		await expectAccessible(page);
	});

	test('fullscreen keeps every clicker key working and leaves no focus on the button', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto('/nb/kongsvinger/presentasjon/');
		const button = page.getByRole('button', { name: 'Fullskjerm' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
		await expect(page.locator('.slide:visible h1')).toBeFocused();
		const at = () => visibleSlide(page).then((s) => s.index);
		for (const [key, index] of [['PageDown', 1], ['Space', 2], ['ArrowRight', 3], ['ArrowDown', 4], ['PageUp', 3], ['ArrowLeft', 2], ['ArrowUp', 1]] as const) {
			await page.keyboard.press(key);
			await expect.poll(at, key).toBe(index);
			expect(await page.evaluate(() => !!document.fullscreenElement), `${key} keeps fullscreen`).toBe(true);
		}
		// Even when focus is put back on a button, a clicker's keys move the slides.
		await page.getByRole('button', { name: 'Avslutt fullskjerm' }).focus();
		await page.keyboard.press('PageDown');
		await expect.poll(at).toBe(2);
		await page.keyboard.press('b');
		await expect(page.getByTestId('blank')).toBeVisible();
	});

	test('a presenter window with the notes moves the audience window along', async ({ page, context }) => {
		await page.goto('/nb/heim/presentasjon/#2');
		const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presentatørvindu' }).click()]);
		await presenter.waitForFunction(() => document.documentElement.dataset.js === 'ready');
		await expect(presenter.getByTestId('speaker-notes')).toBeVisible();
		await expect(presenter.getByTestId('speaker-notes')).toContainText('Neste lysbilde:');
		await presenter.keyboard.press('PageDown');
		await expect(page).toHaveURL(/#3$/);
		await expect(page.locator('.slide:visible h1')).toHaveText(await presenter.locator('.slide:visible h1').textContent() as string);
		await presenter.keyboard.press('b');
		await expect(page.getByTestId('blank')).toBeVisible();
	});

	test('each level has a diagram slide, and D shows a step in its level\'s diagram, marked', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto('/nb/kongsvinger/presentasjon/');
		await page.keyboard.press('m');
		await page.getByRole('dialog').getByRole('link', { name: 'Trinn 3: Iverksett tiltak' }).click();
		const slide = page.locator('.slide:visible');
		await expect(slide.locator('svg')).toHaveCount(0);
		await page.keyboard.press('d');
		await expect(slide.locator('svg.diagram')).toBeVisible();
		await expect(slide.locator('a[aria-current="step"]')).toHaveAttribute('data-box', 'step:niva-1-trinn-3');
		expect((await visibleSlide(page)).problems).toEqual([]);
		await expectAccessible(page);
		await page.keyboard.press('d');
		await expect(slide.locator('svg')).toHaveCount(0);
		// The level's own diagram slide, from the menu.
		await page.keyboard.press('m');
		await page.getByRole('dialog').getByRole('link', { name: 'Diagram' }).nth(2).click();
		await expect(page.locator('.slide:visible h1')).toHaveText('Nivå 2: Tilpasset tverrfaglig samarbeid sammen med foresatte/barn');
		for (const step of flowById('kongsvinger').levels[2].steps) await expect(page.locator(`.slide:visible svg.diagram a[data-box="step:${step.id}"]`)).toHaveCount(1);
		expect((await visibleSlide(page)).problems).toEqual([]);
	});

	test('alternative steps that read the same are told apart on their slides (ved-bekymring 3a, 3B)', async ({ page }) => {
		await page.goto('/nn/ved-bekymring/presentasjon/');
		const texts: string[] = [];
		for (const step of ['3a', '3B']) {
			await page.keyboard.press('m');
			await page.getByRole('dialog').getByRole('link', { name: new RegExp(`^${step}:`) }).click();
			texts.push((await page.locator('.slide:visible').textContent()) ?? '');
		}
		expect(texts[0]).not.toEqual(texts[1]);
		expect(texts[0]).toContain('Hit frå 2 · 2a');
		expect(texts[1]).toContain('Hit frå 2 · 2B');
	});
});

/** On Heim's overview: the worry arose on Monday 2 November 2026, and the case walked to the decision at Steg 4. */
async function walkHeimToDecision(page: import('@playwright/test').Page) {
	await page.goto('/nb/heim/oversikt/');
	const walk = page.getByTestId('case-walk');
	await walk.getByLabel('Dagen undringen eller bekymringen oppsto').fill('2026-11-02');
	await walk.getByLabel('Dagen undringen eller bekymringen oppsto').blur();
	for (let i = 0; i < 3; i++) await walk.getByRole('button', { name: 'Velg «Neste»' }).click();
	return walk;
}

test.describe('case walks', () => {
	test('opening a page off the way asks before throwing the answers away; "Begynn her" and "Start på nytt" can be undone', async ({ page }) => {
		const privacy = guardPrivacy(page);
		await page.goto('/nb/kongsvinger/niva-0-trinn-1/');
		for (const to of ['niva-0-trinn-2', 'niva-0-trinn-3']) {
			await page.locator('a.next').click();
			await expect(page.locator(`article[data-node="${to}"]`)).toBeVisible();
		}
		// A deep link (or a bookmark) to a page off the way.
		await page.goto('/nb/kongsvinger/niva-2-samarbeidsmote/');
		const pending = page.getByTestId('state-notice');
		await expect(pending).toContainText('(2 svar)');
		await pending.getByRole('link', { name: 'Tilbake til veien din' }).click();
		await expect(page.locator('article[data-node="niva-0-trinn-3"]')).toBeVisible();
		await expect(pending).toBeHidden();
		// A step picked in the overview.
		await page.goto('/nb/kongsvinger/oversikt/');
		await page.getByTestId('overview-text').getByRole('link', { name: /^Trinn 1: Samtykke til Stafettlogg/ }).first().click();
		await expect(pending).toBeVisible();
		await pending.getByRole('button', { name: 'Begynn her' }).click();
		const setAside = page.getByTestId('state-notice');
		await expect(setAside).toBeVisible();
		await setAside.getByRole('button', { name: 'Angre' }).click();
		await expect(page.locator('article[data-node="niva-0-trinn-3"]')).toBeVisible();
		// "Start på nytt" at once, with a way back.
		await page.locator('a.restart').click();
		await expect(page.locator('article[data-node="niva-0-trinn-1"]')).toBeVisible();
		await setAside.getByRole('button', { name: 'Angre' }).click();
		await expect(page.locator('article[data-node="niva-0-trinn-3"]')).toBeVisible();
		await privacy.check();
	});

	test('the overview walks a case: the way with its deadlines as dates, answers side by side, cases kept in the tab', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		const privacy = guardPrivacy(page);
		const walk = await walkHeimToDecision(page);
		const path = walk.getByTestId('walk-path');
		await expect(path.locator('> li')).toHaveCount(4);
		await expect(path.locator('[data-deadline="frist-9a"]')).toContainText('Senest innen 1 uke – mandag 9. november 2026');
		await expect(path.locator('[data-deadline="frist-4-uker"]')).toContainText('mandag 30. november 2026');
		// At the decision, every answer side by side with where it leads.
		const ways = walk.getByTestId('walk-ways').locator('> li');
		await expect(ways).toHaveCount(3);
		const [a, b] = [await ways.nth(0).boundingBox(), await ways.nth(1).boundingBox()];
		expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
		expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
		await expect(ways.nth(2)).toContainText('Gå til nivå 2 i veilederen');
		await expectAccessible(page);
		// Keep it as "Sak A", start another, then take A up again.
		await walk.getByRole('button', { name: 'Ta vare på denne gjennomgangen' }).click();
		await expect(walk.getByTestId('walk-cases')).toContainText('Sak A: 3 svar, ved Nivå 0 · Steg 4: Er det grunn til videre oppfølging?');
		await walk.getByRole('button', { name: 'Velg «Det er behov for å hente inn ekstern hjelp»' }).click();
		await expect(path.locator('> li')).toHaveCount(5);
		await walk.getByRole('button', { name: 'Start på nytt' }).click();
		await expect(path.locator('> li')).toHaveCount(1);
		await page.reload();
		await walk.getByRole('button', { name: 'Hent fram Sak A' }).click();
		await expect(path.locator('> li')).toHaveCount(4);
		await expect(walk.getByTestId('walk-ways').locator('> li')).toHaveCount(3);
		await privacy.check();
	});
});

test.describe('comparison by topic', () => {
	for (const lang of ['nb', 'nn'] as const)
		test(`Heim and Kongsvinger side by side: deadlines, documentation, coordination, consent, each linked to its step (${lang})`, async ({ page }) => {
			await page.goto(`/${lang}/sammenlign/?a=heim&b=kongsvinger`);
			const table = page.getByTestId('compare-topics');
			const cell = (topic: string, flow: string) => table.locator(`tr[data-topic="${topic}"] td[data-flow="${flow}"]`);
			const week = lang === 'nb' ? ['1 uke', '4 uker', '2 uker'] : ['1 veke', '4 veker', '2 veker'];
			await expect(cell('deadlines', 'heim')).toContainText(week[0]);
			await expect(cell('deadlines', 'heim')).toContainText(week[1]);
			await expect(cell('deadlines', 'heim')).toContainText('§9a');
			await expect(cell('deadlines', 'kongsvinger')).toContainText(week[2]);
			// Documentation side by side, in one row: Kongsvinger's Stafettlogg; Heim names none, and the table says so.
			await expect(cell('documentation', 'kongsvinger').getByRole('link', { name: 'Stafettlogg', exact: true })).toHaveAttribute('href', `/${lang}/kongsvinger/niva-0-trinn-5/`);
			await expect(cell('documentation', 'heim')).toHaveText(lang === 'nb' ? 'Ikke nevnt i modellen' : 'Ikkje nemnt i modellen');
			await expect(cell('coordination', 'heim')).toContainText('(koordinator)');
			await expect(cell('coordination', 'kongsvinger')).toContainText(lang === 'nb' ? 'Stafettholder' : 'Stafetthaldar');
			await expect(cell('consent', 'kongsvinger')).toContainText(lang === 'nb' ? 'Samtykke til Stafettlogg' : 'Samtykke til Stafettlogg');
			// Steps lined up by phase.
			await expect(table.locator('tr[data-phase="parents"] td[data-flow="heim"]')).toContainText('Steg 3');
			await expect(table.locator('tr[data-phase="parents"] td[data-flow="kongsvinger"]')).toContainText('Trinn 4');
			if (lang === 'nb') await expectAccessible(page);
			await cell('deadlines', 'heim').getByRole('link').first().click();
			await expect(page.locator('article[data-node="steg-3"]')).toBeVisible();
		});
});

/** The pages of a PDF: their size in points and their text. */
async function readPdf(bytes: Buffer): Promise<{ width: number; height: number; text: string }[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
	const pages = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const page = await doc.getPage(i);
		const [, , width, height] = page.view;
		const content = await page.getTextContent();
		pages.push({ width, height, text: content.items.map((item) => ('str' in item ? item.str : '')).join(' ') });
	}
	await doc.destroy();
	return pages;
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('posters', () => {
	const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
	const PAPER = { a3: { width: 1190.55, height: 841.89 }, a4: { width: 841.89, height: 595.28 } };
	for (const flow of flows)
		test(`${flow.id}: the poster prints on exactly one A3 landscape page, and on one A4 page when chosen, with every step title whole`, async ({ page }) => {
			await page.goto(`/nb/${flow.id}/plakat/`);
			for (const paper of ['a3', 'a4'] as const) {
				if (paper === 'a4') await page.getByLabel('A4 liggende').check();
				const pages = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
				expect(pages, `${paper}: pages`).toHaveLength(1);
				expect(Math.round(pages[0].width)).toBe(Math.round(PAPER[paper].width));
				expect(Math.round(pages[0].height)).toBe(Math.round(PAPER[paper].height));
				const text = squash(pages[0].text);
				expect(text).toContain(squash(flow.title.nb));
				if (flow.municipality) expect(text).toContain(flow.municipality.name.nb);
				const [year, month, day] = flow.source.read.split('-').map(Number);
				expect(text).toContain(`lest ${day}. ${MONTHS[month - 1]} ${year}`);
				for (const level of flow.levels) for (const step of level.steps) expect(text, `${paper}: ${step.title.nb}`).toContain(squash(step.title.nb));
				// Laid out for print on the paper's printable area (mm at 96 dpi): every line of text inside it.
				const area = paper === 'a3' ? { width: 400, height: 277 } : { width: 281, height: 194 };
				await page.emulateMedia({ media: 'print' });
				await page.setViewportSize({ width: Math.floor(area.width * 3.78), height: Math.floor(area.height * 3.78) });
				const outside = await page.locator('[data-testid="poster"]').evaluate((poster) => {
					const box = { right: innerWidth + 1, bottom: innerHeight + 1 };
					return [...poster.querySelectorAll('text, p')].filter((t) => {
						const r = t.getBoundingClientRect();
						return r.width > 0 && (r.left < -1 || r.top < -1 || r.right > box.right || r.bottom > box.bottom);
					}).map((t) => t.textContent);
				});
				expect(outside, `${paper}: text off the paper`).toEqual([]);
				await page.emulateMedia({ media: null });
			}
		});

	test('the poster page passes axe and is linked from the model', async ({ page }) => {
		await page.goto('/nb/kongsvinger/');
		await page.getByRole('link', { name: 'Plakat (for utskrift)' }).click();
		await expect(page.getByTestId('poster')).toBeVisible();
		await expectAccessible(page);
	});
});

test.describe('overview diagram', () => {
	test('projected at 1920×1080, every model\'s diagram text is at least 18 px at its default zoom', async ({ page }) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		for (const flow of flows) {
			await page.goto(`/nb/${flow.id}/oversikt/`);
			const smallest = await page.locator('.diagram-scroll svg').evaluate((svg: SVGSVGElement) => {
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
			});
			expect(smallest, flow.id).toBeGreaterThanOrEqual(18);
		}
	});

	test('zooms with buttons and keys, pans by dragging, and draws the case under way with its deadline dates', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await walkHeimToDecision(page);
		const svg = page.locator('.diagram-scroll svg');
		await expect(svg.locator('a.on-path')).toHaveCount(5);
		await expect(svg.locator('[data-date-for="step:steg-3"]')).toHaveText('9. november 2026');
		const width = () => svg.evaluate((s) => s.getBoundingClientRect().width);
		const natural = await width();
		await page.getByRole('button', { name: 'Forstørr' }).click();
		expect(await width()).toBeCloseTo(natural * 1.5, 0);
		const region = page.getByRole('region', { name: /Diagram/ });
		await region.focus();
		await page.keyboard.press('+');
		expect(await width()).toBeCloseTo(natural * 2, 0);
		// Dragging pans, and does not follow the link it ends on.
		const box = (await region.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 100);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 300, box.y + 100, { steps: 5 });
		await page.mouse.up();
		expect(await region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(200);
		await expect(page).toHaveURL(/\/oversikt\/$/);
		await page.keyboard.press('0');
		expect(await width()).toBeCloseTo(natural, 0);
		await expectAccessible(page);
	});
});
