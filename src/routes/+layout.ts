import { loadLocale, localeOf } from '$lib/i18n';

// Every page is static HTML; folders with index.html work on any static host.
export const prerender = true;
export const trailingSlash = 'always';

/** The pages about the service, whose long texts no other page needs to load. */
const ABOUT = /\/(bygg-inn|personvern|tilgjengelighet)$/;

/**
 * The interface strings of the page's locale are loaded before it renders. The wizard's step pages,
 * the ones a worried user loads first and most, need only the common part (see $lib/i18n).
 */
export const load = async ({ url, route }) => {
	const id = route.id ?? '';
	await loadLocale(localeOf(url.pathname), id.endsWith('/[node]') ? ['common'] : ABOUT.test(id) ? ['common', 'pages', 'about'] : ['common', 'pages']);
	return {};
};
