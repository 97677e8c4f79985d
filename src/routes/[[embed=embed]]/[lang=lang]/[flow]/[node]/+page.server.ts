import { nodePage } from '$lib/flow/views';
import { checkNode, getFlow, localFlow, nodeEntries } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = nodeEntries;

export const load: PageServerLoad = ({ params }) => {
	checkNode(getFlow(params.flow), params.node);
	return { page: nodePage(localFlow(params.flow, params.lang), params.node, params.lang) };
};
