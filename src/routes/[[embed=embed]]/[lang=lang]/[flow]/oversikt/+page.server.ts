import { overviewDiagram } from '$lib/diagram/diagram.server';
import { flowEntries, localFlow } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = flowEntries;

/** The diagram is laid out here, when the site is built: the page gets its geometry, no layout code. */
export const load: PageServerLoad = async ({ params }) => {
	const flow = localFlow(params.flow, params.lang);
	return { flow, diagram: await overviewDiagram(flow, params.lang) };
};
