import { checkNode, getFlow, nodeEntries } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = nodeEntries;

export const load: PageServerLoad = ({ params }) => {
	checkNode(getFlow(params.flow), params.node);
	return { nodeId: params.node };
};
