// Flow text is data, never markup: hostile text in a flow renders as inert text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { checkFlowText } from '../../src/lib/flow/validate';
import { localize } from '../../src/lib/flow/localize';
import { nodePage } from '../../src/lib/flow/views';
import { loadLocale } from '../../src/lib/i18n';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/nb/xss/steg/') } }));
vi.mock('$app/navigation', () => ({ goto: () => undefined, afterNavigate: () => undefined }));

const text = readFileSync('tests/fixtures/xss/xss.json', 'utf8');

describe('hostile flow text', () => {
	it('is a valid flow: the schema accepts any text, and that is fine because text is never markup', () => {
		expect(checkFlowText(text, 'xss').ok).toBe(true);
	});

	it('renders as escaped text on a wizard page', async () => {
		const checked = checkFlowText(text, 'xss');
		if (!checked.ok) throw new Error('fixture invalid');
		await loadLocale('nb', ['common']);
		const { default: NodeView } = await import('../../src/lib/components/NodeView.svelte');
		const { Progress } = await import('../../src/lib/state/progress.svelte');
		const { graphOf } = await import('../../src/lib/flow/views');
		const flow = localize(checked.flow, 'nb');
		const progress = new Progress(graphOf(flow));
		const { default: Wrapper } = await import('./fixtures/WithProgress.svelte');
		const html = render(Wrapper, {
			props: { progress, component: NodeView, props: { page: nodePage(flow, 'steg', 'nb'), href: (id: string) => `/nb/xss/${id}/`, choose: () => undefined } }
		}).body;
		// Every hostile string shows up escaped, none as a live element or attribute.
		// (The heading may break after a slash: <wbr/>, between Svelte's markers.)
		expect(html.replace(/<!--[^]*?-->|<wbr\/>/g, '')).toContain('&lt;script>alert(\'step\')&lt;/script>');
		expect(html).toContain('&lt;img src=x onerror=alert(\'todo\')>');
		expect(html).toContain('&lt;a href="javascript:alert(\'tool\')">verktøy&lt;/a>');
		expect(html).toContain('&lt;img src=x onerror=alert(\'note\')>');
		// No live hostile element, and no event handler or javascript: link inside any real tag.
		expect(html).not.toMatch(/<(script|img|iframe|svg|style|b)\b/i);
		expect(html).not.toMatch(/<[a-z][^<>]*\s(on\w+=|href="javascript:)/i);
	});
});

describe('the source', () => {
	const files = (dir: string): string[] =>
		readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

	it('never renders raw HTML ({@html}, innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
		const offenders = files('src')
			.filter((f) => /\.(svelte|ts|js)$/.test(f))
			.filter((f) => /\{@html|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')));
		expect(offenders).toEqual([]);
	});
});
