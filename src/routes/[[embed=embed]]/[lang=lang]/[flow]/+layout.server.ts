import { localFlow } from '$lib/server/flows';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => ({ flow: localFlow(params.flow, params.lang) });
