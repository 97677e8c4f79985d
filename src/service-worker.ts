/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline use, kept light. Installing caches the app's code and the page shell (shell.html: a page with no
// content of its own, which draws the page its address names). A page tells the worker when it shows
// ($lib/state/offline.svelte.ts); for a page of a model the worker then caches that model's data, as listed in
// its offline.json (scripts/postbuild.ts), at most 4 requests at a time. Offline, a page opened before comes
// from its own copy and any other page of a cached model from the shell, and the page is told it is a copy.
// Everything else comes from the network first, so a new deploy shows at once; each deploy has its own cache.
// A cache write that fails (storage full) never changes what the page gets. Every path is under the site's base
// path (`base`: "" at a host's root, "/veiviser" under a sub-path), which is where the worker itself is.
import { base, build, version } from '$service-worker';
import { LOCALES } from '$lib/locales';
import type { OfflineCopy, OfflineFiles, Visit } from '$lib/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `undringsveiviseren-${version}`;
const SHELL = `${base}/shell.html`;
/** The app's hashed files: they never change, so a copy in the browser's HTTP cache is as good as the server's. */
const IMMUTABLE = `${base}/_app/immutable/`;
const PARALLEL = 4;

/**
 * Fetches into the cache each address it lacks, at most PARALLEL at a time; false if any failed. `fresh` gives
 * the address of the response to take: a copy the browser fetched already is used rather than fetched again.
 */
async function fill(cache: Cache, paths: string[], fresh: (path: string) => Request): Promise<boolean> {
	const missing: string[] = [];
	for (const path of paths) if (!(await cache.match(path))) missing.push(path);
	let next = 0;
	let ok = true;
	const worker = async () => {
		while (next < missing.length) {
			const path = missing[next++];
			try {
				const response = await fetch(fresh(path));
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				await cache.put(path, response);
			} catch {
				ok = false;
			}
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, worker));
	return ok;
}

/** The copy the browser has in its HTTP cache, if any (a page or file it has just loaded). */
const reuse = (path: string) => new Request(path, { cache: 'force-cache' });
/** The app: its hashed files reused, the shell as the server has it now. */
const asBuilt = (path: string) => (path.startsWith(IMMUTABLE) ? reuse(path) : new Request(path, { cache: 'no-cache' }));
/** A model's data files at this build's version: the same address the page fetched them at, if it did. */
const ofThisBuild = (path: string) => reuse(`${path}?v=${version}`);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			if (!(await fill(cache, [...build.filter((f) => f.startsWith(IMMUTABLE)), SHELL], asBuilt))) throw new Error('The app could not be cached');
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** Where a model's data files are: "/nb/heim/" (under the base path), shared by its framed pages. */
const folderOf = (lang: string, flow: string) => `${base}/${lang}/${flow}/`;

/** Models whose data this worker has cached (or is caching), by where their pages are. */
const keptModels = new Set<string>();

async function keepModel({ lang, flow, pages }: NonNullable<Visit['model']>): Promise<void> {
	if (keptModels.has(pages)) return;
	keptModels.add(pages);
	try {
		const cache = await caches.open(CACHE);
		const folder = folderOf(lang, flow);
		const list = `${folder}offline.json`;
		const response = await fetch(ofThisBuild(list));
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		const files = (await response.clone().json()) as OfflineFiles;
		const paths = [...files.shared.map((f) => folder + f), ...files.pages.map((f) => pages + f)];
		if (!(await fill(cache, paths, ofThisBuild))) throw new Error('incomplete');
		// Last: the list marks the model as cached, so the shell may draw its pages.
		await cache.put(list, response);
	} catch {
		keptModels.delete(pages);
	}
}

/** Navigations answered from the cache, by the client they made: the date of the copy, told when the page asks. */
const copies = new Map<string, string | null>();

function tell(client: Client | null | undefined, date: string | null): void {
	client?.postMessage({ type: 'undringsveiviseren:offline', date } satisfies OfflineCopy);
}

sw.addEventListener('message', (event) => {
	const visit = event.data as Visit | undefined;
	if (visit?.type !== 'undringsveiviseren:visit') return;
	const client = event.source as Client | null;
	if (client && copies.has(client.id)) {
		tell(client, copies.get(client.id)!);
		copies.delete(client.id);
	}
	event.waitUntil(
		(async () => {
			if (visit.path) await fill(await caches.open(CACHE), [visit.path], reuse);
			if (visit.model) await keepModel(visit.model);
		})().catch(() => undefined)
	);
});

/** A path without the base path ("/veiviser/nb/heim/" → "/nb/heim/"); undefined outside it. */
const local = (pathname: string) => (pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : undefined);

/** "/nb/heim/offline.json" for any page of that model, framed or not. */
function listOf(pathname: string): string | undefined {
	const [, lang, flow] = /^\/(?:embed\/)?([a-z]+)\/([a-z0-9-]+)\//.exec(local(pathname) ?? '') ?? [];
	return (LOCALES as readonly string[]).includes(lang) ? `${folderOf(lang, flow)}offline.json` : undefined;
}

/**
 * The cached copy of a request. For a page of a cached model not opened before: the shell, and the step it asks
 * for (its step.json) out of the model's steps.json.
 */
async function cached(request: Request, pathname: string): Promise<{ response: Response; date: string | null } | undefined> {
	const cache = await caches.open(CACHE);
	const copy = await cache.match(pathname);
	if (copy) return { response: copy, date: copy.headers.get('date') };
	const step = /^(\/[a-z]+\/[a-z0-9-]+\/)([a-z0-9-]+)\/step\.json$/.exec(local(pathname) ?? '');
	const steps = step && (await cache.match(`${base}${step[1]}steps.json`));
	const page = steps && ((await steps.clone().json()) as Record<string, unknown>)[step[2]];
	if (steps && page) return { response: Response.json(page), date: steps.headers.get('date') };
	const list = request.mode === 'navigate' ? listOf(pathname) : undefined;
	const model = list && (await cache.match(list));
	const shell = model && (await cache.match(SHELL));
	return shell ? { response: shell, date: model.headers.get('date') } : undefined;
}

async function put(pathname: string, response: Response): Promise<void> {
	try {
		await (await caches.open(CACHE)).put(pathname, response);
	} catch {
		// Storage full or blocked: the page got its response all the same.
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin || request.headers.has('range')) return;
	if (url.pathname.startsWith(IMMUTABLE)) {
		event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
		return;
	}
	event.respondWith(
		(async () => {
			try {
				const response = await fetch(request);
				// Kept under its path: the pages' data requests carry SvelteKit's query parameters.
				if (response.ok && response.type === 'basic' && !response.redirected) event.waitUntil(put(url.pathname, response.clone()));
				return response;
			} catch (error) {
				const copy = await cached(request, url.pathname);
				if (!copy) throw error;
				if (request.mode === 'navigate') copies.set(event.resultingClientId, copy.date);
				else tell(await sw.clients.get(event.clientId), copy.date);
				return copy.response;
			}
		})()
	);
});
