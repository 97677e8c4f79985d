// Interface strings through i18next; flow text comes localized from the flow itself.
import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from '$lib/flow/schema';
import { placeOf } from '$lib/links';
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

/** The locale of a path like "/nn/fauske-tims/" or "/embed/nn/heim/", bokmål otherwise. */
export function localeOf(pathname: string): Locale {
	return placeOf(pathname).locale;
}
