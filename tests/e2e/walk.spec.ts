// Walks every flow from its front page to every outcome by clicking, in both languages, and checks
// privacy on the way (axe runs on every page in all-pages.spec.ts); steps drawn from memory are the pages as built.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
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

// Steps come from memory once a model's page has loaded (src/lib/model-data.ts): the model's steps.json, fetched
// once, instead of each step's own step.json, which its prerendered page carries. Both must give the same page.
test('every step in steps.json is its own step.json, and its prerendered page carries that file (framed too)', () => {
	for (const lang of ['nb', 'nn'] as const)
		for (const flow of flows) {
			const read = (path: string) => JSON.parse(readFileSync(`build/${path}`, 'utf8')) as unknown;
			const steps = read(`${lang}/${flow.id}/steps.json`) as Record<string, unknown>;
			expect(Object.keys(steps).sort()).toEqual(flow.nodes.map((n) => n.id).sort());
			for (const node of flow.nodes) {
				const step = read(`${lang}/${flow.id}/${node.id}/step.json`);
				expect(steps[node.id], `${lang}/${flow.id}/${node.id}`).toEqual(step);
				for (const prefix of ['', 'embed/']) {
					const html = readFileSync(`build/${prefix}${lang}/${flow.id}/${node.id}/index.html`, 'utf8');
					const inlined = new RegExp(`<script type="application/json" data-sveltekit-fetched data-url="/${lang}/${flow.id}/${node.id}/step.json">(.*?)</script>`).exec(html);
					expect(inlined, `${prefix}${lang}/${flow.id}/${node.id} carries its step.json`).not.toBeNull();
					expect(JSON.parse((JSON.parse(inlined![1]) as { body: string }).body)).toEqual(step);
				}
			}
		}
});

// The data is the same (above); this shows the page drawn from it is too. One language per model, in turn.
for (const [index, flow] of flows.entries()) {
	const lang = index % 2 ? 'nn' : 'nb';
	test(`${flow.id} (${lang}): a step drawn from memory is the page as loaded from the server (the longest way)`, async ({ browser }) => {
		const { moves } = pathsToOutcomes(flow).sort((a, b) => b.moves.length - a.moves.length)[0];
		/** What the step shows (its article and where it is): elements with their attributes in order, and text. */
		const shown = (page: Page) =>
			page.locator('main').evaluate((main) => {
				const write = (node: Node): string => {
					if (node instanceof Text) return node.data.replace(/\s+/g, ' ');
					if (!(node instanceof Element)) return ''; // Svelte's comment anchors differ between the two
					const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort();
					return `<${node.localName}${attributes.join('')}>${[...node.childNodes].map(write).join('')}</${node.localName}>`;
				};
				return [...main.querySelectorAll('[data-testid="position"], article[data-node]')].map(write);
			});
		const context = await browser.newContext();
		const walking = await context.newPage();
		const steps = walking.waitForResponse((r) => new URL(r.url()).pathname === `/${lang}/${flow.id}/steps.json`);
		await walking.goto(`/${lang}/${flow.id}/`);
		await walking.waitForFunction(() => document.documentElement.dataset.js === 'ready');
		await steps;
		const fetched: string[] = [];
		walking.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await walking.locator('a.start').click();
		await expect(walking.locator(`article[data-node="${flow.start}"]`)).toBeVisible();
		const fromMemory = [await shown(walking)];
		for (const move of moves) {
			await makeMove(walking, move);
			fromMemory.push(await shown(walking));
		}
		expect(fetched.filter((p) => p.endsWith('.json')), 'no step data fetched on the way').toEqual([]);

		const loading = await context.newPage();
		const ids = [flow.start, ...moves.map((m) => m.to)];
		for (const [i, id] of ids.entries()) {
			await loading.goto(`/${lang}/${flow.id}/${id}/`);
			await loading.waitForFunction(() => document.documentElement.dataset.js === 'ready');
			expect(await shown(loading), `${lang}/${flow.id}/${id}`).toEqual(fromMemory[i]);
		}
		await context.close();
	});
}
