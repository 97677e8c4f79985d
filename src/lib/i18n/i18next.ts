// i18next, where pages are built (see index.ts).
import i18next from 'i18next';
import type { Locale } from '$lib/locales';
import type { Strings, Translate } from './index';

export function i18nextTranslator(lng: Locale, strings: Strings): Translate {
	const instance = i18next.createInstance();
	instance.init({
		lng,
		fallbackLng: false,
		resources: { [lng]: { translation: strings } },
		initAsync: false,
		interpolation: { escapeValue: false } // Svelte escapes what it renders
	});
	return instance.t.bind(instance) as Translate;
}
