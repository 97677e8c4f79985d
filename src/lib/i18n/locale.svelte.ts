// The page's locale and its translator, derived from the URL (so it follows every navigation).
import { page } from '$app/state';
import { localeOf, translator } from '$lib/i18n';

export function useLocale() {
	const locale = $derived(localeOf(page.url.pathname));
	const t = $derived(translator(locale));
	return {
		get locale() {
			return locale;
		},
		get t() {
			return t;
		}
	};
}
