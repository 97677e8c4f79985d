import { flowSummaries, localeEntries } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = localeEntries;

export const load: PageServerLoad = ({ params }) => ({ flows: flowSummaries(params.lang) });
