import { nodeEntries } from '$lib/server/flows';
import type { EntryGenerator } from './$types';

// Only the pages to build: the step's data comes from its +page.ts, so a step change fetches no __data.json.
export const entries: EntryGenerator = nodeEntries;
