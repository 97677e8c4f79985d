import { serviceNotes } from '$lib/flow/service-notes';
import { flowEntries, getFlow, localFlow } from '$lib/server/flows';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = flowEntries;

export const load: PageServerLoad = ({ params }) => ({
	flow: localFlow(params.flow, params.lang),
	/** The service's notes about deadlines (the "§9a" note), by node: the plan lists those deadlines too. */
	deadlineNotes: Object.fromEntries(
		getFlow(params.flow).nodes.flatMap((n) => {
			const notes = serviceNotes(n.serviceNotes, params.lang).filter((x) => x.near === 'deadlines');
			return notes.length ? [[n.id, notes]] : [];
		})
	)
});
