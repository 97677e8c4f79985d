// The start page's search field (the page's only script; see StartPage.svelte). It filters the list of
// municipalities as one types, on each municipality's name and its models' titles, and says how many are left;
// Enter opens the model when one is left. In a municipality's iframe it also reports the page's height, the way
// $lib/embed.ts does on the other pages.
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
if (window.parent !== window) {
	const post = () =>
		window.parent.postMessage({ type: 'undringsveiviseren:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
	new ResizeObserver(post).observe(document.documentElement);
}
document.documentElement.dataset.js = 'ready';
