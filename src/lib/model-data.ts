// How pages get a model's data: the JSON files built next to its pages (links.ts dataPath). A step page's HTML
// carries its own step (the load's fetch is inlined when the page is built, so it starts without a request);
// once a page of the model is showing, the browser fetches all of the model's steps once and keeps them, so
// going on to the next step waits for no network.
import { version } from '$app/environment';
import { error } from '@sveltejs/kit';
import { dataPath } from '$lib/links';
import type { Locale } from '$lib/locales';
import type { NodePage } from '$lib/flow/views';

/** A model's data file; a missing one means the model or step does not exist. */
export async function getJson<T>(fetch: typeof globalThis.fetch, url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) error(response.status);
	return (await response.json()) as T;
}

/** The steps of each model fetched in this tab. */
const kept = new Map<string, Promise<Record<string, NodePage> | undefined>>();

/** Once the page has loaded, fetches the model's steps in the background (in the browser, after hydration). */
export function keepSteps(lang: Locale, flow: string): void {
	const key = dataPath(lang, flow);
	const start = () => {
		if (kept.has(key)) return;
		// The build's version in the address lets the service worker reuse this very response.
		const steps = getJson<Record<string, NodePage>>(fetch, `${dataPath(lang, flow, 'steps.json')}?v=${version}`).catch(() => {
			kept.delete(key);
			return undefined;
		});
		kept.set(key, steps);
	};
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
}

/** A step page: from the model's steps when the browser has them, else from the step's own file. */
export async function stepPage(fetch: typeof globalThis.fetch, lang: Locale, flow: string, node: string): Promise<NodePage> {
	const steps = await kept.get(dataPath(lang, flow));
	return steps ? (steps[node] ?? error(404)) : getJson<NodePage>(fetch, dataPath(lang, flow, node, 'step.json'));
}
