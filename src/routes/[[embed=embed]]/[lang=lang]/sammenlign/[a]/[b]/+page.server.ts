import { error } from '@sveltejs/kit';
import { LOCALES } from '$lib/locales';
import { listed, localFlow } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) => listed().flatMap((a) => listed().filter((b) => b !== a).map((b) => ({ lang, a: a.id, b: b.id }))));

export const load: PageServerLoad = ({ params }) => {
	if (params.a === params.b) error(404, 'Choose two different models');
	return { a: localFlow(params.a, params.lang), b: localFlow(params.b, params.lang) };
};
