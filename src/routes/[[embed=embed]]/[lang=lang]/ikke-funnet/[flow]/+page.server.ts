// A model's own not-found page, for unknown addresses inside it (/nb/kongsvinger/finnes-ikke/).
import { flowEntries, localFlow } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = flowEntries;

export const load: PageServerLoad = ({ params }) => ({ model: { id: params.flow, title: localFlow(params.flow, params.lang).title } });
