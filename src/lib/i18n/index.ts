// Interface strings through i18next; flow text comes localized from the flow itself.
import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from '$lib/flow/schema';
import nb from './nb.json';
import nn from './nn.json';

const resources = { nb, nn } satisfies Record<Locale, unknown>;

const translators = Object.fromEntries(
	LOCALES.map((lng) => {
		const instance = i18next.createInstance();
		instance.init({
			lng,
			fallbackLng: false,
			resources: { [lng]: { translation: resources[lng] } },
			initAsync: false,
			interpolation: { escapeValue: false } // Svelte escapes what it renders
		});
		return [lng, instance.t.bind(instance)];
	})
) as Record<Locale, TFunction>;

export function translator(locale: Locale): TFunction {
	return translators[locale];
}

export function isLocale(value: string | undefined): value is Locale {
	return (LOCALES as readonly (string | undefined)[]).includes(value);
}

/** The locale of a path like "/nn/fauske-tims/", bokmål otherwise. */
export function localeOf(pathname: string): Locale {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : 'nb';
}

/** The same path in the other locale; "/" counts as bokmål. */
export function switchLocale(pathname: string, to: Locale): string {
	const parts = pathname.split('/');
	if (isLocale(parts[1])) parts[1] = to;
	else return `/${to}/`;
	return parts.join('/');
}
