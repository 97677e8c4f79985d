import { flowEntries, localFlow } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = flowEntries;

export const load: PageServerLoad = ({ params }) => ({ flow: localFlow(params.flow, params.lang) });
