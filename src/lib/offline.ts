// What the pages and the service worker (src/service-worker.ts) tell each other about offline use.

/** Page → worker: a page is showing. */
export interface Visit {
	type: 'undringsveiviseren:visit';
	/** After a full page load: the page's address, so the worker keeps the page the browser just loaded. */
	path?: string;
	/** On a page of a model: its locale and id, and where its pages are, base path included ("/nb/heim/", "/veiviser/embed/nb/heim/"). */
	model?: { lang: string; flow: string; pages: string };
}

/** Worker → page: the page, or data it asked for, came from the worker's cache: a copy from `date` (HTTP date). */
export interface OfflineCopy {
	type: 'undringsveiviseren:offline';
	date: string | null;
}

/** What the worker caches for a model (build/<lang>/<model>/offline.json, written by scripts/postbuild.ts). */
export interface OfflineFiles {
	/** Files in the model's folder, shared by framed pages: "graph.json", "steps.json", … */
	shared: string[];
	/** Files of the model's pages, relative to where they are (framed or not): "svar/__data.json", … */
	pages: string[];
}
