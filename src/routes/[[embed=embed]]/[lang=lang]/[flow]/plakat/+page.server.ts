import { posterDiagrams } from '$lib/diagram/diagram.server';
import { flowEntries, localFlow } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = flowEntries;

/** Laid out when the site is built: the whole model, or its levels side by side, whichever fills landscape paper best. */
export const load: PageServerLoad = async ({ params }) => {
	const flow = localFlow(params.flow, params.lang);
	return {
		flow: { id: flow.id, title: flow.title, municipality: flow.municipality?.name ?? null, description: flow.description, read: flow.source.read },
		poster: await posterDiagrams(flow, params.lang)
	};
};
