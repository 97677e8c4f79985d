// Retiring the site (README, "Retiring the site"): serve this file as /service-worker.js in place of the built one.
// A browser that has the wizard's worker fetches it the next time it opens a page of the site; it then deletes the
// wizard's offline copies and unregisters itself, so no old page is ever served from a cache again.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith('undringsveiviseren-')) await caches.delete(key);
			await self.registration.unregister();
		})()
	);
});
