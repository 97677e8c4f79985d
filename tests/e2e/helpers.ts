// Shared helpers for the end-to-end tests: real flows, paths through them, and axe.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type FrameLocator, type Page } from '@playwright/test';
import type { Flow, Node } from '../../src/lib/flow/schema';

/**
 * Playwright's test, with `page.goto` waiting until the page runs (hydrated): a click before that is a
 * plain link (which works, but is not what a test of the enhanced wizard means). Pages that ship no
 * JavaScript, like the 404 pages, are not waited for.
 */
export const test = base.extend({
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			await page.waitForFunction(() => document.documentElement.dataset.js === 'ready' || !document.querySelector('link[rel="modulepreload"]'));
			return response;
		};
		await use(page);
	}
});

export { expect };

export const flows: Flow[] = readdirSync('flows')
	.filter((f) => f.endsWith('.json') && f !== 'flow.schema.json')
	.sort()
	.map((f) => JSON.parse(readFileSync(`flows/${f}`, 'utf8')) as Flow);

/** The models the site lists (start page, compare, embed); a draft is built but not listed. */
export const listed: Flow[] = flows.filter((f) => f.status === 'published');

/** Every prerendered page in a build folder, as a URL path ("/nb/heim/steg-1/"). */
export function pagesIn(dir: string, base = ''): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : pagesIn(path, `${base}/${name}`);
		return name === 'index.html' ? [`${base}/`] : [];
	});
}

export function flowById(id: string): Flow {
	return flows.find((f) => f.id === id)!;
}

export interface Move {
	from: Node;
	/** Option id, or undefined for a step's "Neste". */
	option?: string;
	to: string;
}

function moves(node: Node): { option?: string; to: string }[] {
	if (node.kind === 'step') return [{ to: node.next }];
	if (node.kind === 'question') return node.options.map((o) => ({ option: o.id, to: o.next }));
	return [];
}

/** The shortest click path from the start to each outcome of a flow. */
export function pathsToOutcomes(flow: Flow): { outcome: string; moves: Move[] }[] {
	const nodes = new Map(flow.nodes.map((n) => [n.id, n]));
	const via = new Map<string, Move | null>([[flow.start, null]]);
	const queue = [flow.start];
	while (queue.length) {
		const node = nodes.get(queue.shift()!)!;
		for (const m of moves(node))
			if (!via.has(m.to)) {
				via.set(m.to, { from: node, ...m });
				queue.push(m.to);
			}
	}
	return flow.nodes
		.filter((n) => n.kind === 'outcome')
		.map((n) => {
			const path: Move[] = [];
			for (let m = via.get(n.id); m; m = via.get(m.from.id)) path.unshift(m);
			return { outcome: n.id, moves: path };
		});
}

/** Clicks the link that makes a move: an answer, or the "Neste" button of a step (in a page or a frame). */
export async function makeMove(page: Page | FrameLocator, move: Move): Promise<void> {
	const link = move.option
		? page.locator(`a[data-option="${move.option}"]`)
		: page.locator('article[data-kind="step"] a.next');
	await link.click();
	await expect(page.locator(`article[data-node="${move.to}"]`)).toBeVisible();
}

const checked = new Set<string>();

/** axe with the WCAG 2.1 A/AA rules; each URL once per worker. */
export async function expectAccessible(page: Page): Promise<void> {
	const url = page.url();
	if (checked.has(url)) return;
	checked.add(url);
	// Legacy mode runs axe in the page and its frames directly; the default opens a blank page per check to merge
	// the frames' results, which doubled the time of each check (about 1 s to 0.5 s a page on 2 cores).
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
		`axe violations on ${url}`
	).toEqual([]);
}

/**
 * Records every request the page makes; `check()` then asserts privacy by design: nothing went to
 * another origin, no cookies, nothing in localStorage, and sessionStorage holds only ids and a date.
 */
export function guardPrivacy(page: Page): { check: () => Promise<void> } {
	const origin = new URL(base.info().project.use.baseURL!).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol)) foreign.push(request.url());
	});
	return {
		async check() {
			expect(foreign, 'requests to other origins').toEqual([]);
			expect(await page.context().cookies(), 'cookies').toEqual([]);
			const storage = await page.evaluate(() => ({
				local: localStorage.length,
				session: Object.entries(sessionStorage)
			}));
			expect(storage.local, 'localStorage entries').toBe(0);
			for (const [key, value] of storage.session) {
				// SvelteKit keeps scroll positions of its own: numbers only.
				if (['sveltekit:scroll', 'sveltekit:snapshot'].includes(key)) {
					const numbers = (v: unknown): boolean =>
						typeof v === 'number' || (typeof v === 'object' && v !== null && Object.values(v).every(numbers));
					expect(numbers(JSON.parse(value)), `${key} holds only numbers`).toBe(true);
					continue;
				}
				expect(key).toMatch(/^undringsveiviseren:[a-z0-9-]+$/);
				// A trainer's demonstration cases: ways named by a letter only.
				const cases = key.startsWith('undringsveiviseren:saker-') ? (JSON.parse(value) as { id: string; saved: Record<string, unknown> }[]) : undefined;
				for (const { id } of cases ?? []) expect(id).toMatch(/^[a-e]$/);
				for (const saved of cases?.map((c) => c.saved) ?? [JSON.parse(value) as Record<string, unknown>]) {
					expect(Object.keys(saved).sort()).toEqual(expect.arrayContaining(['answers', 'flow', 'from', 'version']));
					for (const [field, v] of Object.entries(saved)) {
						if (field === 'answers') for (const a of v as unknown[]) expect(a).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
						else if (field === 'worry') expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
						else if (field === 'version') expect(v).toMatch(/^\d+\.\d+\.\d+$/);
						else expect(v).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
					}
				}
			}
		}
	};
}
