// The page's place (locale, embedded or not), its translator and paths, derived from the URL.
import { page } from '$app/state';
import { translator } from '$lib/i18n';
import { pathFrom, placeOf } from '$lib/links';

export function useLocale() {
	const place = $derived(placeOf(page.url.pathname));
	const t = $derived(translator(place.locale));
	return {
		get locale() {
			return place.locale;
		},
		get embed() {
			return place.embed;
		},
		get t() {
			return t;
		},
		/** A path to another page from here, staying embedded when embedded. */
		path(...segments: string[]) {
			return pathFrom(place, ...segments);
		}
	};
}
