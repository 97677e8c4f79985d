// Every step page of a model (views.ts stepPages): fetched once by the browser, so going on waits for no network.
import { json } from '@sveltejs/kit';
import { stepPages } from '$lib/flow/views';
import { dataEntries, localFlow } from '$lib/server/flows';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = dataEntries;

export const GET: RequestHandler = ({ params }) => json(stepPages(localFlow(params.flow, params.lang), params.lang));
