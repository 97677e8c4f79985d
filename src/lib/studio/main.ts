// The model studio's entry: a separate build (vite.studio.config.ts, into build/studio-app/), loaded only by the
// studio's page (/nb/studio/, /nn/studio/), with its own copy of Svelte's runtime, so that nothing the studio
// needs ends up in the wizard's bundle. The page says what it shows and which models can be opened.
import { mount } from 'svelte';
import { loadLocale } from '$lib/i18n';
import { isLocale } from '$lib/links';
import Studio from './Studio.svelte';
import './studio.css';

const root = document.getElementById('studio-root');
const locale = root?.dataset.locale;
if (root && isLocale(locale)) {
	await loadLocale(locale, ['common', 'pages']);
	root.replaceChildren();
	mount(Studio, { target: root, props: { locale, models: JSON.parse(root.dataset.models ?? '[]') } });
	// As on the site's other pages (+layout.svelte): the page's script has run.
	document.documentElement.dataset.js = 'ready';
}
