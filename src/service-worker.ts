/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline: the app's code and the start pages are cached on install; when a model is visited, all of its
// pages (in that language, framed or not) are cached too. Pages come from the network first, so a new
// deploy is picked up on the next visit; each deploy has its own cache and old ones are deleted.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `undringsveiviseren-${version}`;
const SHELL = [...build, ...files, '/', '/nb/', '/nn/'];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(SHELL))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

/** "/nb/heim/" for any page of that model, embedded or not. */
function modelOf(pathname: string): string | undefined {
	const m = /^(?:\/embed)?(\/(?:nb|nn)\/[a-z0-9-]+\/)/.exec(pathname);
	return m && !['/nb/ikke-funnet/', '/nn/ikke-funnet/'].includes(m[1]) ? m[1] : undefined;
}

const cachedModels = new Set<string>();

/** Caches every prerendered page of a model (and its page data) once per worker life. */
async function cacheModel(model: string): Promise<void> {
	if (cachedModels.has(model)) return;
	cachedModels.add(model);
	const pages = prerendered.filter((p) => p.startsWith(model) || p.startsWith(`/embed${model}`));
	const cache = await caches.open(CACHE);
	const missing: string[] = [];
	for (const page of pages) for (const url of [page, `${page}__data.json`]) if (!(await cache.match(url))) missing.push(url);
	await Promise.all(
		missing.map((url) =>
			fetch(url)
				.then((res) => (res.ok ? cache.put(url, res) : undefined))
				.catch(() => cachedModels.delete(model))
		)
	);
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// The app's own files never change under a version: cache first.
			if (build.includes(url.pathname) || files.includes(url.pathname)) {
				const hit = await cache.match(url.pathname);
				if (hit) return hit;
			}
			const model = modelOf(url.pathname);
			if (model) event.waitUntil(cacheModel(model));
			try {
				const response = await fetch(request);
				if (response.ok) await cache.put(request, response.clone());
				return response;
			} catch (error) {
				const hit = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(url.pathname, { ignoreSearch: true }));
				if (hit) return hit;
				throw error;
			}
		})()
	);
});
