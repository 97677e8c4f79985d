// The page's side of the service worker (src/service-worker.ts): registers it, tells it which page is showing
// (for a page of a model, the worker then keeps the model for offline use), and hears when what the page shows
// came from the worker's cache, so the page can say it is an offline copy.
import { dev } from '$app/environment';
import { base } from '$app/paths';
import type { OfflineCopy, Visit } from '$lib/offline';

/** Set when the page is an offline copy: the date of the copy (an HTTP date), or null if unknown. */
export const offline = $state<{ copy?: string | null }>({});

let workers: ServiceWorkerContainer | undefined;

/** Registers the worker once the page has loaded (the first time), and tells it about the page. */
export function visit(page: Omit<Visit, 'type'>): void {
	try {
		if (!workers) {
			workers = navigator.serviceWorker;
			workers.onmessage = ({ data }: MessageEvent<OfflineCopy>) => {
				if (data?.type === 'undringsveiviseren:offline') offline.copy ??= data.date;
			};
			const register = () => workers!.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' }).catch(() => undefined);
			if (document.readyState === 'complete') register();
			else addEventListener('load', register, { once: true });
		}
		workers.ready.then((registration) => registration.active?.postMessage({ type: 'undringsveiviseren:visit', ...page } satisfies Visit));
	} catch {
		// No service worker here (an old browser, a sandboxed frame): the site works online all the same.
	}
}
