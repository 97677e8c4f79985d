// What every form of the studio needs: its strings, and whether the checker has a problem at a place.
import { getContext, setContext } from 'svelte';
import type { Translate } from '$lib/i18n';
import type { Locale } from '$lib/locales';

export interface StudioContext {
	t: Translate;
	locale: Locale;
	/** The checker has a problem at this JSON path (or inside it, with `within`). */
	problemAt(path: string, within?: boolean): boolean;
}

const KEY = Symbol('studio');
export const provideStudio = (context: StudioContext) => setContext(KEY, context);
export const useStudio = () => getContext<StudioContext>(KEY);

/** A JSON path from its parts: ["nodes", 3, "title"] → "$.nodes[3].title". */
export const pathOf = (parts: (string | number)[]) => parts.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${k}`), '$');
