import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { localeOf, translator } from '$lib/i18n';
import { placeOf } from '$lib/links';
import { flows } from '$lib/server/flows';
import search from '$lib/start-search.js?url&no-inline';

/** The start pages run no Svelte (csr = false): their one script, the search field (start-search.js). */
const START_PAGES = new Set(['/', '/[[embed=embed]]/[lang=lang]']);

/** The model studio is its own build (vite.studio.config.ts), loaded by its page only; its page runs no SvelteKit code. */
const STUDIO_APP = `<link rel="stylesheet" href="${base}/studio-app/studio.css" /><script type="module" src="${base}/studio-app/studio.js"></script>`;

/**
 * While prerendering: sets <html lang> to the page's locale; adds plain scripts here rather than in a component,
 * where a <script> element would make Svelte ship code to run rendered scripts on every page: the start pages'
 * search field, the studio's own build, and in a municipality's iframe (/embed/) embed-frame.js, which tells the
 * host page how tall the page is (pages without JavaScript of their own, like not found, resize too).
 * And marks every page of a draft model: a draft can be walked by its link, but is not approved, so search
 * engines skip it and a banner says so above the page. The banner is plain HTML outside the app, so the wizard's
 * code is the same for every model; links on a draft's pages load the next page in full, so the banner never
 * stays on a page that is not the draft's.
 */
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeOf(event.url.pathname);
	const draft = flows.some((f) => f.id === event.params.flow && f.status === 'draft');
	const route = event.route.id ?? '';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html
				.replace('%lang%', locale)
				.replace('%embed%', placeOf(event.url.pathname).embed ? `<script src="${base}/embed-frame.js" defer></script>` : '');
			if (START_PAGES.has(route)) html = html.replace('</head>', `<script type="module" src="${search}"></script></head>`);
			if (route === '/[lang=lang]/studio') html = html.replace('</head>', `${STUDIO_APP}</head>`);
			if (!draft) return html;
			const banner = `<p class="ds-alert draft" data-color="warning" data-testid="draft">${translator(locale)('flow.draft')}</p>`;
			return html
				.replace('</head>', '<meta name="robots" content="noindex" /></head>')
				.replace(/<body([^>]*)>/, (_, attributes: string) => `<body${attributes} data-sveltekit-reload>${banner}`);
		}
	});
};
