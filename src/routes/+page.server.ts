import { flowSummaries } from '$lib/server/flows';

export const load = () => ({ flows: flowSummaries('nb') });
