import type { Handle } from '@sveltejs/kit';
import { localeOf, translator } from '$lib/i18n';
import { flows } from '$lib/server/flows';

const STUDIO_APP = '<link rel="stylesheet" href="/studio-app/studio.css" /><script type="module" src="/studio-app/studio.js"></script>';

/**
 * While prerendering: sets <html lang> to the page's locale, and marks every page of a draft model. A draft
 * can be walked by its link, but is not approved: search engines skip it, and a banner says so above the
 * page. The banner is plain HTML outside the app, so the wizard's code is the same for every model; links on
 * a draft's pages load the next page in full, so the banner never stays on a page that is not the draft's.
 */
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeOf(event.url.pathname);
	const draft = flows.some((f) => f.id === event.params.flow && f.status === 'draft');
	const studio = event.route.id === '/[lang=lang]/studio';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html.replace('%lang%', locale);
			// The studio is its own build (vite.studio.config.ts), loaded by its page only; its page runs no SvelteKit code.
			if (studio) html = html.replace('</head>', `${STUDIO_APP}</head>`);
			if (!draft) return html;
			const banner = `<p class="ds-alert draft" data-color="warning" data-testid="draft">${translator(locale)('flow.draft')}</p>`;
			return html
				.replace('</head>', '<meta name="robots" content="noindex" /></head>')
				.replace(/<body([^>]*)>/, (_, attributes: string) => `<body${attributes} data-sveltekit-reload>${banner}`);
		}
	});
};
