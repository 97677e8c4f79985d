// The start page's only script (see StartPage.svelte). Its search field filters the list of municipalities as one
// types, on each municipality's name and its models' titles, and says how many are left; Enter opens the model when
// one is left. Like the other pages, it says when it is an offline copy, and in a municipality's iframe it reports
// the page's height ($lib/embed.ts).
/** @type {(selector: string, root?: ParentNode) => HTMLElement[]} */
const all = (selector, root = document) => [...root.querySelectorAll(selector)].map((e) => /** @type {HTMLElement} */ (e));
const [form] = /** @type {HTMLFormElement[]} */ (all('form[data-model-search]'));
const [list] = all('[data-models]');
if (form && list) {
	const input = /** @type {HTMLInputElement} */ (form.querySelector('input'));
	const [status] = all('[role="status"]', form);
	const [letters] = all('nav.letters');
	const items = all(':scope > section > ul > li', list).map((li) => ({ li, text: (li.textContent ?? '').toLocaleLowerCase() }));
	const sections = all(':scope > section', list);
	const shown = () => items.filter((item) => !item.li.hidden);

	input.addEventListener('input', () => {
		const query = input.value.trim().toLocaleLowerCase();
		for (const item of items) item.li.hidden = !item.text.includes(query);
		for (const section of sections) section.hidden = !section.querySelector(':scope > ul > li:not([hidden])');
		if (letters) letters.hidden = query !== '';
		const count = shown().length;
		status.textContent = !query ? '' : count ? (form.dataset.hits ?? '').replace('{{count}}', String(count)) : (form.dataset.none ?? '');
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const links = shown().flatMap((item) => all('a', item.li));
		if (links.length === 1) links[0].click();
	});
	form.hidden = false;
}
// A copy from the service worker's cache says so, as the other pages do ($lib/state/offline.svelte.ts).
const [notice] = all('[data-offline-copy]');
if (notice && navigator.serviceWorker?.controller) {
	navigator.serviceWorker.onmessage = ({ data }) => {
		if (data?.type !== 'undringsveiviseren:offline') return;
		const options = /** @type {const} */ ({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
		const date = data.date && new Date(data.date).toLocaleDateString([`${document.documentElement.lang}-NO`, 'nb-NO'], options);
		notice.textContent = date ? (notice.dataset.offlineCopy ?? '').replace('{{date}}', date) : (notice.dataset.undated ?? '');
		notice.hidden = false;
	};
	navigator.serviceWorker.controller.postMessage({ type: 'undringsveiviseren:visit' });
}
if (window.parent !== window) {
	const post = () =>
		window.parent.postMessage({ type: 'undringsveiviseren:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
	new ResizeObserver(post).observe(document.documentElement);
}
document.documentElement.dataset.js = 'ready';
