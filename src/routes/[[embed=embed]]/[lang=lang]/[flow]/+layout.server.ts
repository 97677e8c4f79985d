import { graphOf } from '$lib/flow/views';
import { localFlow } from '$lib/server/flows';
import type { LayoutServerLoad } from './$types';

/** Every page of a flow gets its skeleton, to walk it and show where the user is. */
export const load: LayoutServerLoad = ({ params }) => ({ graph: graphOf(localFlow(params.flow, params.lang)) });
