// Every prerendered page, found in the build output: axe (WCAG 2.1 A/AA), no sideways scrolling at
// 320 px, and the Content-Security-Policy. Pages are grouped by model so the workers share the load.
// An /embed/ page is its full-site twin (checked here too) in a smaller frame: axe checks the frame on
// every sixth of them, the rest only for reflow and CSP, which keeps the suite's time in bounds.
import { expect, expectAccessible, pagesIn, test } from './helpers';

const pages = pagesIn('build');
const groups = new Map<string, string[]>();
for (const page of pages) {
	const key = page.split('/').slice(0, page.startsWith('/embed/') ? 4 : 3).join('/') || '/';
	groups.set(key, [...(groups.get(key) ?? []), page]);
}

test('the build has every page of every flow in both languages, framed and not', () => {
	expect(pages.length).toBeGreaterThan(400);
	for (const lang of ['nb', 'nn']) for (const prefix of ['', '/embed']) expect(pages).toContain(`${prefix}/${lang}/heim/steg-3/`);
});

for (const [group, urls] of groups) {
	test(`every page under ${group} passes axe, reflows at 320 px and has a CSP (${urls.length} pages)`, async ({ page }) => {
		test.setTimeout(30_000 + urls.length * 10_000);
		await page.setViewportSize({ width: 320, height: 640 });
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
		page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
		for (const [i, url] of urls.entries()) {
			await page.goto(url);
			await expect(page.locator('h1').first()).toBeVisible();
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp, url).toContain("default-src 'self'");
			// A missing string shows as its key, e.g. "node.todo".
			expect(await page.locator('body').innerText(), `${url} shows an untranslated key`).not.toMatch(
				/\b(app|nav|start|flow|flowLinks|safety|position|node|translation|deadline|contact|tool|notFound|wizard|answers|summary|notice|embed|present|compare|snippet|a11y|footer|overview|privacy|operator|moved)\.(?!js\b)[a-z][a-zA-Z]+\b/
			);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${url} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
			if (!url.startsWith('/embed/') || i % 6 === 0) await expectAccessible(page);
		}
		expect(errors).toEqual([]);
	});
}
