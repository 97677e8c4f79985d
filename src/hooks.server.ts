import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeOf } from '$lib/i18n';
import { placeOf } from '$lib/links';

/**
 * Sets <html lang> to the page's locale while prerendering. In a municipality's iframe (/embed/), the page also
 * loads embed-frame.js, which tells the host page how tall it is: a plain script, in the page as built, so that
 * pages without JavaScript of their own (not found) resize too, and the wizard's code does not carry it.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%lang%', localeOf(event.url.pathname))
				.replace('%embed%', placeOf(event.url.pathname).embed ? `<script src="${base}/embed-frame.js" defer></script>` : '')
	});
