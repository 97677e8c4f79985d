import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeOf } from '$lib/i18n';
import { placeOf } from '$lib/links';
import search from '$lib/start-search.js?url&no-inline';

/** The start pages run no Svelte (csr = false): their one script, the search field (start-search.js). */
const START_PAGES = new Set(['/', '/[[embed=embed]]/[lang=lang]']);

/**
 * Sets <html lang> to the page's locale while prerendering, and adds two plain scripts here rather than in a
 * component, where a <script> element would make Svelte ship code to run rendered scripts on every page: the
 * start pages' search field, and in a municipality's iframe (/embed/) embed-frame.js, which tells the host page
 * how tall the page is (pages without JavaScript of their own, like not found, resize too).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html
				.replace('%lang%', localeOf(event.url.pathname))
				.replace('%embed%', placeOf(event.url.pathname).embed ? `<script src="${base}/embed-frame.js" defer></script>` : '');
			return START_PAGES.has(event.route.id ?? '') ? html.replace('</head>', `<script type="module" src="${search}"></script></head>`) : html;
		}
	});
