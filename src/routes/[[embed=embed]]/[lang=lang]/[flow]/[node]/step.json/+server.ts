// One step page (views.ts nodePage): what a step's own HTML carries, so that it starts without waiting.
import { json } from '@sveltejs/kit';
import { nodePage } from '$lib/flow/views';
import { checkNode, getFlow, localFlow, nodeDataEntries } from '$lib/server/flows';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = nodeDataEntries;

export const GET: RequestHandler = ({ params }) => {
	checkNode(getFlow(params.flow), params.node);
	return json(nodePage(localFlow(params.flow, params.lang), params.node, params.lang));
};
