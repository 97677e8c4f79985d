// What a model says on each topic of the comparison (compare.ts topicsOf); the comparison page lines models up from these.
import { json } from '@sveltejs/kit';
import { topicsOf } from '$lib/flow/compare';
import { loadLocale, translator } from '$lib/i18n';
import { dataEntries, localFlow } from '$lib/server/flows';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = dataEntries;

export const GET: RequestHandler = async ({ params }) => {
	await loadLocale(params.lang, ['common', 'pages']);
	return json(topicsOf(localFlow(params.flow, params.lang), translator(params.lang)));
};
