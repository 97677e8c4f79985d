import { modelIndex } from '$lib/flow/views';
import { flowSummaries, localeEntries } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localeEntries;

export const load: PageServerLoad = ({ params }) => ({ index: modelIndex(flowSummaries(params.lang), params.lang) });
