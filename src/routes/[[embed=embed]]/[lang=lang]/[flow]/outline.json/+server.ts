// A model's levels and steps (views.ts outline): its front page, and each model in the comparison.
import { json } from '@sveltejs/kit';
import { outline } from '$lib/flow/views';
import { dataEntries, localFlow } from '$lib/server/flows';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = dataEntries;

export const GET: RequestHandler = ({ params }) => json(outline(localFlow(params.flow, params.lang)));
