import { dataPath } from '$lib/links';
import { getJson } from '$lib/model-data';
import type { FlowGraph } from '$lib/flow/views';
import type { LayoutLoad } from './$types';

/** Every page of a flow gets its skeleton, to walk it and show where the user is. */
export const load: LayoutLoad = async ({ params, fetch }) => ({
	graph: await getJson<FlowGraph>(fetch, dataPath(params.lang, params.flow, 'graph.json'))
});
