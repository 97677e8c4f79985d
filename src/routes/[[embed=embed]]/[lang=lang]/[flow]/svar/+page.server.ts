import { answersPage } from '$lib/flow/views';
import { flowEntries, localFlow } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = flowEntries;

export const load: PageServerLoad = ({ params }) => answersPage(localFlow(params.flow, params.lang));
