// The interface strings: complete in both locales, every key used exists, and the browser's lookup
// gives exactly what i18next gives when the pages are built.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookup, type Strings } from '../../src/lib/i18n';
import { i18nextTranslator } from '../../src/lib/i18n/i18next';
import nbCommon from '../../src/lib/i18n/nb.json';
import nbPages from '../../src/lib/i18n/nb.pages.json';
import nbAbout from '../../src/lib/i18n/nb.about.json';
import nnCommon from '../../src/lib/i18n/nn.json';
import nnPages from '../../src/lib/i18n/nn.pages.json';
import nnAbout from '../../src/lib/i18n/nn.about.json';
import studioNb from '../../src/lib/i18n/studio/nb.json';

const nb = { ...nbCommon, ...nbPages, ...nbAbout };
const nn = { ...nnCommon, ...nnPages, ...nnAbout };

function leaves(node: unknown, prefix = ''): [string, unknown][] {
	if (typeof node !== 'object' || node === null || Array.isArray(node)) return [[prefix, node]];
	return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const locales = { nb, nn } as Record<'nb' | 'nn', Strings>;

describe('interface strings', () => {
	it('are split in three parts without overlap', () => {
		for (const parts of [[nbCommon, nbPages, nbAbout], [nnCommon, nnPages, nnAbout]]) {
			const keys = parts.flatMap((part) => Object.keys(part));
			expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
		}
	});

	it('have the same keys in bokmål and nynorsk, none empty', () => {
		const keys = (s: Strings) => leaves(s).map(([k]) => k).sort();
		expect(keys(nn)).toEqual(keys(nb));
		for (const [locale, strings] of Object.entries(locales))
			for (const [key, value] of leaves(strings))
				if (typeof value === 'string') expect(value.trim(), `${locale}: ${key}`).not.toBe('');
	});

	it('cover every key the code uses', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
		const keysIn = (f: string) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]);
		const code = files('src').filter((f) => /\.(svelte|ts)$/.test(f));
		// The model studio has strings of its own (src/lib/i18n/studio/), besides the site's.
		const studio = (f: string) => /src\/lib\/studio\/|src\/routes\/\[lang=lang\]\/studio\//.test(f);
		const used = new Set(code.filter((f) => !studio(f)).flatMap(keysIn));
		expect(used.size).toBeGreaterThan(50);
		const known = (strings: Strings) => {
			const keys = new Set(leaves(strings).map(([k]) => k));
			const sections = new Set(leaves(strings).map(([k]) => k.split('.').slice(0, 2).join('.')));
			return (key: string) => keys.has(key) || sections.has(key);
		};
		const site = known(nb);
		for (const key of used) expect(site(key), key).toBe(true);
		const studioKnown = known(studioNb as Strings);
		for (const key of code.filter(studio).flatMap(keysIn)) expect(site(key) || studioKnown(key), key).toBe(true);
	});

	for (const [locale, strings] of Object.entries(locales) as ['nb' | 'nn', Strings][]) {
		it(`read in the browser exactly as i18next renders them when building (${locale})`, () => {
			const browser = lookup(strings);
			const built = i18nextTranslator(locale, strings);
			for (const [key, value] of leaves(strings).filter(([, v]) => typeof v === 'string') as [string, string][]) {
				const names = [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
				const options = Object.fromEntries(names.map((n, i) => [n, n === 'count' ? 3 : `«${n}${i}»`]));
				expect(browser(key, options), key).toBe(built(key, options));
			}
			expect(browser('a11y.sections', { returnObjects: true })).toEqual(built('a11y.sections', { returnObjects: true }));
			expect(browser('finnes.ikke')).toBe(built('finnes.ikke'));
		});
	}
});
