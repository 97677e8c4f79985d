// "Åpne i fullt vindu": a frame hands this tab's answers to the full window in the address's fragment
// ("#svar=…"), which browsers never send to a server. The full window reads it once and takes it out of the
// address, so a reload or a bookmark does not bring it back.
import { storageKey } from '$lib/flow/saved';
import * as tab from './tab-storage';

const PREFIX = '#svar=';

/** The fragment that carries this tab's way through `flow` (the JSON of saved.ts's Saved), or "" if none. */
export function handOverHash(flow: string | undefined): string {
	const saved = flow ? tab.read(storageKey(flow)) : null;
	return saved ? PREFIX + encodeURIComponent(saved) : '';
}

/** The saved state handed over in this page's address, if any, as text for saved.ts's restore(). */
export function takeHandOver(): string | undefined {
	if (typeof location === 'undefined' || !location.hash.startsWith(PREFIX)) return undefined;
	let saved = '';
	try {
		saved = decodeURIComponent(location.hash.slice(PREFIX.length));
	} catch {
		// Not what a frame wrote: restore() discards it as corrupt.
	}
	// SvelteKit keeps its own data in history.state: leave it as it is.
	history.replaceState(history.state, '', location.pathname + location.search);
	return saved;
}
