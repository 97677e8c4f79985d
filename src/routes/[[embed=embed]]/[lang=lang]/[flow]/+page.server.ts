import { flowEntries } from '$lib/server/flows';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = flowEntries;
