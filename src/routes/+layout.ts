import { loadLocale, localeOf } from '$lib/i18n';

// Every page is static HTML; folders with index.html work on any static host.
export const prerender = true;
export const trailingSlash = 'always';

/** The interface strings of the page's locale are loaded before it renders. */
export const load = async ({ url }) => {
	await loadLocale(localeOf(url.pathname));
	return {};
};
