import type { Handle } from '@sveltejs/kit';
import { localeOf } from '$lib/i18n';

/** Sets <html lang> to the page's locale while prerendering. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', localeOf(event.url.pathname)) });
