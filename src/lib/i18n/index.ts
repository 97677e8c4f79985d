// Interface strings: i18next resources for nb and nn. Flow text comes localized from the flow itself.
// Pages are rendered with i18next when they are built. The browser only needs the same lookups again
// to hydrate, so it loads just its own locale's strings and reads them with `lookup`, without
// shipping i18next; tests/unit/i18n.test.ts checks that both give the same text for every key.
// Strings come in three parts: `common` (every page, all a step page needs), `pages` (the other pages) and
// `about` (the long texts of the pages about the service: bygg-inn, personvern, tilgjengelighet).
import type { Locale } from '$lib/locales';
import { placeOf } from '$lib/links';

export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Strings = Record<string, unknown>;
export type Part = 'common' | 'pages' | 'about';

/** i18next's nested keys, {{name}} interpolation and returnObjects, over one locale's strings. */
export function lookup(strings: Strings): Translate {
	return (key, options = {}) => {
		const value = key.split('.').reduce<unknown>((node, part) => (node as Strings | undefined)?.[part], strings);
		if (typeof value !== 'string') return (options.returnObjects && value !== undefined ? value : key) as string;
		return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(options[name] ?? ''));
	};
}

const files = import.meta.glob<Strings>('./*.json', { import: 'default' });
const file = (locale: Locale, part: Part) => files[part === 'common' ? `./${locale}.json` : `./${locale}.${part}.json`]();

const loaded: Partial<Record<Locale, { parts: Set<Part>; strings: Strings; t: Translate }>> = {};

/** Makes a locale's strings ready; the root layout awaits it before any page renders. */
export async function loadLocale(locale: Locale, parts: Part[]): Promise<void> {
	// Where pages are built, every part is loaded, and i18next renders them.
	const wanted: Part[] = import.meta.env.SSR ? ['common', 'pages', 'about'] : parts;
	const have = loaded[locale];
	if (have && wanted.every((p) => have.parts.has(p))) return;
	const strings: Strings = Object.assign({}, have?.strings, ...(await Promise.all(wanted.map((p) => file(locale, p)))));
	const t = import.meta.env.SSR ? (await import('./i18next')).i18nextTranslator(locale, strings) : lookup(strings);
	loaded[locale] = { parts: new Set([...(have?.parts ?? []), ...wanted]), strings, t };
}

export function translator(locale: Locale): Translate {
	const have = loaded[locale];
	if (!have) throw new Error(`The ${locale} strings are not loaded yet.`);
	return have.t;
}

/** The locale of a path like "/nn/fauske-tims/" or "/embed/nn/heim/", bokmål otherwise. */
export function localeOf(pathname: string): Locale {
	return placeOf(pathname).locale;
}
