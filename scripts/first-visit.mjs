// What a first visit costs, counted where it is paid: at the server. A fresh browser opens one page and stays
// until the service worker has cached the app and the page's model; every response the server sent meanwhile is
// recorded (path, status, gzip -9 size). Used by tests/e2e/network.spec.ts and scripts/bench.mjs.
import { gzipSync } from 'node:zlib';
import { serve } from './serve.mjs';

/** Serves `dir` on a free port and records every response it sends. */
export async function recordingServer(dir) {
	const server = await serve(dir, 0);
	const log = [];
	server.prependListener('request', (req, res) => {
		const end = res.end;
		res.end = function (body, ...rest) {
			log.push({ url: req.url ?? '', status: res.statusCode, gz: body?.length ? gzipSync(body, { level: 9 }).length : 0 });
			return end.call(this, body, ...rest);
		};
	});
	return { server, log, base: `http://127.0.0.1:${server.address().port}` };
}

/** "/nb/kongsvinger/offline.json" for a page of a model: cached last, once the model is. */
const listOf = (path) => path.replace(/^(?:\/embed)?(\/[a-z]+\/[a-z0-9-]+\/).*$/, '$1offline.json');

/**
 * Opens `path` of the site in `dir` in a fresh browser context and waits until the service worker has cached
 * the page's model. Returns the responses, their total, and what should never be there: 404s, an address
 * fetched twice, anything under /embed/ (the page is not framed).
 */
export async function firstVisit(browser, dir, path) {
	const { server, log, base } = await recordingServer(dir);
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(base + path);
		const cached = () => page.evaluate((list) => caches.match(list).then(Boolean), listOf(path));
		for (const started = Date.now(); !(await cached()); await page.waitForTimeout(100))
			if (Date.now() - started > 60_000) throw new Error(`the service worker did not cache ${listOf(path)} within 60 s`);
		const paths = log.map((r) => r.url.split('?')[0]);
		return {
			responses: log,
			gz: log.reduce((n, r) => n + r.gz, 0),
			notFound: log.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`),
			duplicates: [...new Set(paths.filter((p, i) => paths.indexOf(p) !== i))],
			framed: paths.filter((p) => p.startsWith('/embed/'))
		};
	} finally {
		await context.close();
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
}
