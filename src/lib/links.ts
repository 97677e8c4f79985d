// Where a page is (embedded or not, which locale) and the paths to other pages from there, under the site's
// base path (paths.base: "" at a host's root, "/veiviser" under a sub-path; BASE_PATH when building).
import { base } from '$app/paths';
import { LOCALES, type Locale } from '$lib/locales';

export interface Place {
	/** Inside a municipality's iframe: /embed/<lang>/... */
	embed: boolean;
	locale: Locale;
}

export function isLocale(value: string | undefined): value is Locale {
	return (LOCALES as readonly (string | undefined)[]).includes(value);
}

/** A page's path without the base path: "/veiviser/nb/heim/" → "/nb/heim/". */
const local = (pathname: string) => (base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname);

/** The place of a path like "/nn/fauske-tims/" or "/embed/nb/heim/steg-1/"; bokmål by default. */
export function placeOf(pathname: string): Place {
	const parts = local(pathname).split('/');
	const embed = parts[1] === 'embed';
	const lang = parts[embed ? 2 : 1];
	return { embed, locale: isLocale(lang) ? lang : 'nb' };
}

/** "/nb/heim/steg-1/" or, embedded, "/embed/nb/heim/steg-1/". */
export function pathFrom(place: Place, ...segments: string[]): string {
	return `${base}/${[place.embed ? 'embed' : '', place.locale, ...segments].filter(Boolean).join('/')}/`;
}

/**
 * A model's data file, e.g. "/nb/heim/steps.json" or "/nb/heim/steg-1/step.json": the same for framed pages. They
 * are built with the pages (see src/routes/[[embed=embed]]/[lang=lang]/[flow]/*.json), under the base path.
 */
export function dataPath(locale: Locale, flow: string, ...segments: string[]): string {
	return `${base}/${[locale, flow, ...segments].join('/')}`;
}

/** The same page in another locale; "/" counts as bokmål. */
export function switchLocale(pathname: string, to: Locale): string {
	const parts = local(pathname).split('/');
	const at = parts[1] === 'embed' ? 2 : 1;
	if (!isLocale(parts[at])) return pathFrom({ embed: at === 2, locale: to });
	parts[at] = to;
	return base + parts.join('/');
}

/** The same page outside the iframe. */
export function fullWindow(pathname: string): string {
	return base + local(pathname).replace(/^\/embed(?=\/)/, '');
}
