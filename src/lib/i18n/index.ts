// Interface strings: i18next resources for nb and nn. Flow text comes localized from the flow itself.
// Pages are rendered with i18next when they are built. The browser only needs the same lookups again
// to hydrate, so it loads just its own locale's strings and reads them with `lookup`, without
// shipping i18next; tests/unit/i18n.test.ts checks that both give the same text for every key.
import type { Locale } from '$lib/locales';
import { placeOf } from '$lib/links';

export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Strings = Record<string, unknown>;

/** i18next's nested keys, {{name}} interpolation and returnObjects, over one locale's strings. */
export function lookup(strings: Strings): Translate {
	return (key, options = {}) => {
		const value = key.split('.').reduce<unknown>((node, part) => (node as Strings | undefined)?.[part], strings);
		if (typeof value !== 'string') return (options.returnObjects && value !== undefined ? value : key) as string;
		return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(options[name] ?? ''));
	};
}

const files = import.meta.glob<Strings>('./*.json', { import: 'default' });
const loaded: Partial<Record<Locale, Translate>> = {};

/** Makes a locale's strings ready; the root layout awaits it before any page renders. */
export async function loadLocale(locale: Locale): Promise<void> {
	if (loaded[locale]) return;
	if (import.meta.env.SSR) {
		const { i18nextTranslator } = await import('./i18next');
		loaded[locale] = i18nextTranslator(locale, await files[`./${locale}.json`]());
	} else loaded[locale] = lookup(await files[`./${locale}.json`]());
}

export function translator(locale: Locale): Translate {
	const t = loaded[locale];
	if (!t) throw new Error(`The ${locale} strings are not loaded yet.`);
	return t;
}

/** The locale of a path like "/nn/fauske-tims/" or "/embed/nn/heim/", bokmål otherwise. */
export function localeOf(pathname: string): Locale {
	return placeOf(pathname).locale;
}
