// A model's skeleton (views.ts graphOf): every page of the model loads it, framed or not.
import { json } from '@sveltejs/kit';
import { graphOf } from '$lib/flow/views';
import { dataEntries, localFlow } from '$lib/server/flows';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = dataEntries;

export const GET: RequestHandler = ({ params }) => json(graphOf(localFlow(params.flow, params.lang)));
