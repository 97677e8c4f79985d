import type { Handle } from '@sveltejs/kit';
import { localeOf } from '$lib/i18n';
import search from '$lib/start-search.js?url&no-inline';

/** The start pages run no Svelte (csr = false): their one script, the search field (start-search.js). */
const START_PAGES = new Set(['/', '/[[embed=embed]]/[lang=lang]']);

/**
 * Sets <html lang> to the page's locale while prerendering, and gives the start pages their script. It is added
 * here rather than in StartPage.svelte, where a <script> element would make Svelte ship code to run rendered
 * scripts on every page.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html.replace('%lang%', localeOf(event.url.pathname));
			return START_PAGES.has(event.route.id ?? '') ? html.replace('</head>', `<script type="module" src="${search}"></script></head>`) : html;
		}
	});
