// A model's brand colour becomes the accent with AA contrast, for any colour.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { brandTheme, contrast, luminance, themeCss } from '../../src/lib/flow/theme';
import { checkFlow } from '../../src/lib/flow/validate';
import { graphOf } from '../../src/lib/flow/views';
import { localize } from '../../src/lib/flow/localize';
import { loadLocale } from '../../src/lib/i18n';
import { writeThemes } from '../../scripts/themes';
import { loadFlow } from './flow-helpers';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/nb/heim/steg-1/') } }));

/** The pairs the pages draw with the accent, and the contrast each needs (text 4.5:1, borders 3:1). */
const PAIRS: [string, string, number][] = [
	['base-default', 'base-contrast-default', 4.5],
	['base-hover', 'base-contrast-default', 4.5],
	['base-active', 'base-contrast-default', 4.5],
	['base-default', 'base-contrast-subtle', 4.5],
	['base-active', 'base-contrast-subtle', 4.5],
	['text-default', 'background-default', 4.5],
	['text-default', 'surface-active', 4.5],
	['text-subtle', 'background-default', 4.5],
	['text-subtle', 'background-tinted', 4.5],
	['text-subtle', 'surface-tinted', 4.5],
	['text-subtle', 'surface-active', 4.5],
	['border-strong', 'background-tinted', 4.5],
	['border-default', 'background-default', 3],
	['border-default', 'background-tinted', 3]
];

const hex = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map((c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`);

describe('brandTheme', () => {
	it('meets the contrast of every pair for any colour', () => {
		fc.assert(
			fc.property(hex, (brand) => {
				const theme = brandTheme(brand);
				for (const [a, b, need] of PAIRS) expect(contrast(theme[a], theme[b]), `${brand}: ${a} on ${b}`).toBeGreaterThanOrEqual(need);
			}),
			{ numRuns: 2000 }
		);
	});

	it('keeps the brand colour itself where text on it reaches 4.5:1, with white or dark text', () => {
		expect(brandTheme('#0062BA')['base-default']).toBe('#0062ba');
		expect(brandTheme('#0062ba')['base-contrast-default']).toBe('#ffffff');
		// A light yellow keeps its colour and gets dark text.
		const yellow = brandTheme('#ffd400');
		expect(yellow['base-default']).toBe('#ffd400');
		expect(luminance(yellow['base-contrast-default'])).toBeLessThan(0.05);
	});

	it('takes dark text on a light colour, and darkens a middle colour that neither white nor dark text can sit on', () => {
		const blue = brandTheme('#3d8bd9');
		expect(blue['base-default']).toBe('#3d8bd9');
		expect(luminance(blue['base-contrast-default'])).toBeLessThan(0.05);
		const grey = brandTheme('#808080');
		expect(luminance(grey['base-default'])).toBeLessThan(luminance('#808080'));
		expect(grey['base-contrast-default']).toBe('#ffffff');
	});

	it('refuses anything but "#rrggbb"', () => {
		for (const bad of ['red', '#fff', '0062ba', '#0062bz', '#0062ba;}body{display:none'])
			expect(() => brandTheme(bad), bad).toThrow(/#rrggbb/);
	});

	it('is a stylesheet of the 16 accent variables on :root and the body', () => {
		const css = themeCss('#0062ba');
		expect(css.startsWith(':root,[data-color-scheme]{--ds-color-accent-background-default:#ffffff;')).toBe(true);
		expect(css.match(/--ds-color-accent-[a-z-]+:#[0-9a-f]{6}/g)).toHaveLength(16);
	});
});

describe('a model with a brand colour', () => {
	it('gets theme/<id>.css from the build, and nothing for a model without one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'undring-theme-'));
		try {
			const heim = JSON.parse(readFileSync('flows/heim.json', 'utf8'));
			writeFileSync(join(dir, 'heim.json'), JSON.stringify({ ...heim, brandColor: '#0062ba' }));
			writeFileSync(join(dir, 'kongsvinger.json'), readFileSync('flows/kongsvinger.json'));
			expect(writeThemes([join(dir, 'heim.json'), join(dir, 'kongsvinger.json')], join(dir, 'build'))).toEqual(['heim']);
			expect(readFileSync(join(dir, 'build/theme/heim.css'), 'utf8')).toBe(themeCss('#0062ba'));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('is checked by the schema', () => {
		const heim = JSON.parse(readFileSync('flows/heim.json', 'utf8'));
		expect(checkFlow({ ...heim, brandColor: '#0062ba' }, 'heim').ok).toBe(true);
		const bad = checkFlow({ ...heim, brandColor: 'blue;}body{display:none' }, 'heim');
		expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['$.brandColor']);
	});

	it('has its pages link the theme (the flow layout, rendered as when the site is built)', async () => {
		await loadLocale('nb', ['common']);
		const { default: Layout } = await import('../../src/routes/[[embed=embed]]/[lang=lang]/[flow]/+layout.svelte');
		const graph = graphOf(localize(loadFlow('heim'), 'nb'));
		const children = createRawSnippet(() => ({ render: () => '<p>side</p>' }));
		expect(render(Layout, { props: { data: { graph: { ...graph, brandColor: '#0062ba' } }, children } as never }).head).toContain(
			'<link rel="stylesheet" href="/theme/heim.css"'
		);
		expect(render(Layout, { props: { data: { graph }, children } as never }).head).not.toContain('theme/');
	});
});

describe('the theme colours the build drops (vite.config.ts)', () => {
	it('are named by no element: data-color on them would silently get the accent', async () => {
		const { UNNAMED_COLOURS } = await import('../../vite.config');
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
		for (const file of files('src').filter((f) => /\.(svelte|ts|html|css)$/.test(f)))
			for (const [, colour] of readFileSync(file, 'utf8').matchAll(/data-color=["']?([a-z0-9]+)/g))
				expect(UNNAMED_COLOURS, `${file}: data-color="${colour}"`).not.toContain(colour);
	});
});
