import { modelIndex } from '$lib/flow/views';
import { flowSummaries } from '$lib/server/flows';

export const load = () => ({ index: modelIndex(flowSummaries('nb'), 'nb') });
